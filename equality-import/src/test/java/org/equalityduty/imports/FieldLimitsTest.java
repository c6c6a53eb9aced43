package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.equalityduty.core.population.Dimensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit of the layout (docs/import.md's tables) at the limit and one step past it, with the exact message a
 * user reads: identifiers up to 64 characters, KS2 scores 80 to 120, sessions up to 1,000, Attainment 8 from 0 to
 * 90, an FTE above 0 and at most 1, pay above 0 and below a million with two places; and the file's own limits.
 */
class FieldLimitsTest {
    private static final String PUPILS = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,eal,ks2_reading,"
            + "ks4_attainment8,sessions_possible,sessions_missed\n";
    private static final String STAFF = "staff_id,school_urn,sex,ethnicity,role,fte,disability,grade,hourly_pay\n";

    @TempDir
    Path folder;

    private static PupilRow pupil(String row) throws ImportException {
        return Csv.pupils(PUPILS + row + "\n").getValue().get(0);
    }

    private static StaffRow staff(String row) throws ImportException {
        return Csv.staff(STAFF + row + "\n").getValue().get(0);
    }

    private static String staffError(String row) {
        return assertThrows(ImportException.class, () -> Csv.staff(STAFF + row + "\n")).getMessage();
    }

    @Test
    void identifiersAndTextUpTo64Characters() throws ImportException {
        String id64 = "P".repeat(64);
        assertEquals(id64, pupil(id64 + ",123456,M,WBRI,N,1,,,,,").getPupilId());
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 2, column 'pupil_id', value '"
                + "P".repeat(37) + "...': longer than 64 characters", Csv.pupilsError(PUPILS + "P".repeat(65)
                + ",123456,M,WBRI,N,1,,,,,\n"));
        assertEquals(Optional.of("G".repeat(64)), staff("S1,123456,F,WBRI,teacher,1,0," + "G".repeat(64) + ",")
                .getGrade());
        assertEquals("staff.csv cannot be imported: 1 problem\n  line 2, column 'grade', value '" + "G".repeat(37)
                + "...': longer than 64 characters", staffError("S1,123456,F,WBRI,teacher,1,0," + "G".repeat(65)
                + ","));
        assertEquals(Optional.empty(), staff("S1,123456,F,WBRI,teacher,1,0,,").getGrade(), "a blank grade");
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 2, column 'school_urn': blank, but every row"
                + " needs a school_urn (the school's six-digit URN)", Csv.pupilsError(PUPILS + "P1,,M,WBRI,N,1,,,,,\n"));
    }

    @Test
    void wholeNumbersAtTheirBounds() throws ImportException {
        assertEquals(OptionalInt.of(80), pupil("P1,123456,M,WBRI,N,1,,80,,,").getKs2Reading());
        assertEquals(OptionalInt.of(120), pupil("P1,123456,M,WBRI,N,1,,120,,,").getKs2Reading());
        // Written as decimals they are read exactly: 105.0 is 105, 80.00 is 80.
        assertEquals(OptionalInt.of(105), pupil("P1,123456,M,WBRI,N,1,,105.0,,,").getKs2Reading());
        assertEquals(OptionalInt.of(80), pupil("P1,123456,M,WBRI,N,1,,80.00,,,").getKs2Reading());
        assertEquals(OptionalInt.of(120), pupil("P1,123456,M,WBRI,N,1,,120.0,,,").getKs2Reading());
        String range = ": out of range (expected a whole number from 80 to 120, or blank)";
        assertEquals("pupils.csv cannot be imported: 4 problems\n"
                + "  line 2, column 'ks2_reading', value '79'" + range + "\n"
                + "  line 3, column 'ks2_reading', value '121'" + range + "\n"
                + "  line 4, column 'ks2_reading', value '79.0'" + range + "\n"
                + "  line 5, column 'ks2_reading', value '120.5': not a whole number (expected a whole number from"
                + " 80 to 120, or blank)",
                Csv.pupilsError(PUPILS + "P1,123456,M,WBRI,N,1,,79,,,\nP2,123456,M,WBRI,N,1,,121,,,\n"
                        + "P3,123456,M,WBRI,N,1,,79.0,,,\nP4,123456,M,WBRI,N,1,,120.5,,,\n"));
        // Ten digits do not fit the quick path (at most nine) and are read as a decimal: out of range, not a crash.
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 2, column 'sessions_possible', value"
                + " '12345678901': out of range (expected a whole number from 0 to 1,000, or blank)",
                Csv.pupilsError(PUPILS + "P1,123456,M,WBRI,N,1,,,,12345678901,\n"));
        // Missed may equal possible, not exceed it.
        PupilRow all = pupil("P1,123456,M,WBRI,N,1,,,,300,300");
        assertEquals(OptionalInt.of(300), all.getSessionsMissed());
        assertEquals(OptionalInt.of(300), all.getSessionsPossible());
    }

    @Test
    void decimalsAtTheirBounds() throws ImportException {
        assertEquals(OptionalDouble.of(0), pupil("P1,123456,M,WBRI,N,1,,,0,,").getKs4Attainment8());
        assertEquals(OptionalDouble.of(90), pupil("P1,123456,M,WBRI,N,1,,,90,,").getKs4Attainment8());
        assertEquals(OptionalDouble.empty(), pupil("P1,123456,M,WBRI,N,1,,,,,").getKs4Attainment8(), "blank");
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 2, column 'ks4_attainment8', value '90.5':"
                + " out of range (expected a number from 0 to 90, or blank)",
                Csv.pupilsError(PUPILS + "P1,123456,M,WBRI,N,1,,,90.5,,\n"));
        // A number of 30 characters is read; one of 31 is not a number.
        String thirty = "0".repeat(28) + "50";
        assertEquals(OptionalDouble.of(50), pupil("P1,123456,M,WBRI,N,1,,," + thirty + ",,").getKs4Attainment8());
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 2, column 'ks4_attainment8', value '0"
                + thirty + "': not a number (expected a number from 0 to 90, or blank)",
                Csv.pupilsError(PUPILS + "P1,123456,M,WBRI,N,1,,,0" + thirty + ",,\n"));
        // An FTE is more than 0 and at most 1.
        assertEquals(OptionalDouble.of(1), staff("S1,123456,F,WBRI,teacher,1,0,,").getFte());
        String fte = ": out of range (expected a number more than 0 and at most 1, or blank)";
        assertEquals("staff.csv cannot be imported: 2 problems\n  line 2, column 'fte', value '0'" + fte
                + "\n  line 3, column 'fte', value '1.01'" + fte,
                staffError("S1,123456,F,WBRI,teacher,0,0,,\nS2,123456,F,WBRI,teacher,1.01,0,,"));
        // A lone point or minus has no digits: not a number, not a crash.
        assertEquals("staff.csv cannot be imported: 2 problems\n  line 2, column 'fte', value '.': not a number"
                + " (expected a number more than 0 and at most 1, or blank)\n  line 3, column 'fte', value '-':"
                + " not a number (expected a number more than 0 and at most 1, or blank)",
                staffError("S1,123456,F,WBRI,teacher,.,0,,\nS2,123456,F,WBRI,teacher,-,0,,"));
    }

    @Test
    void payAboveZeroAndBelowAMillion() throws ImportException {
        assertEquals("999999.99", staff("S1,123456,F,WBRI,teacher,1,0,,999999.99").getHourlyPay().orElseThrow()
                .toPlainString());
        assertEquals("0.01", staff("S1,123456,F,WBRI,teacher,1,0,,£0.01").getHourlyPay().orElseThrow()
                .toPlainString());
        String expected = " (expected an amount in pounds such as 12.45, more than 0, or blank)";
        assertEquals("staff.csv cannot be imported: 4 problems\n"
                + "  line 2, column 'hourly_pay', value '0': out of range" + expected + "\n"
                + "  line 3, column 'hourly_pay', value '1000000': out of range" + expected + "\n"
                + "  line 4, column 'hourly_pay', value '£': not an amount" + expected + "\n"
                + "  line 5, column 'hourly_pay', value '.': not an amount" + expected,
                staffError("S1,123456,F,WBRI,teacher,1,0,,0\nS2,123456,F,WBRI,teacher,1,0,,1000000\n"
                        + "S3,123456,F,WBRI,teacher,1,0,,£\nS4,123456,F,WBRI,teacher,1,0,,."));
    }

    @Test
    void staffAndApplicantRowsKeepEveryValue() throws ImportException {
        StaffRow s = staff("S7,654321,M,WIRI,site,0.5,1,Band 3,11.20");
        assertEquals(2, s.getLine());
        assertEquals("S7", s.getStaffId());
        assertEquals("654321", s.getSchoolUrn());
        assertEquals(Optional.of(org.equalityduty.core.population.CensusEthnicity.WIRI), s.getEthnicity());
        assertNotEquals(s.hashCode(), staff("S8,654321,M,WIRI,site,0.5,1,Band 3,11.20").hashCode());
        ApplicantRow a = Csv.applicants("applicant_id,sex,stage,vacancy_id,ethnicity,disability\n"
                + "A9,F,shortlisted,V1,BAFR,0\n").getValue().get(0);
        assertEquals(2, a.getLine());
        assertEquals("A9", a.getApplicantId());
        assertEquals(Optional.of(org.equalityduty.core.population.CensusEthnicity.BAFR), a.getEthnicity());
        ApplicantRow b = Csv.applicants("applicant_id,sex,stage,vacancy_id,ethnicity,disability\n"
                + "A10,F,shortlisted,V1,BAFR,0\n").getValue().get(0);
        assertNotEquals(a.hashCode(), b.hashCode());
        PupilRow p = pupil("P1,123456,M,WBRI,K,1,1,,,,");
        assertEquals(Optional.of(true), p.getEal());
        assertEquals(Optional.of(Dimensions.SEX.category("male")), p.getCategory("sex"));
        assertEquals(Optional.of(Dimensions.SEN_PROVISION.category("K")), p.getCategory("sen_provision"));
        assertEquals(Optional.of(Dimensions.EAL.category("eal")), p.getCategory("eal"));
        assertEquals(Optional.of(Dimensions.EAL.category("english")), pupil("P1,123456,M,WBRI,K,1,0,,,,")
                .getCategory("eal"));
        assertEquals(Optional.empty(), pupil("P1,123456,M,WBRI,K,1,,,,,").getCategory("eal"));
        assertNotEquals(p.hashCode(), pupil("P2,123456,M,WBRI,K,1,1,,,,").hashCode());
    }

    @Test
    void theSeparatorIsNamedWhenARowHasTooManyFields() {
        String header = "pupil_id;school_urn;sex;ethnicity;sen;disadvantaged\n";
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 3: the row has 7 fields, but the header has 6"
                + " (a value with a semicolon in it must be in quotes)",
                Csv.pupilsError("sep=;\n" + header + "P1;123456;M;WBRI;N;1;x\n"));
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 3: the row has 7 fields, but the header has 6"
                + " (a value with a tab in it must be in quotes)",
                Csv.pupilsError("sep=\t\n" + header.replace(';', '\t') + "P1\t123456\tM\tWBRI\tN\t1\tx\n"));
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 3: the row has 7 fields, but the header has 6"
                + " (a value with a vertical bar in it must be in quotes)",
                Csv.pupilsError("sep=|\n" + header.replace(';', '|') + "P1|123456|M|WBRI|N|1|x\n"));
        // Excel may pad the sep= line with more of the same separator.
        assertEquals(1, assertDoesNotThrow(() -> Csv.pupils("sep=;;;\n" + header + "P1;123456;M;WBRI;N;1\n"))
                .getValue().size());
    }

    private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> s) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
    }

    @Test
    void aColumnGivenTwiceNamesTheFirst() {
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 1, column 'pupil_id', value 'Pupil ID': a"
                + " second column for pupil_id (the first is column 1)",
                Csv.pupilsError("pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,Pupil ID\n"));
    }

    /**
     * The fuzzer's finding crash-6a2f80f2 (a staff file with an ignored column {@code dip=} and small limits): a
     * value too long in an ignored column named the file's header as the column, which is not a layout column.
     */
    @Test
    void aTooLongValueInAnIgnoredColumnHasNoColumnName() {
        assertEquals("staff.csv cannot be imported: 1 problem\n  line 3: the value is longer than 64 characters"
                + " (the limit); a quote that is never closed makes the rest of the file one value",
                assertThrows(ImportException.class, () -> EqualityImport.forEachStaff(Csv.bytes(
                        "staff_id,school_urn,sex,ethnicity,role,fte,dip=\nS1,123456,F,WBRI,teacher,1,a\n"
                                + "S2,123456,F,WBRI,teacher,1," + "x".repeat(65) + "\n"), "staff.csv",
                        ImportOptions.defaults().withMaxFieldLength(64), s -> { })).getMessage());
    }

    @Test
    void aTooLongValueBeyondTheHeaderHasNoColumnName() {
        // The seventh field has no header: the problem names no column.
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 2: the value is longer than 64 characters"
                + " (the limit); a quote that is never closed makes the rest of the file one value",
                Csv.pupilsError(EqualityImportTest.HEADER + "\nP1,123456,M,WBRI,N,1," + "x".repeat(65) + "\n",
                        ImportOptions.defaults().withMaxFieldLength(64)));
        // After a sep= line the lines count from it (the sep= line is line 1, the header line 2).
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 4, column 'pupil_id': the value is longer than"
                + " 64 characters (the limit); a quote that is never closed makes the rest of the file one value",
                Csv.pupilsError("sep=,\n" + EqualityImportTest.HEADER + "\nP1,123456,M,WBRI,N,1\n" + "x".repeat(65)
                        + ",123456,M,WBRI,N,1\n", ImportOptions.defaults().withMaxFieldLength(64)));
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsRead() throws IOException, ImportException {
        byte[] bytes = (EqualityImportTest.HEADER + "\nP1,123456,M,WBRI,N,1\n").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("pupils.csv"), bytes);
        assertEquals(1, EqualityImport.readPupils(file, ImportOptions.defaults().withMaxFileBytes(bytes.length))
                .getValue().size());
        assertEquals("pupils.csv cannot be imported: 1 problem\n  the file is larger than " + (bytes.length - 1)
                + " bytes (the limit)", assertThrows(ImportException.class, () -> EqualityImport.readPupils(file,
                        ImportOptions.defaults().withMaxFileBytes(bytes.length - 1))).getMessage());
    }

    @Test
    void aStreamThatFailsIsAProblem() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the network drive went away");
            }
        };
        assertEquals("pupils.csv cannot be imported: 1 problem\n  the file cannot be read: the network drive went"
                + " away", assertThrows(ImportException.class, () -> EqualityImport.forEachPupil(failing,
                        "pupils.csv", ImportOptions.defaults(), row -> { })).getMessage());
    }

    @Test
    void mappedValuesMustBeCodesOfTheirColumn() {
        // Each coded column's "to" is checked against its own codes (docs/import.md's layout tables).
        String m = "kind,field,from,to\n"
                + "value,year_group,Year Seven,7\nvalue,year_group,Nursery,N3\n"
                + "value,role,Caretaker,site\nvalue,role,Cook,kitchen\n"
                + "value,disability,Yes,1\nvalue,disability,Maybe,2\n"
                + "value,stage,Interviewed,shortlisted\nvalue,stage,Offered,offered\n"
                + "value,eal,Yes,1\nvalue,eal,Perhaps,P\n"
                + "value,sen,Support,K\nvalue,sen,Plan,P\n"
                + "value,ethnicity,White British,WBRI\nvalue,ethnicity,Other,XXXX\n";
        ImportException e = assertThrows(ImportException.class, () -> Mapping.read(Csv.bytes(m), "m.csv"));
        assertEquals(List.of(3L, 5L, 7L, 9L, 11L, 13L, 15L),
                e.getProblems().stream().map(ImportProblem::getLine).toList());
        assertEquals(List.of("N3", "kitchen", "2", "offered", "P", "P", "XXXX"),
                e.getProblems().stream().map(ImportProblem::getValue).toList());
    }

    @Test
    void problemsWithoutALineStartWithTheirColumnOrValue() {
        assertEquals("column 'sex': unknown", ImportProblem.of(ImportProblem.Severity.ERROR, 0, "sex", "", "unknown")
                .toString());
        assertEquals("value 'X': unknown", ImportProblem.of(ImportProblem.Severity.ERROR, 0, "", "X", "unknown")
                .toString());
        assertNotEquals(ImportProblem.of(ImportProblem.Severity.ERROR, 1, "sex", "X", "a").hashCode(),
                ImportProblem.of(ImportProblem.Severity.ERROR, 2, "sex", "X", "a").hashCode());
    }

    @Test
    void optionsAtTheirLimits() {
        ImportOptions d = ImportOptions.defaults();
        assertEquals(1, d.withMaxFileBytes(1).getMaxFileBytes());
        assertEquals(100_000_000, d.withMaxFieldLength(100_000_000).getMaxFieldLength());
        assertEquals("maxFieldLength must be from 16 to 100,000,000: 100000001", assertThrows(
                IllegalArgumentException.class, () -> d.withMaxFieldLength(100_000_001)).getMessage());
        assertNotEquals(d.hashCode(), d.withMaxRows(5).hashCode());
    }
}

package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.metrics.options.MetricOptions;
import org.junit.jupiter.api.Test;

/**
 * Which rows the pupils' byte path reads itself, against the kinds its Javadoc lists, at each limit: a row at a
 * limit is read here, one past it goes to the general path. Either way the outcome (rows, summary or failure) must
 * be the general path's, so each case also compares the two. {@code ImportBytePathProperties} checks the outcome
 * on random files; this test checks that the fast path is taken where it promises to be.
 *
 * <p>Which path read a row is seen from the sink, by who calls it: a row the byte path read itself reaches the sink
 * from inside {@code PupilBytes.row}, one the general path read from its loop over records ({@code RowReader.rows}),
 * also when the byte path has handed it the rest of the file. The tests that expect rows read here fail if that
 * stops being so, so the probe cannot pass by itself.
 */
class PupilBytesTest {
    static final String HEADER = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,eal,looked_after,year_group,"
            + "ks2_reading,ks2_maths,ks2_writing_expected,ks4_attainment8,ks4_english_maths_grade,sessions_possible,"
            + "sessions_missed,suspensions";
    /** A plain row, with the digits 0 and 9 in each kind of number. */
    private static final String[] BASE = {"P1", "190909", "M", "WBRI", "N", "1", "0", "0", "6", "109", "90", "1",
        "49.05", "4.9", "309", "19", "0"};
    private static final int ID = 0;
    private static final int URN = 1;
    private static final int SEX = 2;
    private static final int ETHNICITY = 3;
    private static final int DISADVANTAGED = 5;
    private static final int YEAR = 8;
    private static final int READING = 9;
    private static final int MATHS = 10;
    private static final int ATTAINMENT_8 = 12;
    private static final int GRADE = 13;
    private static final int POSSIBLE = 14;
    private static final int MISSED = 15;
    private static final int SUSPENSIONS = 16;

    /** What a read gave: how many rows the byte path read itself, and the outcome. */
    record Read(long here, String outcome) {
    }

    /** Whether the row the sink is being given was read by the byte path itself (its row method is calling). */
    private static boolean readHere() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getMethodName().equals("row")
                && f.getClassName().equals(PupilBytes.class.getName())));
    }

    /** A read by the byte path ({@code EqualityImport.forEachPupil} of a stream), and the rows it read itself. */
    static Read bytePath(byte[] file, ImportOptions options) {
        List<PupilRow> rows = new ArrayList<>();
        long[] here = {0};
        String outcome;
        try {
            outcome = EqualityImport.forEachPupil(new ByteArrayInputStream(file), "pupils.csv", options, row -> {
                if (readHere()) {
                    here[0]++;
                }
                rows.add(row);
            }) + " " + rows;
        } catch (ImportException e) {
            outcome = e.getMessage();
        }
        return new Read(here[0], outcome);
    }

    /** A read by the general path alone (the decoder and the CSV parser from the first byte). */
    static String generalPath(byte[] file, ImportOptions options) {
        List<PupilRow> rows = new ArrayList<>();
        try {
            return EqualityImport.read(Layout.PUPILS, new ByteArrayInputStream(file), "pupils.csv", options,
                    PupilRow::parse, rows::add) + " " + rows;
        } catch (ImportException e) {
            return e.getMessage();
        }
    }

    /** The rows the byte path read itself, after checking that the outcome is the general path's. */
    private static long here(String file, ImportOptions options) {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        Read read = bytePath(bytes, options);
        assertEquals(generalPath(bytes, options), read.outcome, file);
        return read.here;
    }

    private static long here(String file) {
        return here(file, ImportOptions.defaults());
    }

    private static String row(int column, String value) {
        String[] values = BASE.clone();
        values[column] = value;
        return String.join(",", values);
    }

    private static String base() {
        return String.join(",", BASE);
    }

    /** A file of the plain base row, then the row with one value changed. */
    private static String secondRow(int column, String value) {
        return HEADER + "\n" + base() + "\n" + row(column, value).replace("P1,", "P2,") + "\n";
    }

    @Test
    void plainRowsAreReadHereWithTheirValues() throws ImportException {
        String csv = HEADER + "\r\n" + base() + "\r\n" + "P2,100000,f,wbri,K,N,Y,TRUE,R,80,120,FALSE,0,9,0,0,1000"
                + "\r\n" + "P3,999999,F,WSCO,E,,,,N1,,,,,,,,";
        assertEquals(3, here(csv));
        List<PupilRow> rows = new ArrayList<>();
        EqualityImport.forEachPupil(Csv.bytes(csv), "pupils.csv", ImportOptions.defaults(), rows::add);
        // Each value as the file gives it, by the layout's code tables (Layout's Javadoc).
        PupilRow p1 = rows.get(0);
        assertEquals("P1", p1.getPupilId());
        assertEquals("190909", p1.getSchoolUrn());
        assertEquals(Optional.of(Dimensions.SEX.category("male")), p1.getSex());
        assertEquals(Optional.of(true), p1.getDisadvantaged());
        assertEquals(109, p1.getKs2Reading().getAsInt());
        assertEquals(90, p1.getKs2Maths().getAsInt());
        assertEquals(49.05, p1.getKs4Attainment8().getAsDouble(), 0);
        assertEquals(4.9, p1.getKs4EnglishMathsGrade().getAsDouble(), 0);
        assertEquals(309, p1.getSessionsPossible().getAsInt());
        assertEquals(19, p1.getSessionsMissed().getAsInt());
        assertEquals(0, p1.getSuspensions().getAsInt());
        PupilRow p2 = rows.get(1);
        assertEquals(3, p2.getLine());
        assertEquals(Optional.of(Dimensions.SEX.category("female")), p2.getSex());
        assertEquals(Optional.of(CensusEthnicity.WBRI), p2.getEthnicity());
        assertEquals(Optional.of(false), p2.getDisadvantaged());
        assertEquals(Optional.of(true), p2.getEal());
        assertEquals(Optional.of(true), p2.getLookedAfter());
        assertEquals(0, p2.getYearGroup().getAsInt(), "R is year 0");
        assertEquals(Optional.of(false), p2.getKs2WritingExpected());
        assertEquals(0.0, p2.getKs4Attainment8().getAsDouble(), 0);
        assertEquals(9.0, p2.getKs4EnglishMathsGrade().getAsDouble(), 0);
        assertEquals(1000, p2.getSuspensions().getAsInt());
        PupilRow p3 = rows.get(2);
        assertEquals("999999", p3.getSchoolUrn());
        assertEquals(Optional.of(CensusEthnicity.WBRI), p3.getEthnicity(), "WSCO rolls up to WBRI");
        assertEquals(-2, p3.getYearGroup().getAsInt(), "N1 is year -2");
        assertEquals(Optional.empty(), p3.getDisadvantaged());
        assertTrue(p3.getKs2Reading().isEmpty());
        assertTrue(p3.getKs4Attainment8().isEmpty());
        assertTrue(p3.getSessionsPossible().isEmpty());
    }

    @Test
    void aValueAtEachLimitIsReadHereAndOnePastItIsNot() {
        // The identifier: 1 to 64 characters (Fields.MAX_TEXT).
        assertEquals(2, here(secondRow(ID, "x".repeat(64))));
        assertEquals(1, here(secondRow(ID, "x".repeat(65))));
        assertEquals(1, here(secondRow(ID, "")));
        // The URN: six digits.
        assertEquals(2, here(secondRow(URN, "000000")));
        assertEquals(2, here(secondRow(URN, "999999")));
        assertEquals(1, here(secondRow(URN, "12345")));
        assertEquals(1, here(secondRow(URN, "1234567")));
        assertEquals(1, here(secondRow(URN, "/00000")), "the character before 0");
        assertEquals(1, here(secondRow(URN, ":00000")), "the character after 9");
        // Codes: known ones, in any case, up to FALSE's five letters; an unknown code is a warning.
        assertEquals(2, here(secondRow(DISADVANTAGED, "FALSE")));
        assertEquals(2, here(secondRow(DISADVANTAGED, "true")));
        assertEquals(1, here(secondRow(DISADVANTAGED, "FALSEY")));
        assertEquals(1, here(secondRow(DISADVANTAGED, "2")));
        assertEquals(1, here(secondRow(SEX, "X")));
        assertEquals(1, here(secondRow(SEX, "ABCDEFGH")), "longer than any code looked up here: unknown");
        assertEquals(1, here(secondRow(ETHNICITY, "FAPKN")));
        assertEquals(2, here(secondRow(YEAR, "14")));
        assertEquals(1, here(secondRow(YEAR, "15")));
        // KS2 scaled scores: 80 to 120.
        assertEquals(2, here(secondRow(READING, "80")));
        assertEquals(2, here(secondRow(MATHS, "120")));
        assertEquals(1, here(secondRow(READING, "79")));
        assertEquals(1, here(secondRow(MATHS, "121")));
        assertEquals(2, here(secondRow(READING, "000000100")), "nine digits");
        assertEquals(1, here(secondRow(READING, "0000000100")), "ten digits: the general path reads 100");
        assertEquals(1, here(secondRow(READING, "1e2")));
        // Counts: 0 to 1,000, and no more sessions missed than possible.
        assertEquals(2, here(secondRow(SUSPENSIONS, "1000")));
        assertEquals(1, here(secondRow(SUSPENSIONS, "1001")));
        assertEquals(1, here(secondRow(SUSPENSIONS, "-1")));
        assertEquals(2, here(secondRow(MISSED, "309")), "as many missed as possible");
        assertEquals(1, here(secondRow(MISSED, "310")));
        assertEquals(2, here(secondRow(POSSIBLE, "")), "missed with nothing possible recorded");
        assertEquals(2, here(secondRow(MISSED, "")));
        // Decimals: 0 to 90 (Attainment 8) and 0 to 9 (the grade), digits and one point, at most 15 digits.
        assertEquals(2, here(secondRow(ATTAINMENT_8, "90")));
        assertEquals(2, here(secondRow(ATTAINMENT_8, "90.0")));
        assertEquals(1, here(secondRow(ATTAINMENT_8, "90.01")));
        assertEquals(2, here(secondRow(GRADE, "9.0")));
        assertEquals(1, here(secondRow(GRADE, "9.1")));
        assertEquals(2, here(secondRow(GRADE, "0.5")));
        assertEquals(2, here(secondRow(GRADE, ".5")));
        assertEquals(2, here(secondRow(GRADE, "5.")));
        assertEquals(2, here(secondRow(GRADE, "1.00000000000000")), "15 digits");
        assertEquals(1, here(secondRow(GRADE, "1.000000000000000")), "16 digits: the general path reads 1");
        assertEquals(1, here(secondRow(GRADE, ".")));
        assertEquals(1, here(secondRow(GRADE, "1.2.3")));
        assertEquals(1, here(secondRow(GRADE, "-1")));
        assertEquals(1, here(secondRow(GRADE, "/")), "the character before 0");
        assertEquals(1, here(secondRow(GRADE, ":")), "the character after 9");
    }

    @Test
    void onlyPrintableAsciiWithoutSpacesOrQuotesIsPlain() {
        assertEquals(2, here(secondRow(ID, "P!")), "the first printable character after the space");
        assertEquals(2, here(secondRow(ID, "P~")), "the last printable ASCII character");
        assertEquals(1, here(secondRow(ID, "P ")));
        assertEquals(1, here(secondRow(ID, "P\u007F")));
        assertEquals(1, here(secondRow(ID, "\"P2\"")));
        assertEquals(1, here(secondRow(ID, "P\u00e9")));
        assertEquals(1, here(secondRow(ID, "P\t")));
    }

    @Test
    void rowsAreLinesOfAsManyFieldsAsTheHeader() {
        String plain = HEADER + "\n" + base() + "\n";
        assertEquals(2, here(plain + row(ID, "P2") + "\r\n"), "CRLF");
        assertEquals(2, here(plain + row(ID, "P2")), "the last line without its line end");
        assertEquals(1, here(plain + row(ID, "P2") + "\r" + row(ID, "P3") + "\n"), "a CR alone");
        assertEquals(1, here(plain + row(ID, "P2") + "\r"), "a CR alone at the end");
        assertEquals(1, here(plain + row(ID, "P2") + ",extra\n"));
        assertEquals(1, here(plain + row(ID, "P2").substring(0, row(ID, "P2").lastIndexOf(',')) + "\n"));
        assertEquals(1, here(plain + "\n" + row(ID, "P2") + "\n"), "an empty line (skipped by the parser)");
        assertEquals(1, here(plain), "a header and one row");
        assertEquals(0, here(HEADER + "\n"), "a header alone");
        assertEquals(0, here(HEADER), "a header alone, without its line end");
        // A field at the field limit is read here; the header's longest name is 23 characters.
        ImportOptions narrow = ImportOptions.defaults().withMaxFieldLength(23);
        assertEquals(2, here(secondRow(ID, "x".repeat(23)), narrow));
        assertEquals(1, here(secondRow(ID, "y".repeat(24)), narrow));
        assertEquals(0, here(secondRow(ID, "P2"), ImportOptions.defaults().withMaxFieldLength(22)),
                "a header name over the limit");
    }

    @Test
    void theHeaderMustBeAPlainLineFirst() {
        String rows = base() + "\n" + row(ID, "P2") + "\n";
        assertEquals(2, here("\uFEFF" + HEADER + "\n" + rows), "a byte order mark is skipped");
        assertEquals(0, here("sep=,\n" + HEADER + "\n" + rows));
        assertEquals(0, here("SEP=,\n" + HEADER + "\n" + rows));
        assertEquals(0, here("\uFEFFsep=,\n" + HEADER + "\n" + rows));
        assertEquals(0, here("sep=;\n" + HEADER.replace(',', ';') + "\n" + rows.replace(',', ';')));
        assertEquals(0, here("\n" + HEADER + "\n" + rows), "an empty first line");
        assertEquals(0, here(HEADER.replace("sex", "\"sex\"") + "\n" + rows));
        assertEquals(0, here(HEADER + "\n" + row(ID, "P 1") + "\n" + rows), "a first row that is not plain");
        assertEquals(0, here(HEADER + "\n\n" + rows), "an empty line before the first row");
        assertEquals(0, here(HEADER + "\n" + row(ID, "P0") + ",extra\n" + rows), "a first row with a field more");
        // "sep" as a header name is not a sep= line.
        assertEquals(2, here("sep," + HEADER + "\n" + "s," + rows.replace("\n", "\ns,").replaceAll("s,$", "")));
        assertEquals(2, here("sepx," + HEADER + "\n" + "s," + rows.replace("\n", "\ns,").replaceAll("s,$", "")));
    }

    @Test
    void filesLargerThanTheBufferAreReadHereAcrossRefills() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int rows = 3000;
        for (int i = 0; i < rows; i++) {
            csv.append(row(ID, "P" + i)).append('\n');
        }
        assertTrue(csv.length() > 2 * PupilBytes.BUFFER);
        assertEquals(rows, here(csv.toString()));
        // A row longer than the buffer goes to the general path with the rest of the file.
        StringBuilder longRow = new StringBuilder(HEADER).append(",notes\n");
        for (int i = 0; i < 100; i++) {
            longRow.append(row(ID, "P" + i)).append(",n\n");
        }
        longRow.append(row(ID, "P100")).append(',').append("n".repeat(PupilBytes.BUFFER)).append('\n');
        longRow.append(row(ID, "P101")).append(",n\n");
        ImportOptions wide = ImportOptions.defaults().withMaxFieldLength(2 * PupilBytes.BUFFER);
        assertEquals(100, here(longRow.toString(), wide));
        // So does a first row longer than the buffer: the general path reads the file from its first byte.
        String longFirst = HEADER + ",notes\n" + base() + "," + "n".repeat(PupilBytes.BUFFER) + "\n" + base()
                + ",n\n";
        assertEquals(0, here(longFirst, wide));
    }

    @Test
    void codesOfManySpellingsAreLookedUpAndRemembered() {
        // 24 spellings of WBRI's extended codes (WENG, WSCO, WWEL, WNIR, WCOR) and of WBRI in mixed case: more than
        // the memo's first table holds (16 at half full), each read as WBRI by the general path's own lookup.
        String[] spellings = {"WBRI", "wbri", "Wbri", "wBri", "wbRi", "wbrI", "WBri", "wBRi", "wbRI", "WbrI",
            "WENG", "weng", "Weng", "WSCO", "wsco", "Wsco", "WWEL", "wwel", "Wwel", "WNIR", "wnir", "Wnir", "WCOR",
            "wcor"};
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < spellings.length; i++) {
                csv.append(row(ETHNICITY, spellings[i]).replace("P1,", "P" + round + "-" + i + ",")).append('\n');
            }
        }
        assertEquals(2 * spellings.length, here(csv.toString()));
    }

    @Test
    void aSchoolGapsSinkGetsTheSameFiguresAndStopsAtTheRowLimit() throws ImportException {
        // Four pupils of school 190909, read here: disadvantaged 109 and 100 (mean 104.5), the others 98 and 100
        // (mean 99); mean gap 104.5 - 99 = 5.5, by hand.
        String csv = HEADER + "\n" + base() + "\n" + row(READING, "100").replace("P1,", "P2,") + "\n"
                + row(READING, "98").replace("P1,", "P3,").replace(",1,0,0,6,", ",0,0,0,6,") + "\n"
                + row(READING, "100").replace("P1,", "P4,").replace(",1,0,0,6,", ",0,0,0,6,") + "\n";
        assertEquals(4, here(csv), "all four are plain");
        SchoolGaps gaps = new SchoolGaps();
        assertEquals("pupils.csv: 4 rows read, 4 used, 0 flagged, 0 rejected", EqualityImport.forEachPupil(
                Csv.bytes(csv), "pupils.csv", ImportOptions.defaults(), gaps).toString());
        assertEquals(5.5, gaps.meanGap("190909", GapScore.KS2_READING, MetricOptions.defaults()
                .withMinimumGroupSize(1)).getEstimate(), 1e-12);
        assertEquals(4, gaps.getPupilCount("190909"));
        // With a limit of two rows, the third is counted (and fails the read) before it is added.
        SchoolGaps limited = new SchoolGaps();
        String message = assertThrows(ImportException.class, () -> EqualityImport.forEachPupil(Csv.bytes(csv),
                "pupils.csv", ImportOptions.defaults().withMaxRows(2), limited)).getMessage();
        assertEquals("pupils.csv cannot be imported: 1 problem\n  line 4: the file has more than 2 rows (the limit)",
                message);
        assertEquals(2, limited.getPupilCount("190909"));
    }
}

package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingTest {
    static final String MAPPING = "kind,field,from,to\n"
            + "# headers\n"
            + "column,pupil_id,UPN,\n"
            + "column,school_urn,School URN,\n"
            + "column,sex,Gender,\n"
            + "column,ethnicity,Ethnicity,\n"
            + "column,sen,SEN Status,\n"
            + "column,disadvantaged,Pupil Premium,\n"
            + "\n"
            + "value,sex,Male,M\n"
            + "value,sex,Female,F\n"
            + "value,ethnicity,White - British,WBRI\n"
            + "value,ethnicity,\"Black - African\",BAFR\n"
            + "value,ethnicity,Not known,\n"
            + "value,sen,EHC Plan,E\n"
            + "value,sen,SEN Support,K\n"
            + "value,sen,No Special Educational Need,N\n"
            + "value,disadvantaged,Yes,1\n"
            + "value,disadvantaged,No,0\n";

    static Mapping mapping(String text) throws ImportException {
        return Mapping.read(Csv.bytes(text), "mapping.csv");
    }

    static String error(String text) {
        return assertThrows(ImportException.class, () -> mapping(text)).getMessage();
    }

    /** A comment line is the comment's to its end: a separator and a quote in it open no value. */
    @Test
    void aQuoteInACommentOpensNoValue() throws ImportException {
        assertEquals(mapping(MAPPING), mapping(MAPPING.replace("# headers\n", "# headers, \"as the MIS names them\n")));
        assertEquals(mapping(MAPPING), mapping(MAPPING + "#, \"a last note\n"));
    }

    @Test
    void mapsHeadersAndValuesIgnoringCaseAndSpacing() throws ImportException {
        Mapping m = mapping(MAPPING);
        assertEquals(Optional.of("sex"), m.columnFor("GENDER"));
        assertEquals(Optional.of("school_urn"), m.columnFor("school  urn"));
        assertEquals(Optional.empty(), m.columnFor("Notes"));
        assertEquals(Optional.of("WBRI"), m.codeFor("ethnicity", "white -  british"));
        assertEquals(Optional.of(""), m.codeFor("ethnicity", "Not Known"));
        assertEquals(Optional.empty(), m.codeFor("sex", "X"));
        assertEquals("Mapping[6 columns, 10 values]", m.toString());
        assertEquals(Map.of("female", "F", "male", "M"), m.getValues().get("sex"));
    }

    @Test
    void readsAnMisExportThroughTheMapping() throws ImportException {
        String export = "UPN,Surname,School URN,Gender,Ethnicity,SEN Status,Pupil Premium\n"
                + "A123,Smith,100001,Male,White - British,No Special Educational Need,Yes\n"
                + "A124,Jones,100001,Female,Black - African,SEN Support,No\n"
                + "A125,Brown,100001,F,Not known,EHC Plan,\n"
                + "A126,Green,100001,Other,WIRI,N,No\n";
        ImportResult<List<PupilRow>> r = Csv.pupils(export, ImportOptions.defaults().withMapping(mapping(MAPPING)));
        List<PupilRow> rows = r.getValue();
        assertEquals(4, rows.size());
        assertEquals("A123", rows.get(0).getPupilId());
        assertEquals(Optional.of(Dimensions.SEX.category("male")), rows.get(0).getSex());
        assertEquals(Optional.of(CensusEthnicity.WBRI), rows.get(0).getEthnicity());
        assertEquals(Optional.of(true), rows.get(0).getDisadvantaged());
        assertEquals(Optional.of(CensusEthnicity.BAFR), rows.get(1).getEthnicity());
        assertEquals(Optional.of(Dimensions.SEN_PROVISION.category("K")), rows.get(1).getSenProvision());
        assertEquals(Optional.of(Dimensions.SEX.category("female")), rows.get(2).getSex(), "codes still read");
        assertEquals(Optional.empty(), rows.get(2).getEthnicity(), "mapped to not recorded, no warning");
        assertEquals(List.of("Surname"), r.getSummary().getIgnoredColumns());
        assertEquals(List.of("line 5, column 'sex', value 'Other': unknown code, kept as not recorded (expected M"
                + " or F, or blank)"), r.getSummary().getProblems().stream().map(ImportProblem::toString).toList());
    }

    @Test
    void everyErrorIsReportedWithItsLine() {
        assertEquals("mapping.csv cannot be imported: 9 problems\n"
                + "  line 2, column 'kind', value 'header': unknown kind (expected column or value)\n"
                + "  line 3, column 'field', value 'gender': not a column of the pupils, staff or applicants layout\n"
                + "  line 4, column 'from': blank; give the MIS's header\n"
                + "  line 5, column 'to', value 'sex': must be blank for a column mapping (the column is named by"
                + " 'field')\n"
                + "  line 7, column 'from', value 'GENDER': this header is already mapped on line 6\n"
                + "  line 8, column 'field', value 'ks2_reading': the values of this column are not codes and"
                + " cannot be mapped\n"
                + "  line 9, column 'to', value 'Male': not a code for sex (expected M or F, or blank)\n"
                + "  line 11, column 'from', value 'male': this value of sex is already mapped on line 10\n"
                + "  line 12: the row has 3 fields; expected 4: kind,field,from,to",
                error("kind,field,from,to\n"
                        + "header,sex,Gender,\n"
                        + "column,gender,Gender,\n"
                        + "column,sex,,\n"
                        + "column,sex,Gender,sex\n"
                        + "column,sex,Gender,\n"
                        + "column,sex,GENDER,\n"
                        + "value,ks2_reading,high,120\n"
                        + "value,sex,M,Male\n"
                        + "value,sex,Male,M\n"
                        + "value,sex,male,F\n"
                        + "value,sex,Female\n"));
    }

    @Test
    void theHeaderMustBeExact() {
        assertEquals("mapping.csv cannot be imported: 1 problem\n"
                + "  line 1, value 'from,to': the header must be kind,field,from,to", error("from,to\nGender,sex\n"));
        assertEquals("mapping.csv cannot be imported: 1 problem\n  the file is empty (0 bytes)", error(""));
        assertEquals("mapping.csv cannot be imported: 1 problem\n"
                + "  line 3: a quoted value starts on this line and is never closed (is the file cut short?)",
                error("kind,field,from,to\nvalue,sex,Male,M\nvalue,sex,\"Fem"));
    }

    @Test
    void readsAFileAndNamesIt(@TempDir Path dir) throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("mis.csv"), MAPPING);
        assertEquals(mapping(MAPPING), Mapping.read(file));
        assertEquals("nothing.csv cannot be imported: 1 problem\n  there is no such file",
                assertThrows(ImportException.class, () -> Mapping.read(dir.resolve("nothing.csv"))).getMessage());
        assertEquals(Mapping.none(), ImportOptions.defaults().getMapping());
        assertEquals("Mapping[0 columns, 0 values]", Mapping.none().toString());
    }
}

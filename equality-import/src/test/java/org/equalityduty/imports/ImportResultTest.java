package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultTest {

    @Test
    void holdsTheValueAndTheSummary() throws ImportException {
        ImportResult<List<ApplicantRow>> r = Csv.applicants("applicant_id,sex,stage\nA1,F,applied\n");
        assertEquals(1, r.getValue().size());
        assertEquals("ImportResult[applicants.csv: 1 row read, 1 used, 0 flagged, 0 rejected]", r.toString());
        assertEquals("value", assertThrows(NullPointerException.class,
                () -> new ImportResult<>(null, r.getSummary())).getMessage());
    }
}

package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

    @Test
    void unknownCodesAreFlaggedAndCountedByColumn() throws ImportException {
        ImportResult<List<StaffRow>> r = Csv.staff("staff_id,school_urn,sex,ethnicity,role,fte,Payroll no\n"
                + "S1,123456,F,WBRI,chef,1,9\n\n,,,,,,\nS2,123456,M,WXYZ,teacher,0.5,8\nS3,123456,M,WBRI,Site,0.5,7\n");
        ImportSummary s = r.getSummary();
        assertEquals(Layout.STAFF, s.getLayout());
        assertEquals("staff.csv", s.getSource());
        assertEquals("staff.csv: 3 rows read, 3 used, 2 flagged, 0 rejected", s.toString());
        assertEquals(Map.of("ethnicity", 1L, "role", 1L), s.getFlaggedValues());
        assertEquals(List.of("Payroll no"), s.getIgnoredColumns());
        assertEquals(1, s.getBlankRows());
    }

    @Test
    void aCleanReadWithSkippedRows() throws ImportException {
        ImportResult<List<PupilRow>> r = Csv.pupils("pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,Form\n"
                + "P1,123456,F,WBRI,N,1,6A\n,,,,,,\nP2,123456,X,WBRI,N,1,6A\nP3,123456,F,WBRI,N,x,6A\n"
                + "P4,12,F,WBRI,N,1,6A\n", ImportOptions.defaults().withSkipBadRows(true));
        ImportSummary s = r.getSummary();
        assertEquals(4, s.getRowsRead());
        assertEquals(3, s.getRowsUsed());
        assertEquals(2, s.getRowsFlagged());
        assertEquals(1, s.getRowsRejected());
        assertEquals(1, s.getBlankRows());
        assertEquals(3, s.getProblemCount());
        assertEquals(3, s.getProblems().size());
        assertEquals(Map.of("disadvantaged", 1L, "sex", 1L), s.getFlaggedValues());
        assertEquals(List.of("Form"), s.getIgnoredColumns());
        assertEquals("pupils.csv: 4 rows read, 3 used, 2 flagged, 1 rejected", s.toString());
    }
}

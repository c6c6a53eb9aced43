package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void theColumnsAreExactlyTheDocumentedOnes() {
        assertEquals(List.of("pupil_id", "school_urn", "sex", "ethnicity", "sen", "disadvantaged"),
                Layout.PUPILS.getRequiredColumns());
        assertEquals(List.of("eal", "looked_after", "year_group", "ks2_reading", "ks2_maths", "ks2_writing_expected",
                "ks4_attainment8", "ks4_english_maths_grade", "sessions_possible", "sessions_missed", "suspensions"),
                Layout.PUPILS.getOptionalColumns());
        assertEquals(List.of("staff_id", "school_urn", "sex", "ethnicity", "role", "fte"),
                Layout.STAFF.getRequiredColumns());
        assertEquals(List.of("disability", "grade", "hourly_pay"), Layout.STAFF.getOptionalColumns());
        assertEquals(List.of("applicant_id", "sex", "stage"), Layout.APPLICANTS.getRequiredColumns());
        assertEquals(List.of("vacancy_id", "ethnicity", "disability"), Layout.APPLICANTS.getOptionalColumns());
        assertEquals(17, Layout.PUPILS.getColumns().size());
        assertEquals("staff", Layout.STAFF.getPeople());
        assertTrue(Layout.allColumns().containsAll(Layout.STAFF.getColumns()));
        assertEquals(26, Layout.allColumns().size(), "17 pupil columns, 6 more for staff, 3 more for applicants");
    }

    /** The row classes' column constants: positions in the documented order; a column the layout lacks is a bug. */
    @Test
    void indexGivesTheDocumentedPositions() {
        assertEquals(0, Layout.PUPILS.index("pupil_id"));
        assertEquals(1, Layout.PUPILS.index("school_urn"));
        assertEquals(16, Layout.PUPILS.index("suspensions"));
        assertEquals(2, Layout.APPLICANTS.index("stage"));
        assertEquals("pupils has no column hourly_pay", org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> Layout.PUPILS.index("hourly_pay")).getMessage());
    }
}

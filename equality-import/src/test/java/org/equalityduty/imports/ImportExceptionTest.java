package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.equalityduty.imports.ImportProblem.Severity;
import org.junit.jupiter.api.Test;

class ImportExceptionTest {
    private static final ImportProblem A = ImportProblem.of(Severity.ERROR, 2, "sex", "", "blank");
    private static final ImportProblem B = ImportProblem.of(Severity.ERROR, 3, "", "", "short row");

    @Test
    void listsTheProblemsAndCountsTheRest() {
        ImportException e = new ImportException("staff.csv", List.of(A, B), 7);
        assertEquals("staff.csv cannot be imported: 7 problems\n"
                + "  line 2, column 'sex': blank\n"
                + "  line 3: short row\n"
                + "  and 5 more, not listed", e.getMessage());
        assertEquals("staff.csv", e.getSource());
        assertEquals(List.of(A, B), e.getProblems());
        assertEquals(7, e.getProblemCount());
        assertEquals(0, e.getStackTrace().length, "no stack trace: it is a message for a user");
        assertEquals("x cannot be imported: 1 problem\n  line 2, column 'sex': blank",
                new ImportException("x", List.of(A), 1).getMessage());
    }

    @Test
    void badArguments() {
        assertEquals("problems must not be empty", assertThrows(IllegalArgumentException.class,
                () -> new ImportException("x", List.of(), 0)).getMessage());
        assertEquals("problemCount 1 is less than the 2 problems listed", assertThrows(IllegalArgumentException.class,
                () -> new ImportException("x", List.of(A, B), 1)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class,
                () -> new ImportException(null, List.of(A), 1)).getMessage());
    }
}

package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** B7's same-answer check on small data (no timing), and its three implementations on a hand-worked case. */
class B7PayGapTest {

    @Test
    void implementationsAgreeOnASmallWorkforce() throws SQLException {
        String summary = B7PayGap.check(20_001);
        assertTrue(summary.startsWith("B7: library, sort-based reference and DuckDB agree"), summary);
    }

    /**
     * The library's "tie across the lower boundary" case (GenderPayGapTest): 10 M; 20 M, F, M; 30 F; 40 F; 50 M; 60 F,
     * bonus 0 except 5.00 for the first man and 3.00 for the first woman. Bands 2M0F, 1M1F, 0M2F, 1M1F. Men 10, 20,
     * 20, 50 (mean 25, median 20); women 20, 30, 40, 60 (mean 37.5, median 35): (25 - 37.5) / 25 = -50.0 and
     * (20 - 35) / 20 = -75.0; bonus gaps (5 - 3) / 5 = 40.0; 1 of 4
     * men and 1 of 4 women paid a bonus: 25.0 each.
     */
    @Test
    void allThreeGiveTheHandWorkedAnswer() throws SQLException {
        B7PayGap.Workforce w = new B7PayGap.Workforce(
                new boolean[] {true, true, false, true, false, false, true, false},
                new long[] {1000, 2000, 2000, 2000, 3000, 4000, 5000, 6000},
                new long[] {500, 0, 300, 0, 0, 0, 0, 0});
        B7PayGap.Answer expected = new B7PayGap.Answer(List.of("-50.0", "-75.0", "40.0", "40.0", "25.0", "25.0",
                "100.0", "0.0", "50.0", "50.0", "0.0", "100.0", "50.0", "50.0"), List.of(2L, 0L, 1L, 1L, 0L, 2L, 1L,
                        1L));
        assertEquals(expected, B7PayGap.sortBasedReference(w));
        assertEquals(expected, B7PayGap.library(w.toRecords()));
        try (Connection conn = B7PayGap.loadDuckDb(w)) {
            assertEquals(expected, B7PayGap.duckDb(conn));
        }
    }
}

package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenderPayGapReportTest {
    @Test
    void holdsEveryFieldAndIsUnmodifiable() {
        GenderPayGapReport r = GenderPayGap.calculate(Records.of("M:20:10", "F:15"), LocalDate.of(2025, 3, 31));
        assertEquals(14, r.getFigures().size());
        assertEquals(List.of(GovUkField.values()), List.copyOf(r.getFigures().keySet()));
        assertEquals(1, r.getMaleBonusRecipients());
        assertEquals(0, r.getFemaleBonusRecipients());
        assertEquals(EmployerType.PUBLIC_AUTHORITY, r.getEmployerType());
        assertEquals(LocalDate.of(2025, 3, 31), r.getSnapshot());
        assertThrows(UnsupportedOperationException.class, () -> r.getFigures().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.getNotices().clear());
        assertEquals(r, GenderPayGap.calculate(Records.of("M:20:10", "F:15"), LocalDate.of(2025, 3, 31)));
    }

    /**
     * Reports are equal by every part: the same records give equal reports; another snapshot, employer type, count or
     * figure gives another report. By hand for M:20:10, F:15: one man and one woman, the gap (20 - 15) / 20 = 25.0.
     */
    @Test
    void valueSemanticsAndText() {
        LocalDate snapshot = LocalDate.of(2025, 3, 31);
        GenderPayGapReport r = GenderPayGap.calculate(Records.of("M:20:10", "F:15"), snapshot);
        assertEquals(1, r.getRelevantMen());
        assertEquals(1, r.getRelevantWomen());
        ValueSemantics.assertValueSemantics(r, GenderPayGap.calculate(Records.of("M:20:10", "F:15"), snapshot),
                List.of(GenderPayGap.calculate(Records.of("M:20:10", "F:15"), snapshot.minusYears(1)),
                        GenderPayGap.calculate(Records.of("M:20:10", "F:15"), snapshot, PayGapOptions.defaults()
                                .withEmployerType(EmployerType.PRIVATE_OR_VOLUNTARY)),
                        GenderPayGap.calculate(Records.of("M:20:10", "F:15", "F:15"), snapshot),
                        GenderPayGap.calculate(Records.of("M:20:10", "F:16"), snapshot)));
        assertTrue(r.toString().startsWith("GenderPayGapReport{2025-03-31, 2 relevant employees,"
                + " [DiffMeanHourlyPercent 25.0, DiffMedianHourlyPercent 25.0, "), r.toString());
    }
}

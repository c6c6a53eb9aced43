package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}

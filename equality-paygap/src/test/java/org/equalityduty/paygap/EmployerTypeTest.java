package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Snapshot dates: 31 March for public authorities (SI 2017/353 Sch 1 para 1), 5 April otherwise (SI 2017/172). */
class EmployerTypeTest {
    @Test
    void snapshotDates() {
        assertEquals(MonthDay.of(3, 31), EmployerType.PUBLIC_AUTHORITY.getSnapshot());
        assertEquals(MonthDay.of(4, 5), EmployerType.PRIVATE_OR_VOLUNTARY.getSnapshot());
        assertEquals("SI 2017/353 Schedule 1 para 1", EmployerType.PUBLIC_AUTHORITY.getSource());
    }
}

package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayGapOptionsTest {
    @Test
    void copiesAreImmutable() {
        PayGapOptions d = PayGapOptions.defaults();
        PayGapOptions p = d.withEmployerType(EmployerType.PRIVATE_OR_VOLUNTARY).withHourlyPayUnavailable("no column");
        assertEquals(EmployerType.PUBLIC_AUTHORITY, d.getEmployerType());
        assertEquals(Optional.empty(), d.getHourlyPayUnavailable());
        assertEquals(Optional.of("no column"), p.getHourlyPayUnavailable());
        assertEquals(Optional.empty(), p.getBonusPayUnavailable());
        assertNotEquals(d, p);
        assertEquals("PayGapOptions{PRIVATE_OR_VOLUNTARY, no hourly pay: no column}", p.toString());
    }
}

package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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

    /** Equal by all three settings; each one alone makes options differ; equal options hash alike. */
    @Test
    void equalByEverySetting() {
        PayGapOptions d = PayGapOptions.defaults();
        assertSame(d, PayGapOptions.defaults());
        assertEquals(d, d.withEmployerType(EmployerType.PUBLIC_AUTHORITY));
        assertEquals(d.hashCode(), d.withEmployerType(EmployerType.PUBLIC_AUTHORITY).hashCode());
        PayGapOptions both = d.withHourlyPayUnavailable("no hours").withBonusPayUnavailable("no bonus");
        PayGapOptions again = d.withBonusPayUnavailable("no bonus").withHourlyPayUnavailable("no hours");
        assertEquals(both, again);
        assertEquals(both.hashCode(), again.hashCode());
        assertNotEquals(d, d.withEmployerType(EmployerType.PRIVATE_OR_VOLUNTARY));
        assertNotEquals(d, d.withHourlyPayUnavailable("no hours"));
        assertNotEquals(d, d.withBonusPayUnavailable("no bonus"));
        assertNotEquals(d.withHourlyPayUnavailable("no hours"), d.withBonusPayUnavailable("no hours"));
        assertNotEquals(both, both.withBonusPayUnavailable("another reason"));
        assertNotEquals(d, "PayGapOptions{PUBLIC_AUTHORITY}");
        assertEquals(Optional.of("no bonus"), both.getBonusPayUnavailable());
        assertEquals(Optional.of("no hours"), both.getHourlyPayUnavailable());
        assertEquals(EmployerType.PUBLIC_AUTHORITY, both.getEmployerType());
    }

    @Test
    void toStringNamesWhatIsSet() {
        PayGapOptions d = PayGapOptions.defaults();
        assertEquals("PayGapOptions{PUBLIC_AUTHORITY}", d.toString());
        assertEquals("PayGapOptions{PUBLIC_AUTHORITY, no bonus pay: no column}",
                d.withBonusPayUnavailable("no column").toString());
        assertEquals("PayGapOptions{PUBLIC_AUTHORITY, no hourly pay: a, no bonus pay: b}",
                d.withHourlyPayUnavailable("a").withBonusPayUnavailable("b").toString());
    }

    @Test
    void nullsAreRejectedWithTheFieldsName() {
        PayGapOptions d = PayGapOptions.defaults();
        assertEquals("employerType", assertThrows(NullPointerException.class, () -> d.withEmployerType(null))
                .getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class, () -> d.withHourlyPayUnavailable(null))
                .getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class, () -> d.withBonusPayUnavailable(null))
                .getMessage());
    }

    @Test
    void hashCodesOfUnequalOptionsDiffer() {
        PayGapOptions d = PayGapOptions.defaults();
        ValueSemantics.assertValueSemantics(d.withHourlyPayUnavailable("a"), d.withHourlyPayUnavailable("a"),
                List.of(d, d.withBonusPayUnavailable("a"), d.withEmployerType(EmployerType.PRIVATE_OR_VOLUNTARY)));
    }
}

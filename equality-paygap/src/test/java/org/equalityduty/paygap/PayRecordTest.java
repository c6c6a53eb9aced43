package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Bad input to the value types: each case asserts the exact message. */
class PayRecordTest {

    private static String message(Runnable r) {
        return assertThrows(RuntimeException.class, r::run).getMessage();
    }

    @Test
    void rejectsNegativeAndZeroPay() {
        assertEquals("hourlyPay must be greater than 0, but was '-1.50'", message(() -> HourlyPay.rate("-1.50")));
        assertEquals("hourlyPay must be greater than 0, but was '0'", message(() -> HourlyPay.rate("0")));
        assertEquals("ordinaryPay must be greater than 0, but was '0.00'", message(() -> HourlyPay.fromPeriod(
                new BigDecimal("0.00"), BigDecimal.ZERO, 30, WeeklyHours.of("35"))));
        assertEquals("bonusInPeriod must be 0 or more, but was '-5'", message(() -> HourlyPay.fromPeriod(
                BigDecimal.TEN, new BigDecimal("-5"), 30, WeeklyHours.of("35"))));
        assertEquals("bonusPay must be 0 or more, but was '-1'", message(() -> PayRecord.of("a", Sex.MALE, "10",
                "-1")));
    }

    @Test
    void rejectsAPeriodOfNoDaysAndMissingOrZeroHours() {
        assertEquals("periodDays must be at least 1 (the days in the pay period), but was '0'",
                message(() -> HourlyPay.fromPeriod(BigDecimal.TEN, BigDecimal.ZERO, 0, WeeklyHours.of("35"))));
        assertEquals("weeklyHours", message(() -> HourlyPay.fromPeriod(BigDecimal.TEN, BigDecimal.ZERO, 30, null)));
        assertEquals("weeklyHours must be greater than 0, but was '0'", message(() -> WeeklyHours.of("0")));
        assertEquals("weeklyHours must be a number, but was '  '", message(() -> WeeklyHours.of("  ")));
    }

    @Test
    void rejectsTextThatIsNotAPlainNumber() {
        assertEquals("hourlyPay must be a plain decimal number such as 1234.56, but was '12,50'",
                message(() -> HourlyPay.rate("12,50")));
        assertEquals("hourlyPay must be a plain decimal number such as 1234.56, but was '1e9'",
                message(() -> HourlyPay.rate("1e9")));
        assertEquals("hourlyPay must be a plain decimal number such as 1234.56, but was"
                + " '1111111111111111111111111111111111111111...'", message(() -> HourlyPay.rate("1".repeat(500))));
    }

    @Test
    void rejectsBadIdsAndSexes() {
        assertEquals("id must be 1 to 64 characters with no control characters, but was ' '",
                message(() -> PayRecord.of(" ", Sex.MALE, "10", "0")));
        assertEquals("id must be 1 to 64 characters with no control characters, but was 'a?b'",
                message(() -> PayRecord.of("a\nb", Sex.MALE, "10", "0")));
        assertEquals("sex must be M, F, male, female, or empty for not recorded, but was 'X'",
                message(() -> Sex.parse("X")));
        assertEquals(Sex.NOT_RECORDED, Sex.parse(""));
        assertEquals(Sex.FEMALE, Sex.parse(" Female "));
        assertEquals("sex", message(() -> PayRecord.builder().id("a").build()));
    }

    /** 12-week average (reg 7(2)): eleven weeks of 30 hours and one of 42, 372 / 12 = 31. */
    @Test
    void averagesTwelveWeeksWhereHoursVary() {
        List<BigDecimal> weeks = new java.util.ArrayList<>(Collections.nCopies(11, new BigDecimal("30")));
        weeks.add(new BigDecimal("42"));
        assertEquals(0, new BigDecimal("31").compareTo(WeeklyHours.averageOf(weeks).getHours()));
        assertEquals("weeks must be the hours of 12 weeks (reg 7(2)), but was '11 weeks'",
                message(() -> WeeklyHours.averageOf(weeks.subList(0, 11))));
        weeks.set(3, BigDecimal.ZERO);
        assertEquals("weeks[3] must be greater than 0 (a week with no ordinary pay is replaced by an earlier week),"
                + " but was '0'", message(() -> WeeklyHours.averageOf(weeks)));
        assertThrows(InvalidValueException.class, () -> WeeklyHours.averageOf(weeks));
    }

    @Test
    void valueSemantics() {
        PayRecord a = PayRecord.builder().id("a").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10.0"))
                .bonusPay(BigDecimal.ZERO).attribute("ethnicity", "WBRI").build();
        PayRecord b = PayRecord.builder().id("a").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10.00"))
                .bonusPay(new BigDecimal("0.00")).attribute("ethnicity", "WBRI").build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("PayRecord{a, MALE, 10.0 an hour, bonus 0, {ethnicity=WBRI}}", a.toString());
        assertEquals("(2000 + 0) x 7 / 30 days / 35 hours a week", HourlyPay.fromPeriod(new BigDecimal("2000"),
                BigDecimal.ZERO, 30, WeeklyHours.of("35")).toString());
    }

    /**
     * The edges, by count: an id of 64 characters is accepted and one of 65 refused; a refused value of exactly 40
     * characters (the most a message quotes) is quoted whole, and a longer one cut at 40 with "...". A decimal text of
     * 40 characters is read, one of 41 refused.
     */
    @Test
    void lengthLimitsAtTheirEdges() {
        String id64 = "0123456789".repeat(6) + "abcd";
        assertEquals(id64, PayRecord.of(id64, Sex.MALE, "10", "0").getId());
        assertEquals("id must be 1 to 64 characters with no control characters, but was"
                + " '0123456789012345678901234567890123456789...'", message(() -> PayRecord.of(id64 + "e", Sex.MALE,
                        "10", "0")));
        String forty = "a\t" + "b".repeat(38);
        assertEquals("id must be 1 to 64 characters with no control characters, but was 'a?" + "b".repeat(38) + "'",
                message(() -> PayRecord.of(forty, Sex.MALE, "10", "0")));
        String digits40 = "1234567890".repeat(3) + "123456.789";
        assertEquals(40, digits40.length());
        assertEquals(0, new BigDecimal(digits40).compareTo(HourlyPay.rate(digits40).getHourlyRate()));
        assertEquals("hourlyPay must be a plain decimal number such as 1234.56, but was"
                + " '0123456789012345678901234567890123456.78...'", message(() -> HourlyPay.rate("0" + digits40)));
    }

    /**
     * Records differ by each property: id, sex, full pay, hourly pay, bonus pay (given or not) and attributes. (The
     * hash code leaves the bonus out, so records differing only there hash alike.)
     */
    @Test
    void recordsDifferByEachProperty() {
        PayRecord a = PayRecord.of("a", Sex.MALE, "10", "5");
        List<PayRecord> others = List.of(PayRecord.of("b", Sex.MALE, "10", "5"), PayRecord.of("a", Sex.FEMALE, "10",
                "5"), PayRecord.of("a", Sex.MALE, "11", "5"), PayRecord.of("a", Sex.MALE, "10", "6"),
                PayRecord.builder().id("a").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10")).build(),
                PayRecord.builder().id("a").sex(Sex.MALE).fullPay(false).bonusPay(new BigDecimal("5")).build(),
                PayRecord.builder().id("a").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10")).bonusPay(new BigDecimal("5"))
                        .attribute("disability", "Y").build());
        ValueSemantics.assertValueSemantics(a, PayRecord.of("a", Sex.MALE, "10.00", "5.0"), others);
        PayRecord noBonus = PayRecord.builder().id("a").sex(Sex.MALE).hourlyPay(HourlyPay.rate("10")).build();
        ValueSemantics.assertValueSemantics(noBonus, PayRecord.builder().id("a").sex(Sex.MALE)
                .hourlyPay(HourlyPay.rate("10")).build(), List.of(a, PayRecord.builder().id("b").sex(Sex.MALE)
                        .hourlyPay(HourlyPay.rate("10")).build()));
    }
}

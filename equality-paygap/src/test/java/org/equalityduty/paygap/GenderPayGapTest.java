package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The six figures against worked examples and hand calculations. Each test says where its expected values come from.
 */
class GenderPayGapTest {
    static final LocalDate SNAPSHOT = LocalDate.of(2025, 3, 31);

    static String value(GenderPayGapReport r, GovUkField f) {
        Figure figure = r.getFigure(f);
        return figure.getValue().map(BigDecimal::toPlainString).orElse(figure.getStatus() + ": " + figure.getReason());
    }

    static String quartiles(GenderPayGapReport r) {
        return r.getQuartiles().stream().map(b -> b.getMen() + "M" + b.getWomen() + "F")
                .collect(Collectors.joining(" "));
    }

    /** The report for the 31 March snapshot of {@link Records#of} items such as {@code "M:10"} or {@code "F:9:50"}. */
    private static GenderPayGapReport report(String... items) {
        return GenderPayGap.calculate(Records.of(items), SNAPSHOT);
    }

    /** The same with options. */
    private static GenderPayGapReport report(PayGapOptions options, String... items) {
        return GenderPayGap.calculate(Records.of(items), SNAPSHOT, options);
    }

    /** The records of the items, then the records given. */
    private static List<PayRecord> plus(List<PayRecord> records, PayRecord... more) {
        List<PayRecord> out = new ArrayList<>(records);
        out.addAll(List.of(more));
        return out;
    }

    /** A relevant employee not on full pay (so with no hourly pay), paid no bonus. */
    private static PayRecord notOnFullPay(String id, Sex sex) {
        return PayRecord.builder().id(id).sex(sex).fullPay(false).bonusPay(BigDecimal.ZERO).build();
    }

    /** A full-pay relevant employee with neither hourly pay nor bonus pay given. */
    private static PayRecord withNoPay(String id, Sex sex) {
        return PayRecord.builder().id(id).sex(sex).build();
    }

    private static List<String> notices(GenderPayGapReport r) {
        return r.getNotices().stream().map(Notice::toString).collect(Collectors.toList());
    }

    private static String repeatMessage(List<PayRecord> records) {
        return assertThrows(InvalidValueException.class, () -> GenderPayGap.calculate(records, SNAPSHOT))
                .getMessage();
    }

    static List<PayRecord> repeat(int count, String sex, String rate, List<PayRecord> into) {
        for (int i = 0; i < count; i++) {
            into.add(PayRecord.of("r" + into.size(), sex.equals("M") ? Sex.MALE : Sex.FEMALE, rate, "0"));
        }
        return into;
    }

    /**
     * A published worked example (N. Cunningham, "gender pay gap", http://nathancunn.com/2018-08-22-gender-pay-gap,
     * table "Position (Salary) / # Males / # Females"): pay levels 500,000 / 125,000 / 60,000 / 20,000 with 6/8/30/43
     * men and 5/9/29/74 women; the page gives men's mean 76,551 and women's 58,504 (gap 23.6%) and medians 60,000
     * and 20,000 (gap 66.7%). Equal hours, so the levels stand in for hourly rates.
     */
    @Test
    void publishedMeanAndMedianExample() {
        List<PayRecord> records = new ArrayList<>();
        repeat(6, "M", "500000", records);
        repeat(8, "M", "125000", records);
        repeat(30, "M", "60000", records);
        repeat(43, "M", "20000", records);
        repeat(5, "F", "500000", records);
        repeat(9, "F", "125000", records);
        repeat(29, "F", "60000", records);
        repeat(74, "F", "20000", records);
        GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
        assertEquals("23.6", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("66.7", value(r, GovUkField.DIFF_MEDIAN_HOURLY_PERCENT));
        assertEquals(87, r.getFullPayRelevantMen());
        assertEquals(117, r.getFullPayRelevantWomen());
    }

    /**
     * gov.uk "Gender pay gap reporting: make your calculations"
     * (https://www.gov.uk/guidance/gender-pay-gap-reporting-make-your-calculations), "Mean gender pay gap in hourly
     * pay: how to calculate", steps 1-7, worked by hand: men 10, 20, 30 (mean 20); women 9, 15 (mean 12);
     * (20 - 12) / 20 x 100 = 40.0. Median: men 20, women (9 + 15) / 2 = 12; (20 - 12) / 20 x 100 = 40.0.
     */
    @Test
    void govUkMeanAndMedianSteps() {
        GenderPayGapReport r = report("M:10", "M:20", "M:30", "F:9", "F:15");
        assertEquals("40.0", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("40.0", value(r, GovUkField.DIFF_MEDIAN_HOURLY_PERCENT));
    }

    /**
     * Rounded once, half up: men 20.00, women 19.99, gap exactly 0.05% gives 0.1 (half even would give 0.0). Women
     * paid more gives a negative gap: men 10, women 12.5 is (10 - 12.5) / 10 x 100 = -25.0.
     */
    @Test
    void roundsOnceHalfUpAndSignsGaps() {
        assertEquals("0.1", value(report("M:20.00", "F:19.99"), GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        GenderPayGapReport r = report("M:10", "F:12.5");
        assertEquals("-25.0", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("-25.0", value(r, GovUkField.DIFF_MEDIAN_HOURLY_PERCENT));
    }

    /**
     * A negative gap exactly half way, whose mean is a recurring decimal: men 335.00 over 22 (10.05 x 4, 11.15,
     * 12.25, 13.05 x 2, 14.15, 15.25 x 3, 16.05 x 3, 17.15, 18.25, 19.05, 20.15 x 2, 21.25 x 2; mean 15.2272...) and
     * women 247.90 over 16 (10.05 x 2, 13.05 x 4, 14.15 x 2, 15.25 x 2, 16.05, 19.05 x 2, 20.15, 21.25 x 2; mean
     * 15.49375). By hand, (A - B) / A = 1 - (247.90 x 22) / (335.00 x 16) = 1 - 5,453.8 / 5,360 = -93.8 / 5,360 =
     * -0.0175 exactly: -1.75%, half up (away from zero) -1.8. A mean rounded to any number of places first would give
     * -1.7499...% and -1.7.
     */
    @Test
    void aGapExactlyHalfWayRoundsAwayFromZero() {
        List<String> items = new ArrayList<>();
        for (String rate : List.of("10.05", "10.05", "10.05", "10.05", "11.15", "12.25", "13.05", "13.05", "14.15",
                "15.25", "15.25", "15.25", "16.05", "16.05", "16.05", "17.15", "18.25", "19.05", "20.15", "20.15",
                "21.25", "21.25")) {
            items.add("M:" + rate);
        }
        for (String rate : List.of("10.05", "10.05", "13.05", "13.05", "13.05", "13.05", "14.15", "14.15", "15.25",
                "15.25", "16.05", "19.05", "19.05", "20.15", "21.25", "21.25")) {
            items.add("F:" + rate);
        }
        GenderPayGapReport r = report(items.toArray(new String[0]));
        assertEquals("-1.8", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
    }

    /**
     * Hourly pay from the pay period (gov.uk "the gender pay gap data you must gather",
     * https://gov.uk/guidance/the-gender-pay-gap-data-you-must-gather: a monthly-paid employee's pay period is the
     * calendar month, 1 April to 30 April in its example, so 30 days). By hand: 2,000 ordinary + 100 bonus in the
     * period, x 7 / 30 / 35 hours = 14,700 / 1,050 = 14.00 an hour; a woman on 1,800 + 0 in the same period and hours:
     * 12,600 / 1,050 = 12.00. Gap (14 - 12) / 14 x 100 = 14.2857... = 14.3.
     */
    @Test
    void hourlyPayFromThePayPeriod() {
        PayRecord m = PayRecord.builder().id("m").sex(Sex.MALE).bonusPay(BigDecimal.ZERO)
                .hourlyPay(HourlyPay.fromPeriod(new BigDecimal("2000"), new BigDecimal("100"), 30,
                        WeeklyHours.of("35")))
                .build();
        PayRecord w = PayRecord.builder().id("w").sex(Sex.FEMALE).bonusPay(BigDecimal.ZERO)
                .hourlyPay(HourlyPay.fromPeriod(new BigDecimal("1800"), BigDecimal.ZERO, 30, WeeklyHours.of("35")))
                .build();
        assertEquals(0, new BigDecimal("14").compareTo(m.getHourlyPay().get().getHourlyRate()));
        GenderPayGapReport r = GenderPayGap.calculate(List.of(m, w), SNAPSHOT);
        assertEquals("14.3", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
    }

    /**
     * Bonus figures over recipients (SI 2017/172 regs 10-12). By hand: men's bonuses 100, 300, 0 (two recipients of
     * three: mean 200, median 200); women's 50, 150, 0, 0 (two of four: mean 100, median 100). Gaps (200 - 100) / 200
     * = 50.0; MaleBonusPercent 2 / 3 = 66.7; FemaleBonusPercent 2 / 4 = 50.0. Employees not on full pay count here.
     */
    @Test
    void bonusFiguresOverRecipients() {
        List<PayRecord> records = plus(Records.of("M:10:100", "M:10:300", "M:10:0", "F:10:50", "F:10:150", "F:10:0"),
                notOnFullPay("leave", Sex.FEMALE));
        GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
        assertEquals("50.0", value(r, GovUkField.DIFF_MEAN_BONUS_PERCENT));
        assertEquals("50.0", value(r, GovUkField.DIFF_MEDIAN_BONUS_PERCENT));
        assertEquals("66.7", value(r, GovUkField.MALE_BONUS_PERCENT));
        assertEquals("50.0", value(r, GovUkField.FEMALE_BONUS_PERCENT));
        assertEquals(3, r.getFullPayRelevantWomen());
        assertEquals(4, r.getRelevantWomen());
    }

    /**
     * Tie across boundary 1. Eight employees, bands of 2 (ends at ranks 2, 4, 6, 8). Ranks: 1 = 10 M; 2-4 = rate 20
     * (M, F, M: two men, one woman); 5 = 30 F; 6 = 40 F; 7 = 50 M; 8 = 60 F. The rate-20 group has 1 place in the
     * lower band and 2 in the lower middle. Lower band's place: men 2 x 1 / 3 = 0 r 2, women 1 x 1 / 3 = 0 r 1, the
     * larger remainder (men) takes it. Lower middle: the remaining 1 man and 1 woman. So 2M0F, 1M1F, 0M2F, 1M1F.
     */
    @Test
    void tieAcrossTheLowerBoundary() {
        GenderPayGapReport r = report("F:20", "M:50", "M:20", "F:60", "M:10", "F:30", "M:20", "F:40");
        assertEquals("2M0F 1M1F 0M2F 1M1F", quartiles(r));
        assertEquals("100.0", value(r, GovUkField.MALE_LOWER_QUARTILE));
        assertEquals("0.0", value(r, GovUkField.FEMALE_LOWER_QUARTILE));
        assertEquals("50.0", value(r, GovUkField.FEMALE_LOWER_MIDDLE_QUARTILE));
        assertEquals("100.0", value(r, GovUkField.FEMALE_UPPER_MIDDLE_QUARTILE));
        assertEquals("50.0", value(r, GovUkField.MALE_TOP_QUARTILE));
    }

    /**
     * Tie across boundary 2. Ranks 1-3 = 10 M, 20 M, 30 M; 4-6 = rate 40 (F, F, M); 7 = 50 F; 8 = 60 M. The group has
     * 1 place in the lower middle band (rank 4) and 2 in the upper middle (5-6). Lower middle: men 1 x 1 / 3 = 0 r 1,
     * women 2 x 1 / 3 = 0 r 2: the woman takes it. Upper middle: 1 M, 1 F. So 2M0F, 1M1F, 1M1F, 1M1F.
     */
    @Test
    void tieAcrossTheMiddleBoundary() {
        GenderPayGapReport r = report("M:40", "F:40", "M:60", "F:50", "F:40", "M:30", "M:20", "M:10");
        assertEquals("2M0F 1M1F 1M1F 1M1F", quartiles(r));
    }

    /**
     * Tie across boundary 3, with a leftover. Nine employees: ends at ceil(9/4) = 3, ceil(18/4) = 5, ceil(27/4) = 7,
     * 9, so bands of 3, 2, 2, 2 (the leftover employee in the lower band). Ranks 1-3 = 10 F, 11 F, 12 F; 4-5 = 13 M,
     * 14 M; 6-9 = rate 20 (M, M, M, F). The group has 2 places in the upper middle band and 2 in the upper. Upper
     * middle: men 3 x 2 / 4 = 1 r 2, women 1 x 2 / 4 = 0 r 2; equal remainders go to the category with more still to
     * place (men): 2M0F. Upper: 1 M, 1 F. So 0M3F, 2M0F, 2M0F, 1M1F.
     */
    @Test
    void tieAcrossTheUpperBoundaryWithALeftover() {
        GenderPayGapReport r = report("M:20", "F:10", "M:13", "F:20", "F:11", "M:20", "M:14", "F:12", "M:20");
        assertEquals("0M3F 2M0F 2M0F 1M1F", quartiles(r));
        assertEquals("50.0", value(r, GovUkField.MALE_TOP_QUARTILE));
        assertEquals("100.0", value(r, GovUkField.FEMALE_LOWER_QUARTILE));
    }

    /**
     * All on one rate. Six employees (4 M, 2 F) at 15: ends at 2, 3, 5, 6 (bands 2, 1, 2, 1: the two leftovers in the
     * lower and upper middle bands). Lower (2 places): men 4 x 2 / 6 = 1 r 2, women 2 x 2 / 6 = 0 r 4: 1M1F. Left 3 M,
     * 1 F. Lower middle (1): men 3 / 4 = 0 r 3, women 1 / 4 = 0 r 1: 1M0F. Left 2 M, 1 F. Upper middle (2): men 4 / 3
     * = 1 r 1, women 2 / 3 = 0 r 2: 1M1F. Upper: the last man. Gaps 0.0.
     */
    @Test
    void allOnOneRate() {
        GenderPayGapReport r = report("F:15", "M:15", "M:15", "F:15", "M:15", "M:15");
        assertEquals("1M1F 1M0F 1M1F 1M0F", quartiles(r));
        assertEquals("0.0", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("0.0", value(r, GovUkField.DIFF_MEDIAN_HOURLY_PERCENT));
    }

    /**
     * One employee of each sex: man 20 (bonus 100), woman 15 (bonus 50). Gaps (20 - 15) / 20 = 25.0; bonus gaps
     * (100 - 50) / 100 = 50.0; both 100% paid a bonus. Two employees: ends at 1, 1, 2, 2, so the woman is in the lower
     * band, the man in the upper middle band, and the lower middle and upper bands are empty (not computed).
     */
    @Test
    void oneEmployeeOfEachSex() {
        GenderPayGapReport r = report("M:20:100", "F:15:50");
        assertEquals("25.0", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("25.0", value(r, GovUkField.DIFF_MEDIAN_HOURLY_PERCENT));
        assertEquals("50.0", value(r, GovUkField.DIFF_MEAN_BONUS_PERCENT));
        assertEquals("50.0", value(r, GovUkField.DIFF_MEDIAN_BONUS_PERCENT));
        assertEquals("100.0", value(r, GovUkField.MALE_BONUS_PERCENT));
        assertEquals("0M1F 0M0F 1M0F 0M0F", quartiles(r));
        assertEquals("NOT_COMPUTED: the lower middle quartile pay band is empty: 2 full-pay relevant employee(s)"
                + " cannot fill four bands", value(r, GovUkField.MALE_LOWER_MIDDLE_QUARTILE));
        assertEquals(List.of(), GovUkChecks.check(r));
    }

    /**
     * No bonus at all (every bonus 0). The bonus gaps cannot be computed; the proportions are 0.0. A council's
     * published report says the same ("Calculation not possible", folkestone-hythe.gov.uk/gender-pay-gap/data).
     */
    @Test
    void noBonusAtAll() {
        GenderPayGapReport r = report("M:10", "F:10", "M:12", "F:9");
        String why = "NOT_COMPUTED: no man was paid bonus pay in the 12 months to the snapshot date: the bonus gap is"
                + " measured against men's bonus pay";
        assertEquals(why, value(r, GovUkField.DIFF_MEAN_BONUS_PERCENT));
        assertEquals(why, value(r, GovUkField.DIFF_MEDIAN_BONUS_PERCENT));
        assertEquals("0.0", value(r, GovUkField.MALE_BONUS_PERCENT));
        assertEquals("0.0", value(r, GovUkField.FEMALE_BONUS_PERCENT));
    }

    @Test
    void noWomen() {
        GenderPayGapReport r = report("M:10:5", "M:11", "M:12", "M:13");
        assertEquals("NOT_COMPUTED: there are no female full-pay relevant employees: there is no women's hourly pay"
                + " to compare", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("NOT_COMPUTED: no woman was paid bonus pay in the 12 months to the snapshot date: there is no"
                + " women's bonus pay to compare", value(r, GovUkField.DIFF_MEAN_BONUS_PERCENT));
        assertEquals("NOT_COMPUTED: there are no female relevant employees", value(r, GovUkField.FEMALE_BONUS_PERCENT));
        assertEquals("25.0", value(r, GovUkField.MALE_BONUS_PERCENT));
        assertEquals("1M0F 1M0F 1M0F 1M0F", quartiles(r));
        assertEquals("0.0", value(r, GovUkField.FEMALE_TOP_QUARTILE));
    }

    @Test
    void noMen() {
        GenderPayGapReport r = report("F:10", "F:11");
        assertEquals("NOT_COMPUTED: there are no male full-pay relevant employees: the gap is measured against men's"
                + " hourly pay", value(r, GovUkField.DIFF_MEDIAN_HOURLY_PERCENT));
        assertEquals("NOT_COMPUTED: there are no male relevant employees", value(r, GovUkField.MALE_BONUS_PERCENT));
    }

    /**
     * Quartile pairs sum to 100 after rounding. 8,000 employees, bands of 2,000; the lower band has 667 women:
     * 667 / 2000 = 33.35% exactly, so rounding both shares half up would give 33.4 + 66.7 = 100.1. The female share
     * is rounded (33.4) and the male share is 100 - 33.4 = 66.6.
     */
    @Test
    void quartilePairsSumToOneHundred() {
        List<PayRecord> records = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            Sex sex = i < 2000 ? (i < 667 ? Sex.FEMALE : Sex.MALE) : (i % 2 == 0 ? Sex.MALE : Sex.FEMALE);
            records.add(PayRecord.of("e" + i, sex, (1000 + i) + ".00", "0"));
        }
        GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
        assertEquals("33.4", value(r, GovUkField.FEMALE_LOWER_QUARTILE));
        assertEquals("66.6", value(r, GovUkField.MALE_LOWER_QUARTILE));
        assertEquals(List.of(), GovUkChecks.check(r));
        assertTrue(r.isReportingRequired());
        assertEquals(List.of(), r.getNotices());
    }

    @Test
    void notRecordedSexIsCountedAndLeftOut() {
        List<PayRecord> records = plus(Records.of("M:20", "F:15"), PayRecord.of("x", Sex.NOT_RECORDED, "1000", "0"));
        GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
        assertEquals(3, r.getRelevantEmployees());
        assertEquals(1, r.getNotRecordedSex());
        assertEquals("25.0", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("note [sex-not-recorded]: 1 relevant employee(s) have no recorded sex: they count as relevant"
                + " employees and towards the 250-employee threshold, but are left out of every figure",
                r.getNotices().get(1).toString());
    }

    @Test
    void snapshotAndThresholdNotices() {
        GenderPayGapReport r = GenderPayGap.calculate(Records.of("M:20", "F:15"), LocalDate.of(2025, 4, 5));
        assertEquals(List.of("warning [snapshot-date]: the snapshot date 2025-04-05 is not 31 March: a public authority's snapshot"
                        + " date is 31 March (SI 2017/353 Schedule 1 para 1)",
                "note [below-threshold]: 2 relevant employee(s) on the snapshot date: fewer than 250, so publishing"
                        + " gender pay gap information is not required (the figures are for information)"), notices(r));
        assertEquals(false, r.isReportingRequired());
        GenderPayGapReport privateSector = GenderPayGap.calculate(Records.of("M:20"), LocalDate.of(2025, 4, 5),
                PayGapOptions.defaults().withEmployerType(EmployerType.PRIVATE_OR_VOLUNTARY));
        assertEquals("below-threshold", privateSector.getNotices().get(0).getCode());
    }

    @Test
    void duplicateIdsAreRejectedWithEveryOneNamed() {
        assertEquals("id: 2 record(s) repeat an earlier employee id: 'a' (records 1 and 3), 'b' (records 2 and 4);"
                + " each relevant employee must appear once", repeatMessage(List.of(Records.man("a", "10"),
                        Records.woman("b", "9"), Records.man("a", "11"), Records.woman("b", "8"))));
    }

    @Test
    void missingPayIsNotComputedWithTheReason() {
        List<PayRecord> records = plus(Records.of("M:20", "F:15"), withNoPay("nohours", Sex.MALE));
        GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
        assertEquals("NOT_COMPUTED: hourly pay is missing for 1 full-pay relevant employee(s) (first: 'nohours');"
                + " every full-pay relevant employee counts", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("NOT_COMPUTED: bonus pay is missing for 1 relevant employee(s) (first: 'nohours'); give 0 for"
                + " an employee paid no bonus", value(r, GovUkField.MALE_BONUS_PERCENT));
        GenderPayGapReport unavailable = report(PayGapOptions.defaults().withBonusPayUnavailable("no bonus column"),
                "M:20");
        assertEquals("NOT_COMPUTED: no bonus column", value(unavailable, GovUkField.DIFF_MEDIAN_BONUS_PERCENT));
    }

    @Test
    void aNullRecordIsNamedByNumber() {
        assertEquals("record 2", assertThrows(NullPointerException.class, () -> GenderPayGap.calculate(
                java.util.Arrays.asList(Records.man("a", "10"), null), SNAPSHOT)).getMessage());
    }

    /** Six ids repeated: the count, the first five named with their record numbers, and "...". */
    @Test
    void moreThanFiveRepeatsAreCountedAndFiveNamed() {
        List<PayRecord> records = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String id : List.of("a", "b", "c", "d", "e", "f")) {
                records.add(Records.woman(id, "10"));
            }
        }
        assertEquals("id: 6 record(s) repeat an earlier employee id: 'a' (records 1 and 7), 'b' (records 2 and 8),"
                + " 'c' (records 3 and 9), 'd' (records 4 and 10), 'e' (records 5 and 11), ...; each relevant"
                + " employee must appear once", repeatMessage(records));
    }

    /** Exactly five ids repeated: all five named, and no "..." (the list is cut only past five). */
    @Test
    void fiveRepeatsAreAllNamed() {
        List<PayRecord> records = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String id : List.of("a", "b", "c", "d", "e")) {
                records.add(Records.man(id, "10"));
            }
        }
        assertEquals("id: 5 record(s) repeat an earlier employee id: 'a' (records 1 and 6), 'b' (records 2 and 7),"
                + " 'c' (records 3 and 8), 'd' (records 4 and 9), 'e' (records 5 and 10); each relevant employee must"
                + " appear once", repeatMessage(records));
    }

    /**
     * Hourly pay stated unavailable: the gaps and all eight quartile shares say why, and there are no bands; the
     * bonus figures are still computed: men 100 and 0 (1 of 2 paid), women 50 (1 of 1); (100 - 50) / 100 = 50.0.
     */
    @Test
    void hourlyPayUnavailable() {
        GenderPayGapReport r = report(PayGapOptions.defaults().withHourlyPayUnavailable("no hourly pay column"),
                "M:10:100", "M:12:0", "F:11:50");
        for (GovUkField f : GovUkField.values()) {
            if (f.getKind() == GovUkField.Kind.QUARTILE || f == GovUkField.DIFF_MEAN_HOURLY_PERCENT
                    || f == GovUkField.DIFF_MEDIAN_HOURLY_PERCENT) {
                assertEquals("NOT_COMPUTED: no hourly pay column", value(r, f), f.name());
            }
        }
        assertEquals(List.of(), r.getQuartiles());
        assertEquals("50.0", value(r, GovUkField.DIFF_MEAN_BONUS_PERCENT));
        assertEquals("50.0", value(r, GovUkField.MALE_BONUS_PERCENT));
        assertEquals("100.0", value(r, GovUkField.FEMALE_BONUS_PERCENT));
    }

    /** No one on full pay: every band is empty for want of anyone ranked, and the gaps have no men's pay. */
    @Test
    void noOneOnFullPay() {
        GenderPayGapReport r = GenderPayGap.calculate(List.of(notOnFullPay("m", Sex.MALE),
                notOnFullPay("w", Sex.FEMALE)), SNAPSHOT);
        assertEquals("NOT_COMPUTED: there are no full-pay relevant employees with hourly pay",
                value(r, GovUkField.FEMALE_UPPER_MIDDLE_QUARTILE));
        assertEquals("NOT_COMPUTED: there are no male full-pay relevant employees: the gap is measured against men's"
                + " hourly pay", value(r, GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("0M0F 0M0F 0M0F 0M0F", quartiles(r));
        assertEquals("0.0", value(r, GovUkField.MALE_BONUS_PERCENT));
    }

    /** Two full-pay employees without hourly pay and two without bonus: counted, and the first of each named. */
    @Test
    void missingPayIsCountedAndTheFirstNamed() {
        List<PayRecord> records = plus(Records.of("M:20", "F:15"), withNoPay("first", Sex.FEMALE),
                withNoPay("second", Sex.MALE));
        GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
        assertEquals("NOT_COMPUTED: hourly pay is missing for 2 full-pay relevant employee(s) (first: 'first');"
                + " every full-pay relevant employee counts", value(r, GovUkField.MALE_TOP_QUARTILE));
        assertEquals("NOT_COMPUTED: bonus pay is missing for 2 relevant employee(s) (first: 'first'); give 0 for"
                + " an employee paid no bonus", value(r, GovUkField.DIFF_MEAN_BONUS_PERCENT));
    }

    /** SI 2017/353 Sch 1 para 1: 250 relevant employees must publish (no note); 249 need not. */
    @Test
    void theThresholdIsTwoHundredAndFifty() {
        List<PayRecord> records = new ArrayList<>();
        repeat(125, "M", "10", records);
        repeat(125, "F", "10", records);
        GenderPayGapReport at = GenderPayGap.calculate(records, SNAPSHOT);
        assertTrue(at.isReportingRequired());
        assertEquals(List.of(), at.getNotices());
        GenderPayGapReport below = GenderPayGap.calculate(records.subList(0, 249), SNAPSHOT);
        assertEquals(false, below.isReportingRequired());
        assertEquals("note [below-threshold]: 249 relevant employee(s) on the snapshot date: fewer than 250, so"
                + " publishing gender pay gap information is not required (the figures are for information)",
                below.getNotices().get(0).toString());
    }

    /** A private employer's snapshot is 5 April (SI 2017/172 reg 1(2)): 31 March gets a warning naming both. */
    @Test
    void aPrivateEmployersSnapshotDate() {
        GenderPayGapReport r = report(PayGapOptions.defaults().withEmployerType(EmployerType.PRIVATE_OR_VOLUNTARY),
                "M:20", "F:15");
        assertEquals("warning [snapshot-date]: the snapshot date 2025-03-31 is not 5 April: a private or voluntary"
                + " sector employer's snapshot date is 5 April (SI 2017/172 reg 1(2))", notices(r).get(0));
        assertEquals(EmployerType.PRIVATE_OR_VOLUNTARY, r.getEmployerType());
    }
}

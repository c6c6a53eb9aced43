package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A plan's pay gap measure evaluated from payroll records: which figure its words name, hand-worked figures (each
 * worked in the comment beside it), the statuses, and the exact message of each request that cannot be answered.
 */
class PayGapMeasureTest {
    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 3, 31);
    private static final Group WOMEN = Group.of(Dimensions.SEX.category("female"));
    private static final Group MEN = Group.of(Dimensions.SEX.category("male"));

    /**
     * Men at 10.00, 12.00 and 14.00 an hour with bonuses 100, 200 and 600; women at 9.00, 10.00 and 14.00 with
     * bonuses 0, 100 and 200.
     */
    private static List<PayRecord> pay() {
        return Records.of("M:10.00:100", "F:9.00:0", "M:12.00:200", "F:10.00:100", "M:14.00:600", "F:14.00:200");
    }

    private static Measure.Builder builder() {
        return Measure.builder().kind(MeasureKind.PAY_GAP).population(Population.STAFF);
    }

    private static Measure described(String description) {
        return builder().description(description).build();
    }

    private static void assertFigure(String value, int sampleSize, String field, Observation o) {
        assertEquals(ObservationStatus.AVAILABLE, o.getStatus(), o.toString());
        assertEquals(Optional.of(new BigDecimal(value)), o.getValue());
        assertEquals(OptionalInt.of(sampleSize), o.getSampleSize());
        assertEquals(Optional.of(field + ", rounded half up to one decimal place"), o.getNote());
        assertEquals(SNAPSHOT, o.getDate());
        assertEquals(Optional.empty(), o.getLower(), "a census figure has no interval");
    }

    @Test
    void theMedianHourlyGap() {
        // by hand: median men 12.00, women 10.00: (12 - 10) / 12 x 100 = 16.666...% -> 16.7 (half up, one place)
        assertFigure("16.7", 6, "DiffMedianHourlyPercent",
                PayGapMeasure.evaluate(described("median hourly gap"), "ignored", pay(), SNAPSHOT, 1));
    }

    @Test
    void theMeanHourlyGapFromTheCriterionText() {
        // by hand: mean men 36 / 3 = 12.00, women 33 / 3 = 11.00: (12 - 11) / 12 x 100 = 8.333...% -> 8.3
        assertFigure("8.3", 6, "DiffMeanHourlyPercent", PayGapMeasure.evaluate(builder().build(),
                "Reduce the mean gender pay gap to 5%", pay(), SNAPSHOT, 1));
    }

    @Test
    void theBonusGapsOverBonusRecipients() {
        // by hand: men paid a bonus 100, 200, 600 (mean 300, median 200); women paid a bonus 100, 200 (mean 150,
        // median 150; the woman with 0 is not a recipient). Mean (300 - 150) / 300 = 50.0%; median
        // (200 - 150) / 200 = 25.0%; 3 + 2 = 5 recipients.
        assertFigure("50.0", 5, "DiffMeanBonusPercent",
                PayGapMeasure.evaluate(described("The mean bonus gap"), "", pay(), SNAPSHOT, 1));
        assertFigure("25.0", 5, "DiffMedianBonusPercent",
                PayGapMeasure.evaluate(builder().build(), "Halve the median gap in bonuses", pay(), SNAPSHOT, 1));
    }

    @Test
    void womenPaidMoreGiveANegativeGap() {
        // by hand: median men 10.00, women 12.00: (10 - 12) / 10 x 100 = -20.0%: the sign says women are paid more
        List<PayRecord> r = Records.of("M:10", "F:12", "M:10", "F:12");
        assertFigure("-20.0", 4, "DiffMedianHourlyPercent",
                PayGapMeasure.evaluate(described("median"), "", r, SNAPSHOT, 1));
    }

    @Test
    void fieldOfReadsWholeWordsInAnyCase() {
        assertEquals(GovUkField.DIFF_MEDIAN_HOURLY_PERCENT, PayGapMeasure.fieldOf(described("The MEDIAN gap"), ""));
        // "meaning" is not "mean"; the description wins over the criterion's text
        assertEquals(GovUkField.DIFF_MEDIAN_HOURLY_PERCENT,
                PayGapMeasure.fieldOf(described("its meaning: the median"), "the mean gap"));
        assertEquals(GovUkField.DIFF_MEAN_HOURLY_PERCENT, PayGapMeasure.fieldOf(builder().build(), "Mean pay gap"));
        assertEquals(GovUkField.DIFF_MEAN_BONUS_PERCENT, PayGapMeasure.fieldOf(described("mean Bonus gap"), ""));
        // "bonuses" counts; "bonusing" is not a word the rule reads
        assertEquals(GovUkField.DIFF_MEDIAN_BONUS_PERCENT, PayGapMeasure.fieldOf(described("median of bonuses"), ""));
    }

    @Test
    void aFigureOnFewerPeopleThanTheMinimumIsSuppressed() {
        Observation hourly = PayGapMeasure.evaluate(described("median"), "", pay(), SNAPSHOT, 4);
        assertEquals(ObservationStatus.SUPPRESSED, hourly.getStatus());
        assertEquals(Optional.of("suppressed: the gap rests on 3 women, fewer than the minimum group size of 4"),
                hourly.getNote());
        assertEquals(Optional.empty(), hourly.getValue());
        assertEquals(OptionalInt.empty(), hourly.getSampleSize());
        // the bonus gap rests on the 2 women paid a bonus: suppressed at 3, published at 2
        Observation bonus = PayGapMeasure.evaluate(described("median bonus"), "", pay(), SNAPSHOT, 3);
        assertEquals(Optional.of("suppressed: the gap rests on 2 women paid a bonus, fewer than the minimum group"
                + " size of 3"), bonus.getNote());
        assertEquals(ObservationStatus.AVAILABLE,
                PayGapMeasure.evaluate(described("median bonus"), "", pay(), SNAPSHOT, 2).getStatus());
        Observation oneMan = PayGapMeasure.evaluate(described("mean"), "", Records.of("M:10", "F:9", "F:8"),
                SNAPSHOT, 2);
        assertEquals(Optional.of("suppressed: the gap rests on 1 man, fewer than the minimum group size of 2"),
                oneMan.getNote());
    }

    @Test
    void aFigureTheDataCannotGiveIsNotCollectedWithTheReason() {
        Observation noWomen = PayGapMeasure.evaluate(described("median"), "", Records.of("M:10", "M:11"), SNAPSHOT,
                1);
        assertEquals(ObservationStatus.NOT_COLLECTED, noWomen.getStatus());
        assertEquals(Optional.of("DiffMedianHourlyPercent not computed: there are no female full-pay relevant"
                + " employees: there is no women's hourly pay to compare"), noWomen.getNote());
        assertEquals(SNAPSHOT, noWomen.getDate());
        Observation noBonus = PayGapMeasure.evaluate(described("mean bonus"), "", Records.of("M:10", "F:11"),
                SNAPSHOT, 1);
        assertEquals(Optional.of("DiffMeanBonusPercent not computed: no man was paid bonus pay in the 12 months to"
                + " the snapshot date: the bonus gap is measured against men's bonus pay"), noBonus.getNote());
        List<PayRecord> twice = List.of(Records.man("A1", "10"), Records.woman("A1", "9"));
        Observation duplicate = PayGapMeasure.evaluate(described("median"), "", twice, SNAPSHOT, 1);
        assertEquals(ObservationStatus.NOT_COLLECTED, duplicate.getStatus());
        assertEquals(Optional.of("id: 1 record(s) repeat an earlier employee id: 'A1' (records 1 and 2); each"
                + " relevant employee must appear once"), duplicate.getNote());
        Observation unavailable = PayGapMeasure.evaluate(described("median"), GovUkField.DIFF_MEDIAN_HOURLY_PERCENT,
                pay(), SNAPSHOT, PayGapOptions.defaults().withHourlyPayUnavailable("no hourly pay column"), 1);
        assertEquals(Optional.of("DiffMedianHourlyPercent not computed: no hourly pay column"),
                unavailable.getNote());
    }

    @Test
    void theStatedFocusAndReferenceAreTheWomenAndTheMen() {
        Measure explicit = builder().focusGroup(WOMEN).reference(GroupReference.of(MEN)).unit(MeasureUnit.PERCENT)
                .description("median").build();
        assertFigure("16.7", 6, "DiffMedianHourlyPercent",
                PayGapMeasure.evaluate(explicit, "", pay(), SNAPSHOT, 1));
    }

    private static void assertRefused(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void requestsThatCannotBeAnsweredWhateverTheDataThrowNamingWhatIsWrong() {
        assertRefused("the pay gap measure does not say whether it is the median or the mean gap: write 'median' or"
                + " 'mean' (not both) in its description or the criterion's text",
                () -> PayGapMeasure.evaluate(builder().build(), "Reduce the gender pay gap", pay(), SNAPSHOT, 1));
        assertRefused("the pay gap measure does not say whether it is the median or the mean gap: write 'median' or"
                + " 'mean' (not both) in its description or the criterion's text",
                () -> PayGapMeasure.fieldOf(described("the mean and the median"), ""));
        assertRefused("not a pay gap measure: count", () -> PayGapMeasure.fieldOf(
                Measure.builder().kind(MeasureKind.COUNT).population(Population.STAFF).build(), "median"));
        assertRefused("a pay gap is a measure of staff, not of pupils", () -> PayGapMeasure.fieldOf(
                Measure.builder().kind(MeasureKind.PAY_GAP).population(Population.PUPILS).build(), "median"));
        assertRefused("pay_gap is evaluated in percent, but the measure states percentage_points",
                () -> PayGapMeasure.fieldOf(builder().unit(MeasureUnit.PERCENTAGE_POINTS).build(), "median"));
        assertRefused("a pay gap within a group is not computed: the statutory gender pay gap is for the whole"
                + " employer", () -> PayGapMeasure.fieldOf(builder().within(WOMEN).build(), "median"));
        Group asian = Group.of(Dimensions.category("ethnicity:AIND"));
        assertRefused("only the gender pay gap (focus group sex:female) is computed, not that of " + asian,
                () -> PayGapMeasure.fieldOf(builder().focusGroup(asian).build(), "median"));
        assertRefused("the gender pay gap compares women with men: the reference must be the men (sex:male) or left"
                + " out", () -> PayGapMeasure.fieldOf(builder().focusGroup(WOMEN).reference(GroupReference.of(WOMEN))
                        .build(), "median"));
        assertRefused("the gender pay gap compares women with men: the reference must be the men (sex:male) or left"
                + " out", () -> PayGapMeasure.fieldOf(builder().focusGroup(WOMEN)
                        .reference(PopulationReference.REST_OF_POPULATION).build(), "median"));
        assertRefused("a pay gap measure is one of the four gaps (DiffMeanHourlyPercent, DiffMedianHourlyPercent,"
                + " DiffMeanBonusPercent, DiffMedianBonusPercent), not FemaleTopQuartile",
                () -> PayGapMeasure.evaluate(builder().build(), GovUkField.FEMALE_TOP_QUARTILE, pay(), SNAPSHOT,
                        PayGapOptions.defaults(), 1));
        assertRefused("minimumGroupSize must be at least 1: 0",
                () -> PayGapMeasure.evaluate(described("median"), "", pay(), SNAPSHOT, 0));
    }

    @Test
    void nullsAreRejectedByName() {
        Measure m = described("median");
        assertEquals("measure", assertThrows(NullPointerException.class,
                () -> PayGapMeasure.evaluate(null, "", pay(), SNAPSHOT, 1)).getMessage());
        assertEquals("criterionText", assertThrows(NullPointerException.class,
                () -> PayGapMeasure.evaluate(m, (String) null, pay(), SNAPSHOT, 1)).getMessage());
        assertEquals("records", assertThrows(NullPointerException.class,
                () -> PayGapMeasure.evaluate(m, "", null, SNAPSHOT, 1)).getMessage());
        assertEquals("snapshot", assertThrows(NullPointerException.class,
                () -> PayGapMeasure.evaluate(m, "", pay(), null, 1)).getMessage());
        assertEquals("options", assertThrows(NullPointerException.class, () -> PayGapMeasure.evaluate(m,
                GovUkField.DIFF_MEAN_HOURLY_PERCENT, pay(), SNAPSHOT, null, 1)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class,
                () -> PayGapMeasure.defaultSnapshot(null, EmployerType.PUBLIC_AUTHORITY)).getMessage());
    }

    @Test
    void theDefaultSnapshotIsTheLatestStatutoryDateOnOrBeforeTheEvaluationDate() {
        EmployerType pub = EmployerType.PUBLIC_AUTHORITY;
        assertEquals(LocalDate.of(2026, 3, 31), PayGapMeasure.defaultSnapshot(LocalDate.of(2026, 9, 30), pub));
        assertEquals(LocalDate.of(2026, 3, 31), PayGapMeasure.defaultSnapshot(LocalDate.of(2026, 3, 31), pub));
        assertEquals(LocalDate.of(2025, 3, 31), PayGapMeasure.defaultSnapshot(LocalDate.of(2026, 3, 30), pub));
        EmployerType other = EmployerType.PRIVATE_OR_VOLUNTARY;
        assertEquals(LocalDate.of(2025, 4, 5), PayGapMeasure.defaultSnapshot(LocalDate.of(2026, 4, 4), other));
        assertEquals(LocalDate.of(2026, 4, 5), PayGapMeasure.defaultSnapshot(LocalDate.of(2026, 4, 5), other));
    }

    @Test
    void suppressionCountsAtTheMinimumAndSaysWomanOrMen() {
        // pay() has 3 men and 3 women: at a minimum of 3 the figure is published, at 4 suppressed (above)
        assertFigure("16.7", 6, "DiffMedianHourlyPercent",
                PayGapMeasure.evaluate(described("median"), "", pay(), SNAPSHOT, 3));
        assertEquals(Optional.of("suppressed: the gap rests on 1 woman, fewer than the minimum group size of 2"),
                PayGapMeasure.evaluate(described("mean"), "", Records.of("M:10", "M:11", "F:9"), SNAPSHOT, 2)
                        .getNote());
        assertEquals(Optional.of("suppressed: the gap rests on 2 men, fewer than the minimum group size of 3"),
                PayGapMeasure.evaluate(described("mean"), "", Records.of("M:10", "M:11", "F:9", "F:8", "F:7"),
                        SNAPSHOT, 3).getNote());
    }

    /**
     * The longest gap an observation records has 50 digits before the point: men 1.00, women 10^48 an hour give
     * (1 - 10^48) / 1 x 100 = 100 - 10^50 (50 digits); women 10^48 + 1 give -10^50 (51 digits), not collected.
     */
    @Test
    void aGapTooLongForAnObservationIsNotCollected() {
        BigDecimal huge = BigDecimal.TEN.pow(48);
        Observation fifty = PayGapMeasure.evaluate(described("mean"), "", List.of(Records.man("m", "1.00"),
                PayRecord.builder().id("w").sex(Sex.FEMALE).hourlyPay(HourlyPay.rate(huge)).bonusPay(BigDecimal.ZERO)
                        .build()), SNAPSHOT, 1);
        assertEquals(Optional.of(new BigDecimal("100").subtract(BigDecimal.TEN.pow(50)).setScale(1)),
                fifty.getValue());
        assertEquals(ObservationStatus.AVAILABLE, fifty.getStatus());
        Observation fiftyOne = PayGapMeasure.evaluate(described("mean"), "", List.of(Records.man("m", "1.00"),
                PayRecord.builder().id("w").sex(Sex.FEMALE).hourlyPay(HourlyPay.rate(huge.add(BigDecimal.ONE)))
                        .bonusPay(BigDecimal.ZERO).build()), SNAPSHOT, 1);
        assertEquals(ObservationStatus.NOT_COLLECTED, fiftyOne.getStatus());
        assertEquals(Optional.of("DiffMeanHourlyPercent has more than 50 digits before the decimal point, more than"
                + " an observation can record"), fiftyOne.getNote());
    }

    /** The overload given the field checks the measure too: the same refusals as the one given the criterion's text. */
    @Test
    void theFieldOverloadRefusesAMeasureThatIsNotAPayGap() {
        assertRefused("not a pay gap measure: count", () -> PayGapMeasure.evaluate(Measure.builder()
                .kind(MeasureKind.COUNT).population(Population.STAFF).build(), GovUkField.DIFF_MEAN_HOURLY_PERCENT,
                pay(), SNAPSHOT, PayGapOptions.defaults(), 1));
        assertRefused("a pay gap is a measure of staff, not of pupils", () -> PayGapMeasure.evaluate(Measure.builder()
                .kind(MeasureKind.PAY_GAP).population(Population.PUPILS).build(), GovUkField.DIFF_MEAN_HOURLY_PERCENT,
                pay(), SNAPSHOT, PayGapOptions.defaults(), 1));
    }
}

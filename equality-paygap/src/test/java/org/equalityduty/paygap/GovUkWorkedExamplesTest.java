package org.equalityduty.paygap;

import static org.equalityduty.paygap.GenderPayGapTest.SNAPSHOT;
import static org.equalityduty.paygap.GenderPayGapTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The worked examples ("Acme Ltd") of the gov.uk guidance "Gender pay gap reporting: make your calculations"
 * (https://www.gov.uk/guidance/gender-pay-gap-reporting-make-your-calculations, the current wording with
 * "Calculation 1" to "Calculation 6"). The stored copy of that page holds only its opening; the examples were read
 * from a verbatim copy of the page's text kept in a public repository. Each example states totals, not a payroll, so
 * each test builds a payroll with exactly the stated counts, sums and middle values, and checks the figures the page
 * gives, at the one decimal place the service takes. Every payroll is shuffled with a fixed seed ({@code Payroll}), so
 * the result cannot depend on the order of the input.
 */
class GovUkWorkedExamplesTest {

    /**
     * A payroll with stated numbers of employees per rate and bonus. Its report is computed from the records shuffled
     * with a fixed seed, so the result cannot depend on the order of the input.
     */
    private static final class Payroll {
        private final List<PayRecord> records = new ArrayList<>();

        Payroll add(int count, Sex sex, String rate, String bonus) {
            for (int i = 0; i < count; i++) {
                records.add(PayRecord.of((sex == Sex.MALE ? "m" : "f") + records.size(), sex, rate, bonus));
            }
            return this;
        }

        GenderPayGapReport report() {
            List<PayRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(15));
            return GenderPayGap.calculate(shuffled, SNAPSHOT);
        }
    }

    private static Payroll payroll() {
        return new Payroll();
    }

    /** Asserts the published text of each figure named, all at once (a failure lists every figure). */
    private static void assertFigures(Map<GovUkField, String> expected, GenderPayGapReport report) {
        Map<GovUkField, String> actual = new EnumMap<>(GovUkField.class);
        for (GovUkField f : expected.keySet()) {
            actual.put(f, value(report, f));
        }
        assertEquals(new EnumMap<>(expected), actual);
    }

    /**
     * Calculation 1, both examples. "Acme Ltd has 4,445 full-pay relevant employees": the quarters hold 1,112 (one
     * left over, added to the lower quarter), 1,111, 1,111 and 1,111, with 187 men and 925 women, 110 and 1,001, 298
     * and 813, 750 and 361, which the page gives as 16.8% / 83.2%, 9.9% / 90.1%, 26.8% / 73.2% and 67.5% / 32.5%.
     * "Distributing men and women with the same hourly pay": 40 employees share one rate, 36 women and 4 men, 10 of
     * them in the lower quarter and 30 in the lower middle; the lower quarter must get 9 women and 1 man, the lower
     * middle 27 women and 3 men. The payroll puts both examples in one: ranks 1-1,102 at 9.00 (186 men, 916 women),
     * ranks 1,103-1,142 the tied 40 at 10.00, then 107 men and 974 women at 11.00 (the rest of the lower middle
     * quarter), 298 men and 813 women at 12.00 and 750 men and 361 women at 13.00. The tied rate crosses the first
     * boundary (rank 1,112), so only the reg 13(2) split gives 187 and 110 men.
     */
    @Test
    void calculation1QuartersWithATiedRateAcrossTheLowerBoundary() {
        GenderPayGapReport report = payroll()
                .add(186, Sex.MALE, "9.00", "0").add(916, Sex.FEMALE, "9.00", "0")
                .add(4, Sex.MALE, "10.00", "0").add(36, Sex.FEMALE, "10.00", "0")
                .add(107, Sex.MALE, "11.00", "0").add(974, Sex.FEMALE, "11.00", "0")
                .add(298, Sex.MALE, "12.00", "0").add(813, Sex.FEMALE, "12.00", "0")
                .add(750, Sex.MALE, "13.00", "0").add(361, Sex.FEMALE, "13.00", "0")
                .report();
        assertEquals(4445, report.getFullPayRelevantMen() + report.getFullPayRelevantWomen());
        assertEquals("187M925F 110M1001F 298M813F 750M361F", GenderPayGapTest.quartiles(report));
        assertFigures(Map.of(
                GovUkField.MALE_LOWER_QUARTILE, "16.8", GovUkField.FEMALE_LOWER_QUARTILE, "83.2",
                GovUkField.MALE_LOWER_MIDDLE_QUARTILE, "9.9", GovUkField.FEMALE_LOWER_MIDDLE_QUARTILE, "90.1",
                GovUkField.MALE_UPPER_MIDDLE_QUARTILE, "26.8", GovUkField.FEMALE_UPPER_MIDDLE_QUARTILE, "73.2",
                GovUkField.MALE_TOP_QUARTILE, "67.5", GovUkField.FEMALE_TOP_QUARTILE, "32.5"), report);
    }

    /**
     * Calculations 2 and 3. "1,345 are men, and 3,100 are women. Men's hourly pay amounts to £23,550 ... Women's
     * hourly pay amounts to £46,900": the page rounds the means to £17.51 and £15.13 and gives 13.59%; unrounded,
     * (23,550 / 1,345 - 46,900 / 3,100) / (23,550 / 1,345) = 13.594...%; both are 13.6 at one place. "The man in the
     * middle of the 1,345 men is number 673. He earns £15 an hour. The women in the middle ... are numbers 1,550 and
     * 1,551. They earn £13 an hour and £15 an hour ... The mean of their hourly pay is £14": (15 - 14) / 15 = 6.67%,
     * 6.7 at one place. The payroll: men 673 at 15.00, 671 at 20.00 and 1 at 35.00 (sum 10,095 + 13,420 + 35 =
     * 23,550; the 673rd is 15.00); women 1,550 at 13.00, 850 at 15.00 and 700 at 20.00 (sum 20,150 + 12,750 +
     * 14,000 = 46,900; the 1,550th is 13.00 and the 1,551st 15.00).
     */
    @Test
    void calculations2And3MeanAndMedianHourlyGaps() {
        GenderPayGapReport report = payroll()
                .add(673, Sex.MALE, "15.00", "0").add(671, Sex.MALE, "20.00", "0").add(1, Sex.MALE, "35.00", "0")
                .add(1550, Sex.FEMALE, "13.00", "0").add(850, Sex.FEMALE, "15.00", "0")
                .add(700, Sex.FEMALE, "20.00", "0")
                .report();
        assertEquals(1345, report.getFullPayRelevantMen());
        assertEquals(3100, report.getFullPayRelevantWomen());
        assertFigures(Map.of(GovUkField.DIFF_MEAN_HOURLY_PERCENT, "13.6", GovUkField.DIFF_MEDIAN_HOURLY_PERCENT, "6.7"),
                report);
    }

    /**
     * Calculations 4 and 5. "Acme Ltd has 4,500 relevant employees. 1,375 are men, and 1,300 of them received bonus
     * pay. 3,125 are women, and 2,000 of them received a bonus ... 94.5% of men and 64.0% of women received a
     * bonus" (1,300 / 1,375 = 94.545...%, half up 94.5). "A mean bonus pay of £1,650 for men, and £1,490 for women
     * ... a 9.7% mean gender pay gap using bonus pay" (160 / 1,650 = 9.69...%). The payroll: the men paid a bonus are
     * paid 1,000 or 2,300 in equal numbers (mean 1,650), the women 1,000 or 1,980 (mean 1,490); the rest are paid 0.
     * The mean divides by the recipients, not by all 1,375 men.
     */
    @Test
    void calculations4And5BonusProportionsAndMeanBonusGap() {
        GenderPayGapReport report = payroll()
                .add(650, Sex.MALE, "10.00", "1000").add(650, Sex.MALE, "10.00", "2300").add(75, Sex.MALE, "10.00", "0")
                .add(1000, Sex.FEMALE, "10.00", "1000").add(1000, Sex.FEMALE, "10.00", "1980")
                .add(1125, Sex.FEMALE, "10.00", "0")
                .report();
        assertEquals(4500, report.getRelevantEmployees());
        assertFigures(Map.of(GovUkField.MALE_BONUS_PERCENT, "94.5", GovUkField.FEMALE_BONUS_PERCENT, "64.0",
                GovUkField.DIFF_MEAN_BONUS_PERCENT, "9.7"), report);
        assertEquals(1300, report.getMaleBonusRecipients());
        assertEquals(2000, report.getFemaleBonusRecipients());
    }

    /**
     * Calculation 6. "A median bonus pay of £2,300 for all relevant employees who are men, and £2,225 for all
     * relevant employees who are women ... a 3.3% median bonus gender pay gap" (75 / 2,300 = 3.26...%, half up 3.3).
     * The payroll: men paid 1,000, 2,300 and 5,000; women 100, 2,225 and 9,000; one man and one woman paid no bonus,
     * who are not in the medians (the page's list is of the men and women "who received bonus pay").
     */
    @Test
    void calculation6MedianBonusGap() {
        GenderPayGapReport report = payroll()
                .add(1, Sex.MALE, "10.00", "1000").add(1, Sex.MALE, "10.00", "2300").add(1, Sex.MALE, "10.00", "5000")
                .add(1, Sex.MALE, "10.00", "0")
                .add(1, Sex.FEMALE, "10.00", "100").add(1, Sex.FEMALE, "10.00", "2225")
                .add(1, Sex.FEMALE, "10.00", "9000").add(1, Sex.FEMALE, "10.00", "0")
                .report();
        assertFigures(Map.of(GovUkField.DIFF_MEDIAN_BONUS_PERCENT, "3.3"), report);
    }

    /**
     * "Positive and negative figures": "A positive percentage shows that women have lower pay or bonuses than men
     * ... A negative percentage shows that men have lower pay or bonuses than women ... A zero percentage shows that
     * there is equal pay". By hand: women 9 and men 10 give (10 - 9) / 10 = 10.0; women 11 give -10.0; equal pay 0.0.
     */
    @Test
    void positiveMeansWomenArePaidLess() {
        assertEquals("10.0", value(GenderPayGap.calculate(Records.of("M:10", "F:9"), SNAPSHOT),
                GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals("-10.0", value(GenderPayGap.calculate(Records.of("M:10", "F:11"), SNAPSHOT),
                GovUkField.DIFF_MEAN_HOURLY_PERCENT));
        assertEquals(0, new BigDecimal("0.0").compareTo(GenderPayGap.calculate(Records.of("M:10", "F:10"), SNAPSHOT)
                .getFigure(GovUkField.DIFF_MEDIAN_HOURLY_PERCENT).getValue().orElseThrow()));
    }
}

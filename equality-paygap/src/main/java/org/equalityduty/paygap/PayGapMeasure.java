package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;

/**
 * Evaluates a plan's {@link MeasureKind#PAY_GAP} measure from payroll records, giving the {@link Observation} that
 * progress tracking judges against the criterion's target: the pay gap counterpart of equality-metrics'
 * {@code MeasureEvaluator}, which evaluates the other kinds from person records. So a criterion such as "reduce the
 * median gender pay gap to 5%" is tracked with the statutory figure, computed by {@link GenderPayGap}
 * (SI 2017/353 Schedule 1) and rounded as published: half up, to one decimal place.
 *
 * <h2>Which figure</h2>
 * A plan's measure has no field for the statistic, so {@link #fieldOf(Measure, String)} reads it from the words: the
 * measure's description if it has one, else the criterion's text. The words must contain {@code median} or
 * {@code mean} (whole words, any case), not both; with the word {@code bonus} the figure is the bonus gap, else the
 * gap in hourly pay. So "reduce the median gender pay gap to 5%" is {@code DiffMedianHourlyPercent} and "halve the
 * mean bonus gap" is {@code DiffMeanBonusPercent}. A caller who knows the figure passes it to
 * {@link #evaluate(Measure, GovUkField, Iterable, LocalDate, PayGapOptions, int)}.
 *
 * <h2>Whose gap, and the sign</h2>
 * Only the statutory gender pay gap is computed: the measure's population must be staff, its focus group absent or
 * the women ({@code sex:female}), its reference absent or the men ({@code sex:male}), its unit absent or percent, and
 * it must have no {@code within} group (the statutory figure is for the whole employer). The gap is the
 * reference's pay minus the focus group's, as a percentage of the reference's: (A - B) / A x 100 with A the men's
 * mean or median and B the women's. A positive gap means women are paid less, so a criterion to "decrease" the gap
 * means narrowing it (docs/domain.md section 4).
 *
 * <h2>Statuses</h2>
 * <ul>
 * <li>The figure: {@link ObservationStatus#AVAILABLE}, dated the snapshot date, with the figure to one decimal place,
 *     the sample size (the full-pay relevant men and women for an hourly gap, the men and women paid a bonus for a
 *     bonus gap), and the note {@code "DiffMedianHourlyPercent, rounded half up to one decimal place"}. No
 *     interval: the figure describes the whole workforce, it is not an estimate.</li>
 * <li>Fewer men or fewer women than the minimum group size (but at least one of each) behind the figure:
 *     {@link ObservationStatus#SUPPRESSED}, no value and no sample size, and a note such as {@code "suppressed: the
 *     gap rests on 3 women, fewer than the minimum group size of 10"}. With a minimum of 1 nothing is suppressed, as
 *     in the statutory publication.</li>
 * <li>A figure the data cannot give (no men, no women, missing hourly pay, an employee listed twice, a gap too long
 *     for an observation): {@link ObservationStatus#NOT_COLLECTED} with the reason.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * A request that cannot be answered whatever the data throws {@link IllegalArgumentException} naming what is wrong,
 * as {@code MeasureEvaluator} does: a measure of another kind, or of another population than staff, a unit other than
 * percent, a focus group other than the women, a reference other than the men, a {@code within} group, words that
 * name neither or both of median and mean, a field that is not a gap, and a minimum group size below 1.
 *
 * <p>All methods are pure functions (the snapshot date is the caller's; no clock is read); this class is
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class PayGapMeasure {
    private static final Pattern MEDIAN = Pattern.compile("\\bmedian\\b");
    private static final Pattern MEAN = Pattern.compile("\\bmean\\b");
    private static final Pattern BONUS = Pattern.compile("\\bbonus(es)?\\b");
    private static final Category FEMALE = Dimensions.SEX.category("female");
    private static final Category MALE = Dimensions.SEX.category("male");
    private static final String SUPPRESSED = "suppressed: ";

    private PayGapMeasure() {
    }

    /**
     * Gets the snapshot date that the pay data of an evaluation date describe: the latest statutory snapshot date
     * (31 March for a public authority, 5 April for other employers) on or before it.
     *
     * @param asOf  the evaluation date, not null
     * @param employerType  the employer's type, not null
     * @return the snapshot date, not null
     * @since 0.2.0
     */
    public static LocalDate defaultSnapshot(LocalDate asOf, EmployerType employerType) {
        Checks.notNull(asOf, "asOf");
        Checks.notNull(employerType, "employerType");
        MonthDay day = employerType.getSnapshot();
        LocalDate same = day.atYear(asOf.getYear());
        return same.isAfter(asOf) ? day.atYear(asOf.getYear() - 1) : same;
    }

    /**
     * Gets which statutory gap a pay gap measure names, read from its description or, if it has none, the
     * criterion's text (see the class description).
     *
     * @param measure  the measure, of kind pay_gap, not null
     * @param criterionText  the criterion's text, read if the measure has no description, not null
     * @return one of the four gap fields, not null
     * @throws IllegalArgumentException if the measure is not a gender pay gap measure, or its words name neither or
     *     both of median and mean
     * @since 0.2.0
     */
    public static GovUkField fieldOf(Measure measure, String criterionText) {
        Checks.notNull(measure, "measure");
        Checks.notNull(criterionText, "criterionText");
        requireGenderPayGap(measure);
        String words = measure.getDescription().orElse(criterionText).toLowerCase(Locale.ROOT);
        boolean median = MEDIAN.matcher(words).find();
        boolean mean = MEAN.matcher(words).find();
        if (median == mean) {
            throw new IllegalArgumentException("the pay gap measure does not say whether it is the median or the mean"
                    + " gap: write 'median' or 'mean' (not both) in its description or the criterion's text");
        }
        boolean bonus = BONUS.matcher(words).find();
        if (bonus) {
            return median ? GovUkField.DIFF_MEDIAN_BONUS_PERCENT : GovUkField.DIFF_MEAN_BONUS_PERCENT;
        }
        return median ? GovUkField.DIFF_MEDIAN_HOURLY_PERCENT : GovUkField.DIFF_MEAN_HOURLY_PERCENT;
    }

    /**
     * Evaluates a pay gap measure for a public authority, the figure named by its words
     * ({@link #fieldOf(Measure, String)}).
     *
     * @param measure  the measure, of kind pay_gap, not null
     * @param criterionText  the criterion's text, read if the measure has no description, not null
     * @param records  the relevant employees' pay records, each employee once, not null; iterated once
     * @param snapshot  the snapshot date, the observation's date, not null
     * @param minimumGroupSize  the fewest men and the fewest women a published figure may rest on, at least 1
     * @return the observation, not null
     * @throws IllegalArgumentException if the measure cannot be evaluated, whatever the data (see the class
     *     description)
     * @since 0.2.0
     */
    public static Observation evaluate(Measure measure, String criterionText, Iterable<PayRecord> records,
            LocalDate snapshot, int minimumGroupSize) {
        return evaluate(measure, fieldOf(measure, criterionText), records, snapshot, PayGapOptions.defaults(),
                minimumGroupSize);
    }

    /**
     * Evaluates a pay gap measure as a given statutory gap.
     *
     * @param measure  the measure, of kind pay_gap, not null
     * @param field  the gap: one of the four fields of {@link GovUkField.Kind#GAP}, not null
     * @param records  the relevant employees' pay records, each employee once, not null; iterated once
     * @param snapshot  the snapshot date, the observation's date, not null
     * @param options  the calculation's options, not null
     * @param minimumGroupSize  the fewest men and the fewest women a published figure may rest on, at least 1
     * @return the observation, not null
     * @throws IllegalArgumentException if the measure cannot be evaluated, whatever the data, or the field is not a
     *     gap (see the class description)
     * @since 0.2.0
     */
    public static Observation evaluate(Measure measure, GovUkField field, Iterable<PayRecord> records,
            LocalDate snapshot, PayGapOptions options, int minimumGroupSize) {
        Checks.notNull(measure, "measure");
        Checks.notNull(field, "field");
        Checks.notNull(records, "records");
        Checks.notNull(snapshot, "snapshot");
        Checks.notNull(options, "options");
        requireGenderPayGap(measure);
        if (field.getKind() != GovUkField.Kind.GAP) {
            throw new IllegalArgumentException("a pay gap measure is one of the four gaps (DiffMeanHourlyPercent,"
                    + " DiffMedianHourlyPercent, DiffMeanBonusPercent, DiffMedianBonusPercent), not "
                    + field.getServiceName());
        }
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("minimumGroupSize must be at least 1: " + minimumGroupSize);
        }
        GenderPayGapReport report;
        try {
            report = GenderPayGap.calculate(records, snapshot, options);
        } catch (InvalidValueException e) {
            return notCollected(snapshot, String.valueOf(e.getMessage()));
        }
        Figure figure = report.getFigure(field);
        Optional<BigDecimal> value = figure.getValue();
        if (value.isEmpty()) {
            return notCollected(snapshot, field.getServiceName() + " not computed: " + figure.getReason());
        }
        boolean bonus = field == GovUkField.DIFF_MEAN_BONUS_PERCENT || field == GovUkField.DIFF_MEDIAN_BONUS_PERCENT;
        long men = bonus ? report.getMaleBonusRecipients() : report.getFullPayRelevantMen();
        long women = bonus ? report.getFemaleBonusRecipients() : report.getFullPayRelevantWomen();
        String who = bonus ? " paid a bonus" : "";
        if (women < minimumGroupSize || men < minimumGroupSize) {
            String few = women < minimumGroupSize ? women + (women == 1 ? " woman" : " women")
                    : men + (men == 1 ? " man" : " men");
            return Observation.builder().date(snapshot).status(ObservationStatus.SUPPRESSED)
                    .note(SUPPRESSED + "the gap rests on " + few + who + ", fewer than the minimum group size of "
                            + minimumGroupSize)
                    .build();
        }
        BigDecimal v = value.get();
        if ((long) v.precision() - v.scale() > Observation.MAX_INTEGER_DIGITS) {
            return notCollected(snapshot, field.getServiceName() + " has more than " + Observation.MAX_INTEGER_DIGITS
                    + " digits before the decimal point, more than an observation can record");
        }
        return Observation.builder().date(snapshot).value(v).sampleSize((int) Math.min(Integer.MAX_VALUE, men + women))
                .note(field.getServiceName() + ", rounded half up to one decimal place").build();
    }

    private static void requireGenderPayGap(Measure measure) {
        if (measure.getKind() != MeasureKind.PAY_GAP) {
            throw new IllegalArgumentException("not a pay gap measure: " + measure.getKind().getCode());
        }
        if (measure.getPopulation() != Population.STAFF) {
            throw new IllegalArgumentException("a pay gap is a measure of staff, not of "
                    + measure.getPopulation().getCode());
        }
        measure.getUnit().ifPresent(u -> {
            if (u != MeasureUnit.PERCENT) {
                throw new IllegalArgumentException("pay_gap is evaluated in percent, but the measure states "
                        + u.getCode());
            }
        });
        if (measure.getWithin().isPresent()) {
            throw new IllegalArgumentException("a pay gap within a group is not computed: the statutory gender pay gap"
                    + " is for the whole employer");
        }
        measure.getFocusGroup().filter(g -> !g.getCategories().equals(List.of(FEMALE))).ifPresent(g -> {
            throw new IllegalArgumentException("only the gender pay gap (focus group sex:female) is computed, not that"
                    + " of " + g);
        });
        boolean menOrNone = measure.getReference().map(r -> r instanceof GroupReference g
                && g.getGroup().getCategories().equals(List.of(MALE))).orElse(true);
        if (!menOrNone) {
            throw new IllegalArgumentException("the gender pay gap compares women with men: the reference must be the"
                    + " men (sex:male) or left out");
        }
    }

    private static Observation notCollected(LocalDate date, String reason) {
        return Observation.builder().date(date).status(ObservationStatus.NOT_COLLECTED).note(reason).build();
    }
}

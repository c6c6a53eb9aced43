package org.equalityduty.examples.progress;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.paygap.Figure;
import org.equalityduty.paygap.GenderPayGap;
import org.equalityduty.paygap.GenderPayGapReport;
import org.equalityduty.paygap.GovUkField;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.Sex;

/**
 * The observation of a {@link MeasureKind#PAY_GAP} measure: the statutory gender pay gap in hourly pay, computed by
 * {@link GenderPayGap} (SI 2017/353 Schedule 1) and rounded as the regulations say: half up, to one decimal place.
 *
 * <p><b>Median or mean.</b> A plan's measure has no field for the statistic, so it is read from the words: the
 * measure's description if it has one, else the criterion's text. It must contain the word {@code median} or the
 * word {@code mean} (any case), not both: "reduce the median gender pay gap to 5%" is the median hourly gap
 * ({@code DiffMedianHourlyPercent}). A measure that names neither, or both, is not computed, and says why.
 *
 * <p><b>Whose gap.</b> Only the gender pay gap is computed: the measure's focus group must be absent or the women
 * ({@code sex:female}), its reference absent or the men ({@code sex:male}), and it must have no {@code within}
 * group (the statutory figure is for the whole employer).
 * A positive gap means women are paid less.
 *
 * <p><b>Date.</b> The observation is dated the snapshot date, the date the pay data describe; by default the latest
 * 31 March (the public sector snapshot) on or before the evaluation date.
 *
 * @since 0.2.0
 */
public final class PayGapObservation {
    private PayGapObservation() {
    }

    /**
     * The default snapshot date for an evaluation date: the latest 31 March on or before it.
     *
     * @param asOf  the evaluation date, not null
     * @return the snapshot date, not null
     * @since 0.2.0
     */
    public static LocalDate defaultSnapshot(LocalDate asOf) {
        LocalDate march = LocalDate.of(asOf.getYear(), Month.MARCH, 31);
        return march.isAfter(asOf) ? march.minusYears(1) : march;
    }

    /**
     * The payroll records of staff rows: each row's hourly pay as the hourly rate; rows with no hourly pay are left
     * out of the hourly figures (as the pay gap module treats a record without hourly pay); a row with no
     * recorded sex is counted as not recorded.
     *
     * @param staff  the staff rows, not null
     * @return the records, not null; empty if no row has an hourly pay
     * @since 0.2.0
     */
    public static List<PayRecord> fromStaff(List<StaffRow> staff) {
        Category female = Dimensions.SEX.category("female");
        Category male = Dimensions.SEX.category("male");
        List<PayRecord> records = new ArrayList<>();
        for (StaffRow s : staff) {
            if (s.getHourlyPay().isEmpty()) {
                continue;
            }
            Sex sex = s.getSex().map(c -> c.equals(female) ? Sex.FEMALE : c.equals(male) ? Sex.MALE
                    : Sex.NOT_RECORDED).orElse(Sex.NOT_RECORDED);
            records.add(PayRecord.of(s.getStaffId(), sex, s.getHourlyPay().get().toPlainString(), "0"));
        }
        return records;
    }

    /**
     * Which hourly figure a pay gap measure names, or why it names none.
     *
     * @param measure  the measure, not null
     * @param criterionText  the criterion's text, not null
     * @return the field, or a reason (exactly one is present)
     */
    static Choice choose(Measure measure, String criterionText) {
        String words = measure.getDescription().orElse(criterionText).toLowerCase(Locale.ROOT);
        boolean median = words.matches("(?s).*\\bmedian\\b.*");
        boolean mean = words.matches("(?s).*\\bmean\\b.*");
        if (median == mean) {
            return new Choice(null, "the pay gap measure does not say whether it is the median or the mean gap:"
                    + " write 'median' or 'mean' (not both) in its description or the criterion's text");
        }
        if (measure.getWithin().isPresent()) {
            return new Choice(null, "a pay gap within a group is not computed: the statutory gender pay gap is for"
                    + " the whole employer");
        }
        Optional<String> notWomen = measure.getFocusGroup().filter(g -> !g.getCategories()
                .equals(List.of(Dimensions.SEX.category("female")))).map(g -> "only the gender pay gap (focus group"
                        + " sex:female) is computed, not that of " + g);
        if (notWomen.isPresent()) {
            return new Choice(null, notWomen.get());
        }
        boolean menOrNone = measure.getReference().map(r -> r instanceof GroupReference g
                && g.getGroup().getCategories().equals(List.of(Dimensions.SEX.category("male")))).orElse(true);
        if (!menOrNone) {
            return new Choice(null, "the gender pay gap compares women with men: the reference must be the men"
                    + " (sex:male) or left out");
        }
        return new Choice(median ? GovUkField.DIFF_MEDIAN_HOURLY_PERCENT : GovUkField.DIFF_MEAN_HOURLY_PERCENT, null);
    }

    /** The chosen field, or the reason none was chosen. */
    record Choice(GovUkField field, String reason) {
    }

    /**
     * Computes the observation of a pay gap measure.
     *
     * @param measure  the measure, of kind {@link MeasureKind#PAY_GAP}, not null
     * @param criterionText  the criterion's text (read for "median" or "mean" if the measure has no description)
     * @param records  the payroll records, not null
     * @param snapshot  the snapshot date, the observation's date, not null
     * @return the observation: available with the figure, or not collected with the reason; not null
     * @since 0.2.0
     */
    public static Observation observe(Measure measure, String criterionText, List<PayRecord> records,
            LocalDate snapshot) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(criterionText, "criterionText");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(snapshot, "snapshot");
        if (measure.getKind() != MeasureKind.PAY_GAP) {
            throw new IllegalArgumentException("not a pay gap measure: " + measure.getKind().getCode());
        }
        Choice choice = choose(measure, criterionText);
        if (choice.field() == null) {
            return notCollected(snapshot, choice.reason());
        }
        if (records.isEmpty()) {
            return notCollected(snapshot, "no hourly pay: give a staff file with hourly_pay or a payroll file");
        }
        GenderPayGapReport report;
        try {
            report = GenderPayGap.calculate(records, snapshot);
        } catch (InvalidValueException e) {
            return notCollected(snapshot, e.getMessage());
        }
        Figure figure = report.getFigure(choice.field());
        if (figure.getValue().isEmpty()) {
            return notCollected(snapshot, choice.field().getServiceName() + " not computed: " + figure.getReason());
        }
        long people = report.getFullPayRelevantMen() + report.getFullPayRelevantWomen();
        return Observation.builder().date(snapshot).value(figure.getValue().get())
                .sampleSize((int) Math.min(Integer.MAX_VALUE, people))
                .note(choice.field().getServiceName() + ", rounded half up to one decimal place").build();
    }

    private static Observation notCollected(LocalDate date, String reason) {
        return Observation.builder().date(date).status(ObservationStatus.NOT_COLLECTED).note(reason).build();
    }
}

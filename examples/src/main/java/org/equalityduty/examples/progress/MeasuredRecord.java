package org.equalityduty.examples.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.examples.report.ReportBuilder;
import org.equalityduty.imports.ApplicantRow;
import org.equalityduty.imports.PupilRow;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.measures.EvaluationOptions;
import org.equalityduty.metrics.measures.MeasureEvaluator;
import org.equalityduty.paygap.PayGapMeasure;
import org.equalityduty.paygap.PayRecord;

/**
 * A progress record computed from a trust's own data: one observation for each criterion with a measure (a
 * quantitative criterion, or a qualitative one with a measure), from the records of the measure's population.
 * This is the only class of the progress command that uses equality-metrics.
 *
 * <p><b>Dates.</b> The files carry no date, so a measure computed from pupils, staff or applicants is dated the
 * evaluation date ({@code --as-of}): the records are taken as those of the academic year (1 September to 31 August)
 * that contains it, which decides, for example, whether DfE published Progress 8 for that year. A pay gap is dated
 * its snapshot date, the date the pay data describe, and evaluated by {@link PayGapMeasure} (equality-paygap).
 *
 * <p><b>Suppression.</b> Measures are evaluated with a minimum group size of
 * {@link ReportBuilder#PUBLICATION_MINIMUM}, the threshold of the equality report: a group (or a non-zero count)
 * from 1 to {@code PUBLICATION_MINIMUM - 1} people gives a suppressed observation with no value; a pay gap resting
 * on fewer men or fewer women than that is suppressed too.
 *
 * <p>A criterion whose population has no data file, or whose measure cannot be computed from records (a rate that
 * names no event, parents and community), gets an observation with status not collected and a note saying why.
 *
 * @since 0.2.0
 */
public final class MeasuredRecord {
    private static final EvaluationOptions OPTIONS = EvaluationOptions.defaults()
            .withMetricOptions(MetricOptions.defaults().withMinimumGroupSize(ReportBuilder.PUBLICATION_MINIMUM));

    /**
     * The data read for the command; a population whose file was not given is empty.
     *
     * @param pupils  the pupils, if a pupils file was given
     * @param staff  the staff, if a staff file was given
     * @param applicants  the applicants, if an applicants file was given
     * @param payroll  the payroll records for pay gaps (from a payroll file, or the staff file's hourly pay)
     * @param payrollSource  where the payroll records come from, for notes, not null
     * @param snapshot  the pay gap snapshot date, not null
     */
    public record Data(Optional<List<PupilRow>> pupils, Optional<List<StaffRow>> staff,
            Optional<List<ApplicantRow>> applicants, Optional<List<PayRecord>> payroll, String payrollSource,
            LocalDate snapshot) {
        /**
         * Checks the components.
         *
         * @param pupils  the pupils
         * @param staff  the staff
         * @param applicants  the applicants
         * @param payroll  the payroll
         * @param payrollSource  the payroll's source
         * @param snapshot  the snapshot date
         */
        public Data {
            Objects.requireNonNull(pupils, "pupils");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(applicants, "applicants");
            Objects.requireNonNull(payroll, "payroll");
            Objects.requireNonNull(payrollSource, "payrollSource");
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    private MeasuredRecord() {
    }

    /**
     * Computes the record.
     *
     * @param plan  the plan, not null
     * @param data  the data, not null
     * @param asOf  the evaluation date, the date of every observation but pay gaps, not null
     * @return the record, with one series per criterion with a measure, in plan order; not null
     * @since 0.2.0
     */
    public static ProgressRecord build(EqualityPlan plan, Data data, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(asOf, "asOf");
        List<ObservationSeries> series = new ArrayList<>();
        plan.forEachCriterion((path, criterion) -> {
            Optional<Measure> measure = Optional.empty();
            if (criterion instanceof QuantitativeTarget q) {
                measure = Optional.of(q.getMeasure());
            } else if (criterion instanceof QualitativeCriterion q) {
                measure = q.getMeasure();
            }
            measure.ifPresent(m -> series.add(ObservationSeries.of(criterion.getId(),
                    List.of(observe(m, criterion.getText(), data, asOf)))));
        });
        return ProgressRecord.builder().asOf(asOf).addAllSeries(series).build();
    }

    /**
     * Computes one measure's observation.
     *
     * @param measure  the measure, not null
     * @param text  the criterion's text, not null
     * @param data  the data, not null
     * @param asOf  the evaluation date, not null
     * @return the observation, not null
     */
    static Observation observe(Measure measure, String text, Data data, LocalDate asOf) {
        if (measure.getKind() == MeasureKind.PAY_GAP) {
            if (data.payroll().isEmpty()) {
                return notCollected(data.snapshot(), "no pay data: give --payroll, or --staff with hourly_pay");
            }
            if (data.payroll().get().isEmpty()) {
                return notCollected(data.snapshot(), "no hourly pay: give a staff file with hourly_pay or a payroll"
                        + " file");
            }
            try {
                return PayGapMeasure.evaluate(measure, text, data.payroll().get(), data.snapshot(),
                        ReportBuilder.PUBLICATION_MINIMUM);
            } catch (IllegalArgumentException e) {
                return notCollected(data.snapshot(), String.valueOf(e.getMessage()));
            }
        }
        try {
            return switch (measure.getPopulation()) {
                case PUPILS -> data.pupils().map(rows -> MeasureEvaluator.evaluate(measure, rows, PupilRow.view(),
                        asOf, OPTIONS).getObservation()).orElseGet(() -> notCollected(asOf, "no pupils file given"));
                case STAFF -> data.staff().map(rows -> MeasureEvaluator.evaluate(measure, rows, StaffRow.view(),
                        asOf, OPTIONS).getObservation()).orElseGet(() -> notCollected(asOf, "no staff file given"));
                case JOB_APPLICANTS -> data.applicants().map(rows -> MeasureEvaluator.evaluate(measure, rows,
                        ApplicantRow.view(), asOf, OPTIONS).getObservation())
                        .orElseGet(() -> notCollected(asOf, "no applicants file given"));
                case PARENTS_AND_COMMUNITY -> notCollected(asOf, "parents and community are not in the data files");
                case GOVERNORS -> notCollected(asOf, "governors and trustees are not in the data files");
                case VOLUNTEERS -> notCollected(asOf, "volunteers are not in the data files");
            };
        } catch (IllegalArgumentException e) {
            return notCollected(asOf, "cannot be computed from the data files: " + e.getMessage());
        }
    }

    private static Observation notCollected(LocalDate date, String reason) {
        return Observation.builder().date(date).status(ObservationStatus.NOT_COLLECTED).note(reason).build();
    }
}

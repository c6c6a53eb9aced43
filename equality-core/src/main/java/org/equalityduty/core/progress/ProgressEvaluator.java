package org.equalityduty.core.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.PlacedCriterion;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a plan's success criteria against a progress record as of a date, giving the annual progress report.
 *
 * <h2>Quantitative criteria</h2>
 * <p>The <b>baseline</b> is the plan's; if the plan states none, the earliest available observation serves,
 * and the target's explanation says so. The <b>target</b> is resolved in the measure's unit with
 * {@link MathContext#DECIMAL64}: a level {@code v} is {@code v}; a change or percentage-point change {@code v}
 * gives {@code baseline +/- v}; a relative change {@code v} gives {@code baseline x (1 +/- v/100)}; a change
 * "by v%" as stated is relative on counts, scores and indices, and read per
 * {@link ProgressOptions#getPercentAsStated()} on percentages and unknown units. The sign comes from the
 * direction; for {@link Direction#MAINTAIN} a change target resolves to the baseline. A value <b>meets</b> the
 * target when it is at least the target (increase), at most the target (decrease), or not worse than it
 * (maintain: for gaps not above it, otherwise not below it).
 *
 * <p>The status, in order of precedence: {@link CriterionStatus#NO_DATA} with no available observation as of
 * the date (saying why if the latest observation is missing); {@link CriterionStatus#NOT_MEASURABLE} with no
 * numeric target (reporting whether the latest value moved in the stated direction);
 * {@link CriterionStatus#INCONCLUSIVE} when the latest value's interval includes the target;
 * {@link CriterionStatus#ACHIEVED} when the latest value meets the target; {@link CriterionStatus#OFF_TRACK}
 * when the deadline has passed; otherwise, with fewer than two dated points, {@link CriterionStatus#NOT_YET_DUE};
 * with a deadline, {@link CriterionStatus#ON_TRACK} if the least-squares trend projected to the deadline meets the
 * target, else {@link CriterionStatus#OFF_TRACK}; with no deadline, on track if the trend's slope moves in the
 * stated direction, else off track.
 *
 * <p>The trend is the least-squares line through the dated points (the plan's baseline if it is dated, then the
 * available observations after it), with x the date in days. It is computed exactly and its value at the
 * deadline is rounded once, half-up, to 4 decimal places.
 *
 * <h2>Milestones and qualitative criteria</h2>
 * <p>A milestone is {@link CriterionStatus#DONE} if the record completes it on or before the date,
 * {@link CriterionStatus#OVERDUE} if not and its due date has passed, else {@link CriterionStatus#NOT_YET_DUE}.
 * A qualitative criterion is {@link CriterionStatus#EVIDENCE_RECORDED} or {@link CriterionStatus#NO_EVIDENCE};
 * a measure tied to it is evaluated as above (increase, or decrease for gaps, with no plan baseline) and its
 * status reported beside.
 *
 * <p>Record entries dated after the evaluation date are ignored. Evaluation does not throw on a well-formed plan
 * and record: missing data are statuses, and record entries for unknown criteria are listed in the report.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgressEvaluator {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int PROJECTION_SCALE = 4;

    private ProgressEvaluator() {
    }

    /**
     * Evaluates every success criterion of a plan as of a date.
     *
     * @param plan  the plan, not null
     * @param record  the record of observations, completed milestones and evidence, not null
     * @param asOf  the date to evaluate as of; record entries dated later are ignored, not null
     * @param options  the options, not null
     * @return the report, with one entry per criterion in plan order, not null
     * @since 0.1.0
     */
    public static ProgressReport evaluate(EqualityPlan plan, ProgressRecord record, LocalDate asOf,
            ProgressOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");

        Set<String> planIds = new HashSet<>();
        plan.forEachCriterion((path, criterion) -> planIds.add(criterion.getId()));

        List<String> unmatched = new ArrayList<>();
        Map<String, ObservationSeries> seriesById = new HashMap<>();
        for (ObservationSeries series : record.getSeries()) {
            String id = series.getCriterionId();
            if (!planIds.contains(id)) {
                unmatched.add("series '" + id + "'");
            } else if (seriesById.putIfAbsent(id, series) != null) {
                unmatched.add("series '" + id + "' (a second series for the criterion)");
            }
        }
        for (String id : new TreeSet<>(record.getMilestonesCompleted().keySet())) {
            if (!planIds.contains(id)) {
                unmatched.add("milestonesCompleted '" + id + "'");
            }
        }
        for (String id : new TreeSet<>(record.getEvidence().keySet())) {
            if (!planIds.contains(id)) {
                unmatched.add("evidence '" + id + "'");
            }
        }

        Context context = new Context(record, seriesById, asOf, options);
        List<CriterionProgress> entries = new ArrayList<>();
        for (PlacedCriterion placed : plan.criteria()) {
            entries.add(context.evaluate(placed.getObjective().getId(), placed.getPath(), placed.getCriterion(),
                    placed.getFallbackDeadline()));
        }
        return ProgressReport.builder()
                .organisationName(plan.getOrganisation().getName())
                .period(plan.getPeriod())
                .asOf(asOf)
                .addAllCriteria(entries)
                .addAllUnmatchedRecordEntries(unmatched)
                .build();
    }

    /** The evaluation of one criterion's figures. */
    private static final class Outcome {
        final CriterionStatus status;
        final String explanation;
        Optional<ResolvedTarget> target = Optional.empty();
        Optional<BigDecimal> fraction = Optional.empty();
        Optional<BigDecimal> projection = Optional.empty();
        Optional<BigDecimal> latestValue = Optional.empty();
        Optional<LocalDate> latestDate = Optional.empty();

        Outcome(CriterionStatus status, String explanation) {
            this.status = status;
            this.explanation = explanation;
        }
    }

    /** What every criterion of one evaluation shares. */
    private static final class Context {
        private final ProgressRecord record;
        private final Map<String, ObservationSeries> seriesById;
        private final LocalDate asOf;
        private final ProgressOptions options;

        Context(ProgressRecord record, Map<String, ObservationSeries> seriesById, LocalDate asOf,
                ProgressOptions options) {
            this.record = record;
            this.seriesById = seriesById;
            this.asOf = asOf;
            this.options = options;
        }

        CriterionProgress evaluate(String objectiveId, String path, SuccessCriterion criterion,
                Optional<LocalDate> fallbackDeadline) {
            CriterionProgress.Builder builder = CriterionProgress.builder()
                    .objectiveId(objectiveId)
                    .criterionId(criterion.getId())
                    .path(path);
            return criterion.accept(new SuccessCriterion.Visitor<CriterionProgress>() {
                @Override
                public CriterionProgress quantitative(QuantitativeTarget q) {
                    Optional<LocalDate> deadline = q.getDeadline().or(() -> fallbackDeadline);
                    Outcome outcome = measure(q.getMeasure(), q.getBaseline(), q.getDirection(), q.getTarget(),
                            deadline, observations(q.getId()), asOf, options);
                    return fill(builder.kind(CriterionKind.QUANTITATIVE), outcome)
                            .status(outcome.status)
                            .explanation(outcome.explanation)
                            .deadline(deadline)
                            .build();
                }

                @Override
                public CriterionProgress milestone(Milestone m) {
                    Optional<LocalDate> due = m.getDue().or(() -> fallbackDeadline);
                    LocalDate completed = record.getMilestonesCompleted().get(m.getId());
                    CriterionStatus status;
                    String explanation;
                    if (completed != null && !completed.isAfter(asOf)) {
                        status = CriterionStatus.DONE;
                        explanation = "completed on " + completed
                                + (due.isPresent() && completed.isAfter(due.get())
                                        ? ", after the due date " + due.get() : "");
                    } else if (due.isPresent() && asOf.isAfter(due.get())) {
                        status = CriterionStatus.OVERDUE;
                        explanation = "due " + due.get() + " and not recorded as completed";
                    } else {
                        status = CriterionStatus.NOT_YET_DUE;
                        explanation = due.map(d -> "due " + d + ", not yet recorded as completed")
                                .orElse("no due date, not yet recorded as completed");
                    }
                    return builder.kind(CriterionKind.MILESTONE)
                            .status(status)
                            .explanation(explanation)
                            .deadline(due)
                            .build();
                }

                @Override
                public CriterionProgress qualitative(QualitativeCriterion q) {
                    boolean recorded = record.getEvidence().containsKey(q.getId());
                    String explanation = recorded ? "evidence recorded" : "no evidence recorded";
                    builder.kind(CriterionKind.QUALITATIVE)
                            .status(recorded ? CriterionStatus.EVIDENCE_RECORDED : CriterionStatus.NO_EVIDENCE)
                            .deadline(fallbackDeadline);
                    if (q.getMeasure().isPresent()) {
                        Measure measure = q.getMeasure().get();
                        Direction direction = measure.getKind().isGap() ? Direction.DECREASE : Direction.INCREASE;
                        Outcome outcome = measure(measure, Optional.empty(), direction, q.getTarget(),
                                fallbackDeadline, observations(q.getId()), asOf, options);
                        fill(builder, outcome).measureStatus(outcome.status);
                        explanation += "; tied measure (" + direction.getCode() + ") "
                                + outcome.status.getCode() + ": " + outcome.explanation;
                    }
                    return builder.explanation(explanation).build();
                }
            });
        }

        private List<Observation> observations(String criterionId) {
            ObservationSeries series = seriesById.get(criterionId);
            return series == null ? List.of() : series.getObservations();
        }

        private static CriterionProgress.Builder fill(CriterionProgress.Builder builder, Outcome outcome) {
            builder.target(outcome.target)
                    .fraction(outcome.fraction)
                    .projection(outcome.projection)
                    .latestValue(outcome.latestValue)
                    .latestDate(outcome.latestDate);
            return builder;
        }
    }

    /** One dated value for the trend, x in days from the first point. */
    private static final class Point {
        final LocalDate date;
        final BigDecimal value;

        Point(LocalDate date, BigDecimal value) {
            this.date = date;
            this.value = value;
        }
    }

    private static Outcome measure(Measure measure, Optional<Baseline> planBaseline, Direction direction,
            Optional<Target> target, Optional<LocalDate> deadline, List<Observation> all, LocalDate asOf,
            ProgressOptions options) {
        List<Observation> available = new ArrayList<>();
        Observation lastSeen = null;
        for (Observation observation : all) {
            if (observation.getDate().isAfter(asOf)) {
                continue;
            }
            lastSeen = observation;
            if (observation.getStatus() == ObservationStatus.AVAILABLE) {
                available.add(observation);
            }
        }
        String missing = lastSeen != null && lastSeen.getStatus() != ObservationStatus.AVAILABLE
                ? describe(lastSeen.getStatus()) + " for " + lastSeen.getDate() : null;

        @Nullable BigDecimal planOrEarliest = null;
        @Nullable LocalDate baseDate = null;
        boolean fromObservations = false;
        if (planBaseline.isPresent()) {
            planOrEarliest = planBaseline.get().getValue();
            baseDate = planBaseline.get().getDate().orElse(null);
        } else if (!available.isEmpty()) {
            planOrEarliest = available.get(0).getValue().orElseThrow();
            baseDate = available.get(0).getDate();
            fromObservations = true;
        }

        Optional<ResolvedTarget> resolved = target.isPresent()
                ? resolve(target.get(), measure, direction, planOrEarliest, baseDate, fromObservations, options)
                : Optional.empty();

        if (available.isEmpty()) {
            Outcome outcome = new Outcome(CriterionStatus.NO_DATA, missing != null
                    ? "no value available: " + missing
                    : "no value available as of " + asOf);
            outcome.target = resolved;
            return outcome;
        }
        // With a value available there is always a starting value: the plan's baseline or the earliest value.
        BigDecimal base = Objects.requireNonNull(planOrEarliest, "base");

        Observation latest = available.get(available.size() - 1);
        BigDecimal latestValue = latest.getValue().orElseThrow();
        String latestText = "latest value " + latestValue.toPlainString() + " on " + latest.getDate();
        String note = missing != null ? "; the value is " + missing : "";
        boolean gap = measure.getKind().isGap();

        if (resolved.isEmpty()) {
            String movement;
            if (fromObservations && available.size() == 1) {
                movement = latestText + " is the only value, so there is no movement to judge";
            } else {
                int cmp = latestValue.compareTo(base);
                String baseWord = (fromObservations ? "the earliest value " : "the baseline ") + base.toPlainString();
                if (cmp == 0) {
                    movement = latestText + " is unchanged from " + baseWord;
                } else {
                    movement = latestText + (cmp > 0 ? " is up from " : " is down from ") + baseWord;
                }
                boolean inDirection = direction.isMet(latestValue, base, gap) && (cmp != 0 || direction == Direction.MAINTAIN);
                movement += inDirection
                        ? ", in the stated direction (" + direction.getCode() + ")"
                        : ", not in the stated direction (" + direction.getCode() + ")";
            }
            Outcome outcome = new Outcome(CriterionStatus.NOT_MEASURABLE, "no numeric target; " + movement + note);
            outcome.latestValue = Optional.of(latestValue);
            outcome.latestDate = Optional.of(latest.getDate());
            return outcome;
        }

        BigDecimal goal = resolved.get().getValue();
        String goalText = goal.toPlainString();
        BigDecimal denominator = goal.subtract(base, MC);
        Optional<BigDecimal> fraction = denominator.signum() == 0
                ? Optional.empty()
                : Optional.of(normalise(latestValue.subtract(base, MC).divide(denominator, MC)));

        List<Point> points = new ArrayList<>();
        if (baseDate != null && !fromObservations) {
            points.add(new Point(baseDate, base));
        }
        for (Observation observation : available) {
            if (baseDate == null || fromObservations || observation.getDate().isAfter(baseDate)) {
                points.add(new Point(observation.getDate(), observation.getValue().orElseThrow()));
            }
        }
        Optional<BigDecimal> projection = deadline.isPresent() && points.size() >= 2
                ? Optional.of(project(points, deadline.get()))
                : Optional.empty();

        CriterionStatus status;
        String explanation;
        Optional<BigDecimal> lower = latest.getLower();
        Optional<BigDecimal> upper = latest.getUpper();
        if (lower.isPresent() && upper.isPresent()
                && lower.get().compareTo(goal) <= 0 && goal.compareTo(upper.get()) <= 0) {
            status = CriterionStatus.INCONCLUSIVE;
            explanation = latestText + " has the interval [" + lower.get().toPlainString() + ", "
                    + upper.get().toPlainString() + "], which includes the target " + goalText;
        } else if (direction.isMet(latestValue, goal, gap)) {
            status = CriterionStatus.ACHIEVED;
            explanation = latestText + " meets the target " + goalText;
        } else if (deadline.isPresent() && asOf.isAfter(deadline.get())) {
            status = CriterionStatus.OFF_TRACK;
            explanation = latestText + " does not meet the target " + goalText + " and the deadline "
                    + deadline.get() + " has passed";
        } else if (points.size() < 2) {
            status = CriterionStatus.NOT_YET_DUE;
            explanation = latestText + " does not yet meet the target " + goalText + "; " + points.size()
                    + " dated point" + (points.size() == 1 ? " is" : "s are") + " too few to show a trend";
        } else if (deadline.isPresent()) {
            BigDecimal projected = projection.orElseThrow();
            boolean onTrack = direction.isMet(projected, goal, gap);
            status = onTrack ? CriterionStatus.ON_TRACK : CriterionStatus.OFF_TRACK;
            explanation = latestText + " does not yet meet the target " + goalText + "; the trend projects "
                    + projected.toPlainString() + " by the deadline " + deadline.get()
                    + (onTrack ? ", which meets it" : ", which falls short of it");
        } else {
            int slope = slopeSign(points);
            boolean onTrack = direction == Direction.INCREASE ? slope > 0
                    : direction == Direction.DECREASE ? slope < 0
                    : gap ? slope <= 0 : slope >= 0;
            status = onTrack ? CriterionStatus.ON_TRACK : CriterionStatus.OFF_TRACK;
            explanation = latestText + " does not yet meet the target " + goalText
                    + "; there is no deadline and the trend is "
                    + (slope > 0 ? "rising" : slope < 0 ? "falling" : "flat")
                    + (onTrack ? ", in" : ", not in") + " the stated direction (" + direction.getCode() + ")";
        }
        Outcome outcome = new Outcome(status, explanation + note);
        outcome.target = resolved;
        outcome.fraction = fraction;
        outcome.projection = projection;
        outcome.latestValue = Optional.of(latestValue);
        outcome.latestDate = Optional.of(latest.getDate());
        return outcome;
    }

    private static String describe(ObservationStatus status) {
        switch (status) {
            case NOT_PUBLISHED:
                return "not published";
            case SUPPRESSED:
                return "suppressed";
            case NOT_COLLECTED:
                return "not collected";
            default:
                return "available";
        }
    }

    private static Optional<ResolvedTarget> resolve(Target target, Measure measure, Direction direction,
            @Nullable BigDecimal base, @Nullable LocalDate baseDate, boolean fromObservations, ProgressOptions options) {
        BigDecimal v = target.getValue();
        String stated = v.toPlainString();
        ResolvedTarget.Builder builder = ResolvedTarget.builder().baselineFromObservations(fromObservations);
        if (base != null) {
            builder.baseline(base);
        }
        if (target.getKind() == TargetKind.LEVEL) {
            return Optional.of(builder.value(v).explanation("level " + stated + " as stated").build());
        }
        if (base == null) {
            return Optional.empty();
        }
        String prefix = fromObservations
                ? "the plan states no baseline, so the earliest value " + base.toPlainString() + " on " + baseDate
                        + " serves as baseline; "
                : "";
        String baseText = (measure.getKind().isGap() ? "the baseline gap " : "the baseline ") + base.toPlainString();
        int sign = direction == Direction.INCREASE ? 1 : direction == Direction.DECREASE ? -1 : 0;
        String way = sign > 0 ? " up" : " down";

        // The sign comes from the direction; for maintain the change resolves to the baseline, so both readings are
        // computed as for an increase and the maintain case is replaced below.
        Direction way2 = sign >= 0 ? Direction.INCREASE : Direction.DECREASE;
        Optional<BigDecimal> b = Optional.of(base);
        BigDecimal absolute = normalise(target.readAs(TargetKind.PERCENTAGE_POINTS).resolve(b, way2, MC).orElseThrow());
        Target relativeTarget = target.readAs(TargetKind.RELATIVE_PERCENT);
        BigDecimal delta = normalise(relativeTarget.sizeOfChange(base, MC));
        BigDecimal relative = normalise(relativeTarget.resolve(b, way2, MC).orElseThrow());
        String relativeText = stated + "% of " + baseText + " is " + delta.toPlainString() + ", so the target is "
                + relative.toPlainString();

        BigDecimal value;
        String explanation;
        Reading reading = null;
        switch (target.getKind()) {
            case CHANGE:
                value = absolute;
                explanation = "a change of " + stated + way + " from " + baseText + " gives the target "
                        + absolute.toPlainString();
                break;
            case PERCENTAGE_POINTS:
                value = absolute;
                explanation = stated + " percentage points" + way + " from " + baseText + " gives the target "
                        + absolute.toPlainString();
                break;
            case RELATIVE_PERCENT:
                value = relative;
                explanation = relativeText;
                break;
            default:
                Optional<MeasureUnit> unit = measure.effectiveUnit();
                if (measure.percentAsStatedReading().isPresent()) {
                    reading = Reading.RELATIVE;
                    value = relative;
                    explanation = stated + "% as stated, read as a relative change because the unit is "
                            + unit.map(MeasureUnit::getCode).orElse("unknown") + ": " + relativeText;
                } else {
                    reading = options.getPercentAsStated();
                    String why = " (the unit is " + unit.map(MeasureUnit::getCode).orElse("unknown")
                            + ", so the reading is the option percentAsStated=" + reading.getCode() + ")";
                    if (reading == Reading.RELATIVE) {
                        value = relative;
                        explanation = stated + "% as stated, read as a relative change" + why + ": " + relativeText
                                + "; read as " + stated + " percentage points the target would be "
                                + absolute.toPlainString();
                    } else {
                        value = absolute;
                        explanation = stated + "% as stated, read as " + stated + " percentage points" + why + ": "
                                + stated + " percentage points" + way + " from " + baseText + " gives the target "
                                + absolute.toPlainString() + "; read as a relative change the target would be "
                                + relative.toPlainString();
                    }
                }
                break;
        }
        if (sign == 0) {
            value = base;
            explanation = "the direction is maintain, so the target is " + baseText;
        }
        if (reading != null) {
            builder.reading(reading);
        }
        return Optional.of(builder.value(value).explanation(prefix + explanation).build());
    }

    /**
     * Projects the least-squares line through the points to a date, exactly, rounded once half-up to 4 places.
     * With x in days from the first point, n points, Sx, Sy, Sxx, Sxy the sums, N = n Sxy - Sx Sy and
     * D = n Sxx - Sx^2, the value at x0 is (Sy D + N (n x0 - Sx)) / (n D).
     */
    private static BigDecimal project(List<Point> points, LocalDate at) {
        long origin = points.get(0).date.toEpochDay();
        BigDecimal[] sums = sums(points, origin);
        BigDecimal n = BigDecimal.valueOf(points.size());
        BigDecimal x0 = BigDecimal.valueOf(at.toEpochDay() - origin);
        BigDecimal numerator = sums[1].multiply(sums[4]).add(sums[5].multiply(n.multiply(x0).subtract(sums[0])));
        return numerator.divide(n.multiply(sums[4]), PROJECTION_SCALE, RoundingMode.HALF_UP);
    }

    private static int slopeSign(List<Point> points) {
        return sums(points, points.get(0).date.toEpochDay())[5].signum();
    }

    /** Sx, Sy, Sxx, Sxy, D, N, all exact. */
    private static BigDecimal[] sums(List<Point> points, long origin) {
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        for (Point p : points) {
            BigDecimal x = BigDecimal.valueOf(p.date.toEpochDay() - origin);
            sx = sx.add(x);
            sy = sy.add(p.value);
            sxx = sxx.add(x.multiply(x));
            sxy = sxy.add(x.multiply(p.value));
        }
        BigDecimal n = BigDecimal.valueOf(points.size());
        BigDecimal d = n.multiply(sxx).subtract(sx.multiply(sx));
        BigDecimal slopeNumerator = n.multiply(sxy).subtract(sx.multiply(sy));
        return new BigDecimal[] {sx, sy, sxx, sxy, d, slopeNumerator};
    }

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

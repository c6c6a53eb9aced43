package org.equalityduty.metrics.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.metrics.accumulators.GapIndex;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.functions.Representation;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapIndexResult;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.ShareResult;
import org.jspecify.annotations.Nullable;

/**
 * Computes a core {@link Measure} from person-level records, giving an {@link Observation}: the value in the measure's
 * unit, its confidence interval, the number of people it rests on, and a status and note.
 *
 * <h2>Records</h2>
 * The caller passes the records of the measure's population (pupils for a pupil measure, staff for a staff measure);
 * the evaluator does not know who belongs to which population. A measure's {@code within} group restricts them further.
 * A person belongs to a group when {@link Group#matches(Function)} holds for the categories the {@link PersonView}
 * gives. Every measure is evaluated in one pass over the records, in memory independent of their number, and the result
 * does not depend on their order (sums of scores are exact decimals).
 *
 * <h2>Kinds</h2>
 * <ul>
 * <li>{@link MeasureKind#ATTAINMENT_GAP}: focus group minus reference, for the measure's one outcome (one subject and
 *     one key stage; the key stage may be left out for subjects that exist at one key stage only: reading, writing and
 *     maths and grammar, punctuation and spelling at KS2; English and maths, Attainment 8 and Progress 8 at KS4).
 *     With unit {@link MeasureUnit#SCORE} it is the difference of mean scores with a Welch interval
 *     ({@link Gaps#meanGap(Summary, Summary, Comparison, MetricOptions)}); with
 *     {@link MeasureUnit#PERCENTAGE_POINTS} the difference of the rates meeting the standard, in percentage points,
 *     with a Newcombe interval ({@link Gaps#proportionGap(Proportion, Proportion, Comparison,
 *     MetricOptions)}). With no unit stated, combined measures (reading, writing and maths; English and maths) are rate
 *     gaps and Attainment 8 and Progress 8 score gaps. The reference is the measure's: a named group, the rest of the
 *     population, the whole population, or a {@link Benchmark} (a score for score gaps, a rate in percent for rate
 *     gaps, taken as known). People without a result in the outcome are left out of both groups.</li>
 * <li>{@link MeasureKind#ATTAINMENT_RATE}: the share of the focus group (or the population) with a result who met
 *     the standard, in percent, with a Wilson interval.</li>
 * <li>{@link MeasureKind#MEAN_SCORE}: the focus group's (or population's) mean score, with a t interval.</li>
 * <li>{@link MeasureKind#GAP_INDEX}: the DfE disadvantage gap index ({@link GapIndex}), with the focus group as the
 *     disadvantaged pupils and everyone else as the others; KS2 ranks the sum of reading and maths scaled scores, KS4
 *     the average of English and maths grades. Pupils without both scores are left out. No interval.</li>
 * <li>{@link MeasureKind#REPRESENTATION_SHARE}: the focus group's share of the population, in percent, with a Wilson
 *     interval, by headcount or, with {@link EvaluationOptions#isFteWeighted()}, by FTE (Wilson interval on Kish's
 *     effective sample size, as {@link Representation#weightedShare}).</li>
 * <li>{@link MeasureKind#DISCLOSURE_RATE}: the share of the population whose category is known
 *     ({@link Category#isKnown()}) in every dimension of {@link EvaluationOptions#getDisclosureDimensions()} or, if that
 *     is empty, of the focus group. The focus group does not restrict the people counted: those who did not disclose
 *     cannot belong to it.</li>
 * <li>{@link MeasureKind#COUNT}: the number of people in the focus group (or the population); no interval.</li>
 * <li>{@link MeasureKind#SELECTION_RATE}: the share of the focus group's applicants (people with an
 *     {@link ApplicantStage}) who reached {@link EvaluationOptions#getSelectionStage()}, in percent, Wilson interval.</li>
 * <li>{@link MeasureKind#SURVEY_POSITIVE_RATE}: the share of the focus group's respondents answering positively, in
 *     percent, Wilson interval.</li>
 * </ul>
 * For the rates, the share and the count, a reference in the measure is what a target compares with; it does not
 * change the value.
 *
 * <h2>Values and statuses</h2>
 * Values and interval limits are {@code BigDecimal.valueOf(x)} of the double results (times 100 for percent and
 * percentage points, an exact decimal shift), rounded once, {@link RoundingMode#HALF_UP}, to
 * {@link EvaluationOptions#getDecimals()} decimals (default 4); counts are whole numbers. The observation's sample size
 * is the number of people whose data enter the value. The metric status maps to the observation as follows; no
 * {@code NaN} ever appears:
 * <ul>
 * <li>{@link MetricStatus#OK}: {@link ObservationStatus#AVAILABLE}, with a note only if the metric has one (such as a
 *     zero-variance interval);</li>
 * <li>{@link MetricStatus#BELOW_MINIMUM_GROUP_SIZE}: {@link ObservationStatus#SUPPRESSED} with no value, no interval
 *     and no sample size, and the note {@code "suppressed: "} followed by the metric reason, such as
 *     {@code "suppressed: focus group has 3 members, fewer than the minimum group size of 5"}. Shares, rates and
 *     counts follow the rule of {@link Representation}: a population below the minimum, or a non-zero count below it,
 *     is suppressed (a count of 0 is not);</li>
 * <li>{@link MetricStatus#EMPTY} and {@link MetricStatus#UNDEFINED}: {@link ObservationStatus#NOT_COLLECTED} with the
 *     metric reason as the note, such as {@code "focus group is empty"}: there are no data from which the value could
 *     be computed.</li>
 * <li>A subject that DfE did not publish for the academic year containing the date (Progress 8 in 2024/25 and
 *     2025/26, see {@link Subject#isPublishedFor(LocalDate)}): {@link ObservationStatus#NOT_PUBLISHED}, status
 *     {@link MetricStatus#UNDEFINED}, whatever the records hold.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * A request the evaluator cannot answer whatever the data is malformed and throws {@link IllegalArgumentException}
 * naming what is missing or wrong: kinds it does not compute ({@link MeasureKind#PAY_GAP}, which needs pay data, and
 * {@link MeasureKind#RATE}, whose event is not named), no or several subjects or key stages for an attainment measure,
 * a gap or share without a focus group, a gap without a reference, a stated unit the kind cannot be expressed in, a gap
 * index for a key stage other than KS2 and KS4 or with a reference other than the rest of the population, a
 * disclosure rate with no dimension, and a rate benchmark outside 0 to 100. Problems in the data (empty groups, a
 * missing FTE, a score off the gap index grid) give a result with a status instead.
 *
 * <p>All methods are pure functions; this class is thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasureEvaluator {

    private static final String SUPPRESSED = "suppressed: ";

    private MeasureEvaluator() {
    }

    /**
     * Evaluates a measure over {@link PersonRecord}s.
     *
     * @param measure the measure, not null
     * @param records the records of the measure's population, not null, no null elements
     * @param date the date the observation refers to, not null
     * @param options the options, not null
     * @return the evaluation, not null
     * @throws IllegalArgumentException if the measure cannot be evaluated, whatever the data (see the class description)
     * @since 0.1.0
     */
    public static Evaluation evaluate(Measure measure, Iterable<PersonRecord> records, LocalDate date,
            EvaluationOptions options) {
        return evaluate(measure, records, PersonView.ofRecords(), date, options);
    }

    /**
     * Evaluates a measure over the caller's own records, read through a view.
     *
     * @param <T> the caller's record type
     * @param measure the measure, not null
     * @param records the records of the measure's population, not null, no null elements; iterated once
     * @param view how to read the records, not null
     * @param date the date the observation refers to, not null
     * @param options the options, not null
     * @return the evaluation, not null
     * @throws IllegalArgumentException if the measure cannot be evaluated, whatever the data (see the class description)
     * @since 0.1.0
     */
    public static <T> Evaluation evaluate(Measure measure, Iterable<? extends T> records, PersonView<T> view,
            LocalDate date, EvaluationOptions options) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(options, "options");
        Context<T> c = new Context<>(measure, view, date, options);
        for (Subject subject : measure.getSubjects()) {
            if (!subject.isPublishedFor(date)) {
                String reason = subject.getCode() + " was not published for the academic year containing " + date;
                Observation o = Observation.builder().date(date).status(ObservationStatus.NOT_PUBLISHED).note(reason)
                        .build();
                return new Evaluation(o, MetricStatus.UNDEFINED, reason, 0, OptionalLong.empty());
            }
        }
        switch (measure.getKind()) {
            case ATTAINMENT_GAP:
                return attainmentGap(c, records);
            case ATTAINMENT_RATE: {
                Outcome outcome = outcome(measure);
                c.requireUnit(MeasureUnit.PERCENT);
                return rate(c, records, r -> view.metStandardOf(r, outcome), "a result in " + outcome);
            }
            case SURVEY_POSITIVE_RATE:
                c.requireUnit(MeasureUnit.PERCENT);
                return rate(c, records, view::surveyPositiveOf, "a survey answer");
            case SELECTION_RATE: {
                c.requireUnit(MeasureUnit.PERCENT);
                ApplicantStage stage = options.getSelectionStage();
                return rate(c, records, r -> view.stageOf(r).map(s -> s.hasReached(stage)), "an applicant stage");
            }
            case MEAN_SCORE:
                c.requireUnit(MeasureUnit.SCORE);
                return meanScore(c, records, outcome(measure));
            case GAP_INDEX:
                c.requireUnit(MeasureUnit.INDEX);
                return gapIndex(c, records);
            case REPRESENTATION_SHARE:
                c.requireUnit(MeasureUnit.PERCENT);
                return representation(c, records);
            case DISCLOSURE_RATE:
                c.requireUnit(MeasureUnit.PERCENT);
                return disclosure(c, records);
            case COUNT:
                c.requireUnit(MeasureUnit.COUNT);
                return count(c, records);
            case PAY_GAP:
                throw new IllegalArgumentException("pay_gap is not evaluated from person records: it needs hourly pay "
                        + "for the snapshot pay period and bonus pay (SI 2017/172); use a pay gap calculation");
            case RATE:
                throw new IllegalArgumentException("rate names no event (attendance, exclusion, ...) to count, so it "
                        + "cannot be evaluated from person records");
            default:
                throw new IllegalArgumentException("unknown measure kind: " + measure.getKind());
        }
    }

    // ------------------------------------------------------------------ gaps

    private enum Against { GROUP, REST, WHOLE, BENCHMARK }

    /** A core reference resolved once: what it compares with, its group if it names one, and the metrics form. */
    private record Resolved(Against against, @Nullable Group group, Comparison comparison) {
    }

    private static <T> Evaluation attainmentGap(Context<T> c, Iterable<? extends T> records) {
        Measure m = c.measure;
        Outcome outcome = outcome(m);
        boolean rateGap = isRateGap(m, outcome);
        Group focus = c.requireFocus();
        Reference reference = m.getReference().orElseThrow(() -> new IllegalArgumentException(
                "attainment_gap needs a reference: a named group, the rest or the whole of the population, or a "
                        + "benchmark"));
        Resolved resolved = reference.accept(new Reference.Visitor<Resolved>() {
            @Override
            public Resolved group(GroupReference r) {
                return new Resolved(Against.GROUP, r.getGroup(), Comparison.namedGroup(r.getGroup().toString()));
            }

            @Override
            public Resolved population(PopulationReference r) {
                return r == PopulationReference.REST_OF_POPULATION
                        ? new Resolved(Against.REST, null, Comparison.restOfPopulation())
                        : new Resolved(Against.WHOLE, null, Comparison.wholePopulation());
            }

            @Override
            public Resolved benchmark(Benchmark r) {
                return new Resolved(Against.BENCHMARK, null, benchmarkComparison(r, rateGap));
            }
        });
        Against against = resolved.against();
        @Nullable Group referenceGroup = resolved.group();
        Comparison metricReference = resolved.comparison();

        ExactMoments focusScores = new ExactMoments();
        ExactMoments referenceScores = new ExactMoments();
        long xF = 0;
        long nF = 0;
        long xR = 0;
        long nR = 0;
        long involved = 0;
        for (T r : records) {
            if (!c.inPopulation(r)) {
                continue;
            }
            boolean inFocus = c.matches(focus, r);
            boolean inReference = switch (against) {
                case GROUP -> c.matches(Objects.requireNonNull(referenceGroup, "referenceGroup"), r);
                case REST -> !inFocus;
                case WHOLE -> true;
                case BENCHMARK -> false;
            };
            if (!inFocus && !inReference) {
                continue;
            }
            if (rateGap) {
                Optional<Boolean> met = c.view.metStandardOf(r, outcome);
                if (met.isEmpty()) {
                    continue;
                }
                int hit = met.get() ? 1 : 0;
                if (inFocus) {
                    nF++;
                    xF += hit;
                }
                if (inReference) {
                    nR++;
                    xR += hit;
                }
            } else {
                OptionalDouble score = c.view.scoreOf(r, outcome);
                if (score.isEmpty()) {
                    continue;
                }
                double x = requireFinite(score.getAsDouble(), outcome);
                if (inFocus) {
                    focusScores.add(x);
                }
                if (inReference) {
                    referenceScores.add(x);
                }
            }
            involved++;
        }
        MetricOptions mo = c.options.getMetricOptions();
        GapResult gap;
        if (rateGap) {
            Proportion pF = Proportion.of(xF, nF);
            gap = against == Against.BENCHMARK ? Gaps.proportionGap(pF, metricReference, mo)
                    : Gaps.proportionGap(pF, Proportion.of(xR, nR), metricReference, mo);
        } else {
            Optional<Summary> sF = focusScores.toSummary();
            Optional<Summary> sR = referenceScores.toSummary();
            if (sF.isEmpty() || sR.isEmpty()) {
                return c.unavailable(MetricStatus.UNDEFINED, "the scores of the " + (sF.isEmpty() ? "focus group"
                        : "reference") + " in " + outcome + " are too far apart to summarise in double precision",
                        focusScores.getN(), against == Against.BENCHMARK ? OptionalLong.empty()
                                : OptionalLong.of(referenceScores.getN()));
            }
            gap = against == Against.BENCHMARK ? Gaps.meanGap(sF.get(), metricReference, mo)
                    : Gaps.meanGap(sF.get(), sR.get(), metricReference, mo);
        }
        OptionalLong referenceN = against == Against.BENCHMARK ? OptionalLong.empty()
                : OptionalLong.of(gap.getReferenceN());
        int shift = rateGap ? 2 : 0;
        if (!gap.hasValue()) {
            return c.unavailable(gap.getStatus(), gap.getReason(), gap.getFocusN(), referenceN);
        }
        return c.available(gap.getStatus(), gap.getReason(), gap.getEstimate(), OptionalDouble.of(gap.getLower()),
                OptionalDouble.of(gap.getUpper()), shift, involved, gap.getFocusN(), referenceN);
    }

    /** The metrics comparison for a benchmark: a score as it is, a rate in percent as a proportion. */
    private static Comparison benchmarkComparison(Benchmark b, boolean rateGap) {
        BigDecimal value = b.getValue();
        if (rateGap) {
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("benchmark '" + b.getLabel() + "' of a rate gap is a rate "
                        + "in percent and must be between 0 and 100: " + value.toPlainString());
            }
            value = value.movePointLeft(2);
        }
        return Comparison.externalBenchmark(b.getLabel(), value.doubleValue());
    }

    private static boolean isRateGap(Measure m, Outcome outcome) {
        Optional<MeasureUnit> unit = m.getUnit();
        if (unit.isPresent()) {
            switch (unit.get()) {
                case PERCENTAGE_POINTS:
                    return true;
                case SCORE:
                    return false;
                default:
                    throw new IllegalArgumentException("attainment_gap is evaluated in percentage_points (a gap in the "
                            + "rate meeting the standard) or score (a gap in mean scores), not " + unit.get().getCode());
            }
        }
        switch (outcome.subject()) {
            case READING_WRITING_MATHS:
            case ENGLISH_AND_MATHS:
                return true;
            case ATTAINMENT_8:
            case PROGRESS_8:
                return false;
            default:
                throw new IllegalArgumentException("attainment_gap in " + outcome + " states no unit: use "
                        + "percentage_points for a gap in the rate meeting the standard, or score for a gap in mean "
                        + "scores");
        }
    }

    private static <T> Evaluation gapIndex(Context<T> c, Iterable<? extends T> records) {
        Measure m = c.measure;
        Group disadvantaged = c.requireFocus();
        m.getReference().ifPresent(r -> {
            if (r != PopulationReference.REST_OF_POPULATION) {
                throw new IllegalArgumentException("gap_index compares the focus group with all other pupils; its "
                        + "reference must be rest_of_population or absent, not " + r);
            }
        });
        Set<KeyStage> stages = m.getKeyStages();
        if (stages.size() != 1 || !(stages.contains(KeyStage.KS2) || stages.contains(KeyStage.KS4))) {
            throw new IllegalArgumentException("gap_index needs exactly one key stage, ks2 or ks4; the measure names "
                    + codes(stages));
        }
        boolean ks2 = stages.contains(KeyStage.KS2);
        Outcome first = Outcome.of(ks2 ? KeyStage.KS2 : KeyStage.KS4, ks2 ? Subject.READING : Subject.ENGLISH);
        Outcome second = Outcome.of(first.keyStage(), Subject.MATHS);
        GapIndex index = ks2 ? GapIndex.ks2() : GapIndex.ks4();
        long position = 0;
        for (T r : records) {
            long at = position++;
            if (!c.inPopulation(r)) {
                continue;
            }
            OptionalDouble a = c.view.scoreOf(r, first);
            OptionalDouble b = c.view.scoreOf(r, second);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            double sum = requireFinite(a.getAsDouble(), first) + requireFinite(b.getAsDouble(), second);
            double score = ks2 ? sum : sum / 2;
            try {
                index.add(score, c.matches(disadvantaged, r));
            } catch (IllegalArgumentException e) {
                return c.unavailable(MetricStatus.UNDEFINED, "record " + at + " has " + (ks2
                        ? "a KS2 reading plus maths scaled score" : "a KS4 average English and maths grade")
                        + " the gap index cannot rank: " + e.getMessage(), 0, OptionalLong.empty());
            }
        }
        GapIndexResult result = index.result(c.options.getMetricOptions());
        OptionalLong others = OptionalLong.of(result.getOtherCount());
        if (!result.hasValue()) {
            return c.unavailable(result.getStatus(), result.getReason(), result.getDisadvantagedCount(), others);
        }
        return c.available(result.getStatus(), result.getReason(), result.getIndex(), OptionalDouble.empty(),
                OptionalDouble.empty(), 0, result.getN(), result.getDisadvantagedCount(), others);
    }

    // ------------------------------------------------------------- one group

    private static <T> Evaluation meanScore(Context<T> c, Iterable<? extends T> records, Outcome outcome) {
        Optional<Group> focus = c.measure.getFocusGroup();
        ExactMoments scores = new ExactMoments();
        for (T r : records) {
            if (c.inPopulation(r) && (focus.isEmpty() || c.matches(focus.get(), r))) {
                OptionalDouble s = c.view.scoreOf(r, outcome);
                if (s.isPresent()) {
                    scores.add(requireFinite(s.getAsDouble(), outcome));
                }
            }
        }
        String who = focus.isPresent() ? "focus group" : "population";
        long n = scores.getN();
        int min = c.options.getMetricOptions().getMinimumGroupSize();
        if (n == 0) {
            return c.unavailable(MetricStatus.EMPTY, who + " has no scores in " + outcome, 0, OptionalLong.empty());
        }
        if (n < min) {
            return c.unavailable(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, who + " has " + n
                    + " members, fewer than the minimum group size of " + min, n, OptionalLong.empty());
        }
        Optional<Summary> summarised = scores.toSummary();
        if (summarised.isEmpty()) {
            return c.unavailable(MetricStatus.UNDEFINED, who + "'s scores in " + outcome
                    + " are too far apart to summarise in double precision", n, OptionalLong.empty());
        }
        Summary summary = summarised.get();
        if (n == 1) {
            return c.available(MetricStatus.OK, "a single score has no interval", summary.getMean(),
                    OptionalDouble.empty(), OptionalDouble.empty(), 0, n, n, OptionalLong.empty());
        }
        // The one-sample t interval about the mean is the interval of the gap to a benchmark of 0.
        GapResult t = Gaps.meanGap(summary, Comparison.externalBenchmark("zero", 0),
                c.options.getMetricOptions());
        if (!t.hasValue()) {
            return c.unavailable(t.getStatus(), t.getReason(), n, OptionalLong.empty());
        }
        String reason = t.getReason().startsWith("focus group has zero variance")
                ? "all scores are equal: the interval is the single point " + summary.getMean() : "OK";
        return c.available(MetricStatus.OK, reason, t.getEstimate(), OptionalDouble.of(t.getLower()),
                OptionalDouble.of(t.getUpper()), 0, n, n, OptionalLong.empty());
    }

    private static <T> Evaluation rate(Context<T> c, Iterable<? extends T> records,
            Function<? super T, Optional<Boolean>> answer, String what) {
        Optional<Group> focus = c.measure.getFocusGroup();
        long x = 0;
        long n = 0;
        for (T r : records) {
            if (c.inPopulation(r) && (focus.isEmpty() || c.matches(focus.get(), r))) {
                Optional<Boolean> a = Objects.requireNonNull(answer.apply(r), "answer");
                if (a.isPresent()) {
                    n++;
                    x += a.get() ? 1 : 0;
                }
            }
        }
        ShareResult share = Representation.share(x, n, c.options.getMetricOptions());
        String reason = share.status() == MetricStatus.EMPTY
                ? (focus.isPresent() ? "no one in the focus group has " : "no one has ") + what : share.reason();
        return fromShare(c, share, reason, n, OptionalLong.empty());
    }

    private static <T> Evaluation count(Context<T> c, Iterable<? extends T> records) {
        Optional<Group> focus = c.measure.getFocusGroup();
        long n = 0;
        for (T r : records) {
            if (c.inPopulation(r) && (focus.isEmpty() || c.matches(focus.get(), r))) {
                n++;
            }
        }
        int min = c.options.getMetricOptions().getMinimumGroupSize();
        if (n > 0 && n < min) {
            return c.unavailable(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, "group has " + n
                    + " members, fewer than the minimum group size of " + min, n, OptionalLong.empty());
        }
        Observation o = Observation.builder().date(c.date).value(BigDecimal.valueOf(n)).sampleSize(toInt(n)).build();
        return new Evaluation(o, MetricStatus.OK, "OK", n, OptionalLong.empty());
    }

    // ---------------------------------------------------------------- shares

    private static <T> Evaluation representation(Context<T> c, Iterable<? extends T> records) {
        Group focus = c.requireFocus();
        long count = 0;
        long total = 0;
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal totalSquaredWeight = BigDecimal.ZERO;
        boolean weighted = c.options.isFteWeighted();
        long position = 0;
        for (T r : records) {
            long at = position++;
            if (!c.inPopulation(r)) {
                continue;
            }
            boolean in = c.matches(focus, r);
            total++;
            count += in ? 1 : 0;
            if (weighted) {
                OptionalDouble fte = c.view.fteOf(r);
                if (fte.isEmpty() || !(fte.getAsDouble() >= 0) || Double.isInfinite(fte.getAsDouble())) {
                    return c.unavailable(MetricStatus.UNDEFINED, "record " + at + " has "
                            + (fte.isEmpty() ? "no FTE" : "FTE " + fte.getAsDouble())
                            + "; an FTE-weighted share needs a finite, non-negative FTE for everyone",
                            0, OptionalLong.empty());
                }
                BigDecimal w = BigDecimal.valueOf(fte.getAsDouble());
                totalWeight = totalWeight.add(w);
                totalSquaredWeight = totalSquaredWeight.add(w.multiply(w));
                if (in) {
                    weight = weight.add(w);
                }
            }
        }
        MetricOptions mo = c.options.getMetricOptions();
        ShareResult share = weighted ? weightedShare(count, total, weight, totalWeight, totalSquaredWeight, mo)
                : Representation.share(count, total, mo);
        return fromShare(c, share, share.reason(), count, OptionalLong.of(total));
    }

    /**
     * The FTE-weighted share from exact sums, each converted to a double once, so record order cannot change it.
     */
    private static ShareResult weightedShare(long count, long total, BigDecimal weight, BigDecimal totalWeight,
            BigDecimal totalSquaredWeight, MetricOptions mo) {
        return Representation.weightedShare(count, total, weight.doubleValue(), totalWeight.doubleValue(),
                totalSquaredWeight.doubleValue(), mo);
    }

    private static <T> Evaluation disclosure(Context<T> c, Iterable<? extends T> records) {
        List<String> dimensions = c.options.getDisclosureDimensions();
        if (dimensions.isEmpty()) {
            dimensions = c.measure.getFocusGroup().map(g -> List.copyOf(g.byDimension().keySet())).orElseThrow(
                    () -> new IllegalArgumentException("disclosure_rate needs a dimension: give the measure a focus "
                            + "group or list the dimensions in EvaluationOptions.withDisclosureDimensions"));
        }
        long disclosed = 0;
        long total = 0;
        for (T r : records) {
            if (!c.inPopulation(r)) {
                continue;
            }
            total++;
            boolean known = true;
            for (String d : dimensions) {
                Category category = c.view.categoryOf(r, d);
                if (category == null || !category.isKnown()) {
                    known = false;
                    break;
                }
            }
            disclosed += known ? 1 : 0;
        }
        ShareResult share = Representation.disclosureRate(disclosed, total, c.options.getMetricOptions());
        return fromShare(c, share, share.reason(), total, OptionalLong.empty());
    }

    private static <T> Evaluation fromShare(Context<T> c, ShareResult share, String reason, long focusN,
            OptionalLong referenceN) {
        if (!share.hasValue()) {
            return c.unavailable(share.status(), reason, focusN, referenceN);
        }
        return c.available(share.status(), reason, share.share(), OptionalDouble.of(share.lower()),
                OptionalDouble.of(share.upper()), 2, share.headcount(), focusN, referenceN);
    }

    // --------------------------------------------------------------- helpers

    /** Resolves the measure's one outcome; the key stage may be implied by the subject. */
    static Outcome outcome(Measure m) {
        String kind = m.getKind().getCode();
        Set<Subject> subjects = m.getSubjects();
        if (subjects.size() != 1) {
            throw new IllegalArgumentException(kind + " needs exactly one subject; the measure names "
                    + codes(subjects) + " (evaluate one measure per subject)");
        }
        Subject subject = subjects.iterator().next();
        Set<KeyStage> stages = m.getKeyStages();
        if (stages.size() == 1) {
            return Outcome.of(stages.iterator().next(), subject);
        }
        if (stages.isEmpty()) {
            switch (subject) {
                case READING_WRITING_MATHS:
                case GRAMMAR_PUNCTUATION_SPELLING:
                    return Outcome.of(KeyStage.KS2, subject);
                case ENGLISH_AND_MATHS:
                case ATTAINMENT_8:
                case PROGRESS_8:
                    return Outcome.of(KeyStage.KS4, subject);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(kind + " in " + subject.getCode()
                + " needs exactly one key stage; the measure names " + codes(stages));
    }

    private static String codes(Set<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return "none";
        }
        Set<String> sorted = new TreeSet<>();
        for (Enum<?> v : values) {
            sorted.add(v.name().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(", ", sorted);
    }

    private static double requireFinite(double x, Outcome outcome) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("score in " + outcome + " must be finite: " + x);
        }
        return x;
    }

    private static int toInt(long n) {
        return n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    /** The per-call inputs and the conversion to observations. */
    private static final class Context<T> {
        final Measure measure;
        final PersonView<T> view;
        final LocalDate date;
        final EvaluationOptions options;

        Context(Measure measure, PersonView<T> view, LocalDate date, EvaluationOptions options) {
            this.measure = measure;
            this.view = view;
            this.date = date;
            this.options = options;
        }

        boolean matches(Group group, T record) {
            return group.matches(dimensionId -> view.categoryOf(record, dimensionId));
        }

        boolean inPopulation(T record) {
            Objects.requireNonNull(record, "record");
            return measure.getWithin().isEmpty() || matches(measure.getWithin().get(), record);
        }

        Group requireFocus() {
            return measure.getFocusGroup().orElseThrow(() -> new IllegalArgumentException(
                    measure.getKind().getCode() + " needs a focus group"));
        }

        void requireUnit(MeasureUnit unit) {
            measure.getUnit().ifPresent(u -> {
                if (u != unit) {
                    throw new IllegalArgumentException(measure.getKind().getCode() + " is evaluated in "
                            + unit.getCode() + ", but the measure states " + u.getCode());
                }
            });
        }

        Evaluation unavailable(MetricStatus status, String reason, long focusN, OptionalLong referenceN) {
            Observation o = status == MetricStatus.BELOW_MINIMUM_GROUP_SIZE
                    ? Observation.builder().date(date).status(ObservationStatus.SUPPRESSED)
                            .note(SUPPRESSED + reason).build()
                    : Observation.builder().date(date).status(ObservationStatus.NOT_COLLECTED).note(reason).build();
            return new Evaluation(o, status, reason, focusN, referenceN);
        }

        Evaluation available(MetricStatus status, String reason, double value, OptionalDouble lower,
                OptionalDouble upper, int shift, long sampleSize, long focusN, OptionalLong referenceN) {
            if (status != MetricStatus.OK) {
                return unavailable(status, reason, focusN, referenceN);
            }
            BigDecimal v = decimal(value, shift);
            @Nullable BigDecimal lo = lower.isPresent() && upper.isPresent() ? decimal(lower.getAsDouble(), shift) : null;
            @Nullable BigDecimal hi = lo == null ? null : decimal(upper.getAsDouble(), shift);
            if (tooLong(v) || (lo != null && hi != null && (tooLong(lo) || tooLong(hi)))) {
                return unavailable(MetricStatus.UNDEFINED, "the figure has more than " + Observation.MAX_INTEGER_DIGITS
                        + " digits before the decimal point, more than an observation can record", focusN,
                        referenceN);
            }
            Observation.Builder b = Observation.builder().date(date).value(v).sampleSize(toInt(sampleSize));
            if (lo != null && hi != null) {
                b.lower(lo).upper(hi);
            }
            if (!"OK".equals(reason)) {
                b.note(reason);
            }
            return new Evaluation(b.build(), status, reason, focusN, referenceN);
        }

        private boolean tooLong(BigDecimal d) {
            return (long) d.precision() - d.scale() > Observation.MAX_INTEGER_DIGITS;
        }

        BigDecimal decimal(double x, int shift) {
            return BigDecimal.valueOf(x).movePointRight(shift).setScale(options.getDecimals(), RoundingMode.HALF_UP);
        }
    }
}

package org.equalityduty.metrics.functions;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.internal.Checks;
import org.equalityduty.metrics.internal.GapMath;
import org.equalityduty.metrics.internal.Intervals;
import org.equalityduty.metrics.internal.Quantiles;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapMeasure;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;

/**
 * Gaps between a focus group and an explicitly chosen {@link Comparison}: difference of means, difference and ratio of
 * proportions, and Hedges' g.
 *
 * <p><b>Sign convention.</b> Every difference is <em>focus minus reference</em> and every ratio <em>focus over
 * reference</em>. A positive mean gap for disadvantaged pupils therefore means they scored higher than the reference.
 *
 * <p><b>References.</b> {@link Comparison.Kind#NAMED_GROUP} and {@link Comparison.Kind#REST_OF_POPULATION} are treated as
 * independent samples. For {@link Comparison.Kind#WHOLE_POPULATION} the reference summary passed in must be the whole
 * population <em>including</em> the focus group; since {@code focus - whole = (nRest / N)(focus - rest)}, the interval
 * is the focus-vs-rest interval scaled by {@code nRest / N} (and, for the ratio, mapped through
 * {@code 1 / (nFocus/N + (nRest/N) / r)}), which accounts for the overlap exactly. An
 * {@link Comparison.Kind#EXTERNAL_BENCHMARK} is treated as known without error, so only the focus group's sampling error
 * enters the interval.
 *
 * <p><b>Unavailable figures.</b> Empty groups give {@link MetricStatus#EMPTY}; figures that are mathematically undefined
 * (a variance from one observation, a ratio over a zero proportion) give {@link MetricStatus#UNDEFINED}; groups smaller
 * than {@link MetricOptions#getMinimumGroupSize()} give {@link MetricStatus#BELOW_MINIMUM_GROUP_SIZE}. Never {@code NaN}.
 *
 * <p>All methods are pure functions; this class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Gaps {

    private static final String OK = GapMath.OK;

    private Gaps() {
    }

    // ------------------------------------------------------------------ means

    /**
     * Computes the difference of means, focus minus reference, with a Welch confidence interval.
     *
     * <p>Formula: {@code d = x̄F - x̄R}, {@code se = √(sF²/nF + sR²/nR)}, Welch–Satterthwaite degrees of freedom
     * {@code ν = se⁴ / ((sF²/nF)²/(nF-1) + (sR²/nR)²/(nR-1))}, interval {@code d ± t(ν, 1-α/2) se} with the t quantile
     * from Apache Commons Statistics. Variances have denominator {@code n - 1}. When both variances are 0 the interval is
     * the single point {@code d} and the reason says so.
     *
     * <p>Empty input: EMPTY if either group has no members; UNDEFINED if a group has a single member (no variance).
     *
     * <p>References: B. L. Welch (1947), The generalization of "Student's" problem when several different population
     * variances are involved, Biometrika 34; F. E. Satterthwaite (1946), Biometrics Bulletin 2(6).
     *
     * @param focus the focus group's summary, not null
     * @param reference the reference's summary (the whole population, focus included, for WHOLE_POPULATION), not null
     * @param kind the reference, not null, not an external benchmark
     * @param options the options, not null
     * @return the gap, not null
     * @throws IllegalArgumentException if {@code kind} is an external benchmark, or for WHOLE_POPULATION if
     *         {@code reference} is smaller than {@code focus}
     * @since 0.1.0
     */
    public static GapResult meanGap(Summary focus, Summary reference, Comparison kind, MetricOptions options) {
        Objects.requireNonNull(options, "options");
        return meanGap(focus, reference, kind, options, df -> Quantiles.t(df, options.getConfidenceLevel()));
    }

    private static GapResult meanGap(Summary focus, Summary reference, Comparison kind, MetricOptions options,
            DoubleUnaryOperator tQuantile) {
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(reference, "reference");
        requireGroupReference(kind, "meanGap");
        Objects.requireNonNull(options, "options");
        Summary other = reference;
        if (kind.getKind() == Comparison.Kind.WHOLE_POPULATION) {
            if (reference.getN() < focus.getN()) {
                throw new IllegalArgumentException("reference (whole population, n = " + reference.getN()
                        + ") must contain the focus group (n = " + focus.getN() + ")");
            }
            other = reference.minus(focus);
        }
        return GapMath.meanGap(focus.getN(), meanOrZero(focus), focus.getSumOfSquaredDeviations(), reference.getN(),
                meanOrZero(reference), other.getN(), other.getSumOfSquaredDeviations(), kind, options, tQuantile);
    }

    /**
     * Computes the difference between the focus group's mean and an external benchmark figure, with a one-sample
     * t interval.
     *
     * <p>Formula: {@code d = x̄F - b}, interval {@code d ± t(nF - 1, 1-α/2) sF / √nF}; the benchmark is taken as known.
     * Empty input: EMPTY for an empty focus group, UNDEFINED for a single member.
     *
     * @param focus the focus group's summary, not null
     * @param benchmark an {@link Comparison.Kind#EXTERNAL_BENCHMARK} reference, not null
     * @param options the options, not null
     * @return the gap, not null
     * @throws IllegalArgumentException if {@code benchmark} is not an external benchmark
     * @since 0.1.0
     */
    public static GapResult meanGap(Summary focus, Comparison benchmark, MetricOptions options) {
        Objects.requireNonNull(focus, "focus");
        requireBenchmark(benchmark, "meanGap");
        Objects.requireNonNull(options, "options");
        double bv = benchmark.getBenchmark();
        GapResult.Builder b = GapResult.builder(GapMeasure.MEAN_DIFFERENCE, benchmark, options)
                .sizes(focus.getN(), 0)
                .values(meanOf(focus), OptionalDouble.of(bv));
        if (focus.isEmpty()) {
            return b.unavailable(MetricStatus.EMPTY, "focus group is empty");
        }
        if (focus.getN() < 2) {
            return b.unavailable(MetricStatus.UNDEFINED,
                    "focus group has 1 member; the t interval needs at least 2");
        }
        double d = focus.getMean() - bv;
        double se = focus.getStandardDeviation() / Math.sqrt((double) focus.getN());
        if (se == 0) {
            return b.available(d, d, d, "focus group has zero variance: the interval is the single point " + d);
        }
        double df = focus.getN() - 1;
        double half = Quantiles.t(df, options.getConfidenceLevel()) * se;
        return b.degreesOfFreedom(df).available(d, d - half, d + half, OK);
    }

    /**
     * Computes the mean gap between the records in focus and all other records (one-vs-rest, the DfE convention for
     * disadvantage) in a single pass over the caller's records, in constant memory.
     *
     * @param <T> the caller's record type
     * @param records the records, not null, no null elements
     * @param inFocus tells whether a record belongs to the focus group, not null
     * @param outcome extracts the outcome, which must be finite, not null
     * @param options the options, not null
     * @return the gap against {@link Comparison#restOfPopulation()}, not null
     * @throws IllegalArgumentException if an outcome is not finite (the message gives the record's position)
     * @since 0.1.0
     * @see #meanGap(Summary, Summary, Comparison, MetricOptions)
     */
    public static <T> GapResult meanGap(Iterable<? extends T> records, Predicate<? super T> inFocus,
            ToDoubleFunction<? super T> outcome, MetricOptions options) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(inFocus, "inFocus");
        Objects.requireNonNull(outcome, "outcome");
        Welford focus = new Welford();
        Welford rest = new Welford();
        long i = 0;
        for (T r : records) {
            double x = outcome.applyAsDouble(r);
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("outcome of record " + i + " must be finite: " + x);
            }
            (inFocus.test(r) ? focus : rest).add(x);
            i++;
        }
        return restGap(focus, rest, options);
    }

    /**
     * Computes the one-vs-rest mean gap from primitive columns: {@code values[i]} belongs to the focus group when
     * {@code inFocus[i]} is true.
     *
     * @param values the outcomes, not null, each finite
     * @param inFocus focus-group membership, not null, same length as {@code values}
     * @param options the options, not null
     * @return the gap against {@link Comparison#restOfPopulation()}, not null
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     * @since 0.1.0
     */
    public static GapResult meanGap(double[] values, boolean[] inFocus, MetricOptions options) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(inFocus, "inFocus");
        Checks.requireSameLength(values.length, inFocus.length);
        Welford focus = new Welford();
        Welford rest = new Welford();
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("values[" + i + "] must be finite: " + x);
            }
            (inFocus[i] ? focus : rest).add(x);
        }
        return restGap(focus, rest, options);
    }

    // ------------------------------------------------------------ proportions

    /**
     * Computes the difference of proportions, focus minus reference, with the Newcombe hybrid-score interval.
     *
     * <p>Formula: {@code d = pF - pR}; with Wilson limits {@code (lF, uF)} and {@code (lR, uR)},
     * {@code L = d - √((pF - lF)² + (uR - pR)²)}, {@code U = d + √((uF - pF)² + (pR - lR)²)}. Denominators are the group
     * sizes. The interval is defined for 0 and for n out of n.
     *
     * <p>Empty input: EMPTY if either denominator is 0.
     *
     * <p>Reference: R. G. Newcombe (1998), Interval estimation for the difference between independent proportions:
     * comparison of eleven methods, Statistics in Medicine 17, 873-890, method 10.
     *
     * @param focus the focus group's proportion, not null
     * @param reference the reference's proportion (the whole population, focus included, for WHOLE_POPULATION), not null
     * @param kind the reference, not null, not an external benchmark
     * @param options the options, not null
     * @return the gap, not null
     * @throws IllegalArgumentException if {@code kind} is an external benchmark, or for WHOLE_POPULATION if
     *         {@code reference} does not contain {@code focus}
     * @since 0.1.0
     */
    public static GapResult proportionGap(Proportion focus, Proportion reference, Comparison kind,
            MetricOptions options) {
        Objects.requireNonNull(options, "options");
        return proportionGap(focus, reference, kind, options, z(options));
    }

    private static GapResult proportionGap(Proportion focus, Proportion reference, Comparison kind,
            MetricOptions options, double z) {
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(reference, "reference");
        requireGroupReference(kind, "proportionGap");
        Objects.requireNonNull(options, "options");
        Proportion other = comparator(focus, reference, kind);
        return GapMath.proportionGap(focus.getNumerator(), focus.getDenominator(), reference.getNumerator(),
                reference.getDenominator(), other.getNumerator(), other.getDenominator(), kind, options, z);
    }

    /**
     * Computes the difference between the focus group's proportion and an external benchmark proportion, with the
     * focus group's Wilson interval shifted by the benchmark.
     *
     * @param focus the focus group's proportion, not null
     * @param benchmark an external benchmark whose value is a proportion in [0, 1], not null
     * @param options the options, not null
     * @return the gap, not null; EMPTY if the focus group is empty
     * @throws IllegalArgumentException if {@code benchmark} is not an external benchmark in [0, 1]
     * @since 0.1.0
     */
    public static GapResult proportionGap(Proportion focus, Comparison benchmark, MetricOptions options) {
        Objects.requireNonNull(focus, "focus");
        double bv = requireProportionBenchmark(benchmark, "proportionGap");
        Objects.requireNonNull(options, "options");
        GapResult.Builder b = GapResult.builder(GapMeasure.PROPORTION_DIFFERENCE, benchmark, options)
                .sizes(focus.getDenominator(), 0)
                .focusNumerator(focus.getNumerator())
                .values(valueOf(focus), OptionalDouble.of(bv));
        if (focus.isEmpty()) {
            return b.unavailable(MetricStatus.EMPTY, "focus group is empty");
        }
        double[] w = Intervals.wilson(focus.getNumerator(), focus.getDenominator(), z(options));
        return b.available(focus.getValue() - bv, w[0] - bv, w[1] - bv, OK);
    }

    /**
     * Computes the one-vs-rest difference of proportions in a single pass over the caller's records.
     *
     * @param <T> the caller's record type
     * @param records the records, not null, no null elements
     * @param inFocus tells whether a record belongs to the focus group, not null
     * @param outcome tells whether a record has the outcome (the numerator), not null
     * @param options the options, not null
     * @return the gap against {@link Comparison#restOfPopulation()}, not null
     * @since 0.1.0
     */
    public static <T> GapResult proportionGap(Iterable<? extends T> records, Predicate<? super T> inFocus,
            Predicate<? super T> outcome, MetricOptions options) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(inFocus, "inFocus");
        Objects.requireNonNull(outcome, "outcome");
        long xF = 0;
        long nF = 0;
        long xR = 0;
        long nR = 0;
        for (T r : records) {
            boolean hit = outcome.test(r);
            if (inFocus.test(r)) {
                nF++;
                xF += hit ? 1 : 0;
            } else {
                nR++;
                xR += hit ? 1 : 0;
            }
        }
        return proportionGap(Proportion.of(xF, nF), Proportion.of(xR, nR), Comparison.restOfPopulation(), options);
    }

    /**
     * Computes the one-vs-rest difference of proportions from primitive columns.
     *
     * @param outcomes whether each person has the outcome, not null
     * @param inFocus focus-group membership, not null, same length as {@code outcomes}
     * @param options the options, not null
     * @return the gap against {@link Comparison#restOfPopulation()}, not null
     * @throws IllegalArgumentException if the lengths differ
     * @since 0.1.0
     */
    public static GapResult proportionGap(boolean[] outcomes, boolean[] inFocus, MetricOptions options) {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(inFocus, "inFocus");
        Checks.requireSameLength(outcomes.length, inFocus.length);
        long xF = 0;
        long nF = 0;
        long xR = 0;
        for (int i = 0; i < outcomes.length; i++) {
            int hit = outcomes[i] ? 1 : 0;
            if (inFocus[i]) {
                nF++;
                xF += hit;
            } else {
                xR += hit;
            }
        }
        return proportionGap(Proportion.of(xF, nF), Proportion.of(xR, outcomes.length - nF),
                Comparison.restOfPopulation(), options);
    }

    /**
     * Computes the ratio of proportions, focus over reference (relative risk), with the Katz log interval.
     *
     * <p>Formula: {@code r = pF / pR}, {@code se(ln r) = √(1/xF - 1/nF + 1/xR - 1/nR)}, interval
     * {@code exp(ln r ± z se)}.
     *
     * <p>Empty input: EMPTY if either denominator is 0; UNDEFINED if the reference has no events (division by zero) or
     * the focus group has none (the log interval needs at least one event in each group).
     *
     * <p>Reference: D. Katz, J. Baptista, S. P. Azen, M. C. Pike (1978), Obtaining confidence intervals for the risk
     * ratio in cohort studies, Biometrics 34, 469-474.
     *
     * @param focus the focus group's proportion, not null
     * @param reference the reference's proportion (whole population, focus included, for WHOLE_POPULATION), not null
     * @param kind the reference, not null, not an external benchmark
     * @param options the options, not null
     * @return the ratio, not null
     * @throws IllegalArgumentException if {@code kind} is an external benchmark, or for WHOLE_POPULATION if
     *         {@code reference} does not contain {@code focus}
     * @since 0.1.0
     */
    public static GapResult proportionRatio(Proportion focus, Proportion reference, Comparison kind,
            MetricOptions options) {
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(reference, "reference");
        requireGroupReference(kind, "proportionRatio");
        Objects.requireNonNull(options, "options");
        GapResult.Builder b = proportionBuilder(GapMeasure.PROPORTION_RATIO, focus, reference, kind, options);
        Proportion other = comparator(focus, reference, kind);
        GapResult unavailable = GapMath.checkGroups(b, focus.getDenominator(), reference.getDenominator(),
                other.getDenominator(), kind);
        if (unavailable != null) {
            return unavailable;
        }
        if (other.getNumerator() == 0) {
            return b.unavailable(MetricStatus.UNDEFINED,
                    GapMath.comparatorName(kind) + " has no events (0 of " + other.getDenominator()
                            + "); the ratio is undefined");
        }
        if (focus.getNumerator() == 0) {
            return b.unavailable(MetricStatus.UNDEFINED, "focus group has no events (0 of " + focus.getDenominator()
                    + "); the Katz log interval needs at least one event in each group");
        }
        double r = focus.getValue() / other.getValue();
        double se = Math.sqrt(1.0 / focus.getNumerator() - 1.0 / focus.getDenominator()
                + 1.0 / other.getNumerator() - 1.0 / other.getDenominator());
        double z = z(options);
        double lower = Math.exp(Math.log(r) - z * se);
        double upper = Math.exp(Math.log(r) + z * se);
        if (kind.getKind() == Comparison.Kind.WHOLE_POPULATION) {
            double n = reference.getDenominator();
            double wF = focus.getDenominator() / n;
            double wR = other.getDenominator() / n;
            return b.available(focus.getValue() / reference.getValue(), 1 / (wF + wR / lower), 1 / (wF + wR / upper), OK);
        }
        return b.available(r, lower, upper, OK);
    }

    /**
     * Computes the ratio of the focus group's proportion to an external benchmark proportion; the interval is the
     * focus group's Wilson interval divided by the benchmark.
     *
     * @param focus the focus group's proportion, not null
     * @param benchmark an external benchmark whose value is a proportion in [0, 1], not null
     * @param options the options, not null
     * @return the ratio, not null; EMPTY for an empty focus group, UNDEFINED for a benchmark of 0
     * @throws IllegalArgumentException if {@code benchmark} is not an external benchmark in [0, 1]
     * @since 0.1.0
     */
    public static GapResult proportionRatio(Proportion focus, Comparison benchmark, MetricOptions options) {
        Objects.requireNonNull(focus, "focus");
        double bv = requireProportionBenchmark(benchmark, "proportionRatio");
        Objects.requireNonNull(options, "options");
        GapResult.Builder b = GapResult.builder(GapMeasure.PROPORTION_RATIO, benchmark, options)
                .sizes(focus.getDenominator(), 0)
                .focusNumerator(focus.getNumerator())
                .values(valueOf(focus), OptionalDouble.of(bv));
        if (focus.isEmpty()) {
            return b.unavailable(MetricStatus.EMPTY, "focus group is empty");
        }
        if (bv == 0) {
            return b.unavailable(MetricStatus.UNDEFINED, "benchmark is 0; the ratio is undefined");
        }
        double[] w = Intervals.wilson(focus.getNumerator(), focus.getDenominator(), z(options));
        return b.available(focus.getValue() / bv, w[0] / bv, w[1] / bv, OK);
    }

    // --------------------------------------------------------------- Hedges g

    /**
     * Computes Hedges' g, the standardised mean difference (focus minus reference) with the small-sample correction,
     * and a normal-approximation confidence interval.
     *
     * <p>Formula: pooled {@code s = √((M2F + M2R) / (nF + nR - 2))}, {@code d = (x̄F - x̄R) / s},
     * {@code J = 1 - 3 / (4 (nF + nR - 2) - 1)}, {@code g = J d};
     * {@code Var(d) = (nF + nR)/(nF nR) + d² / (2 (nF + nR))}, {@code Var(g) = J² Var(d)}, interval
     * {@code g ± z √Var(g)}.
     *
     * <p>Empty input: EMPTY if either group is empty; UNDEFINED if a group has a single member or the pooled standard
     * deviation is 0.
     *
     * <p>References: L. V. Hedges (1981), Distribution theory for Glass's estimator of effect size and related
     * estimators, Journal of Educational Statistics 6(2); M. Borenstein et al. (2009), Introduction to Meta-Analysis,
     * equations 4.18-4.24.
     *
     * @param focus the focus group's summary, not null
     * @param reference the reference group's summary, not null
     * @param kind the reference, NAMED_GROUP or REST_OF_POPULATION, not null
     * @param options the options, not null
     * @return Hedges' g, not null
     * @throws IllegalArgumentException if {@code kind} is WHOLE_POPULATION or EXTERNAL_BENCHMARK (g compares two
     *         independent groups)
     * @since 0.1.0
     */
    public static GapResult hedgesG(Summary focus, Summary reference, Comparison kind, MetricOptions options) {
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(options, "options");
        if (kind.getKind() != Comparison.Kind.NAMED_GROUP && kind.getKind() != Comparison.Kind.REST_OF_POPULATION) {
            throw new IllegalArgumentException(
                    "hedgesG compares two independent groups; kind must be NAMED_GROUP or REST_OF_POPULATION: "
                            + kind.getKind());
        }
        GapResult.Builder b = GapResult.builder(GapMeasure.HEDGES_G, kind, options)
                .sizes(focus.getN(), reference.getN())
                .values(meanOf(focus), meanOf(reference));
        GapResult unavailable = GapMath.checkGroups(b, focus.getN(), reference.getN(), reference.getN(), kind);
        if (unavailable != null) {
            return unavailable;
        }
        if (focus.getN() < 2 || reference.getN() < 2) {
            String who = focus.getN() < 2 ? "focus group" : GapMath.comparatorName(kind);
            return b.unavailable(MetricStatus.UNDEFINED,
                    who + " has 1 member; Hedges' g needs at least 2 in each group");
        }
        double nF = focus.getN();
        double nR = reference.getN();
        double df = nF + nR - 2;
        double m2F = focus.getSumOfSquaredDeviations();
        double m2R = reference.getSumOfSquaredDeviations();
        double pooled = (m2F + m2R) / df;
        // If M2F + M2R overflows, divide first: each M2 / df is at most MAX_VALUE / 2, so the sum is finite.
        double sp = Math.sqrt(Double.isFinite(pooled) ? pooled : m2F / df + m2R / df);
        if (sp == 0) {
            return b.unavailable(MetricStatus.UNDEFINED,
                    "both groups have zero variance; the standardised difference is undefined");
        }
        double difference = focus.getMean() - reference.getMean();
        double d = Double.isFinite(difference) ? difference / sp : focus.getMean() / sp - reference.getMean() / sp;
        double j = 1 - 3 / (4 * df - 1);
        double g = j * d;
        double varD = (nF + nR) / (nF * nR) + d * d / (2 * (nF + nR));
        double half = z(options) * j * Math.sqrt(varD);
        return b.available(g, g - half, g + half, OK);
    }

    // ---------------------------------------------------------------- helpers


    private static Proportion comparator(Proportion focus, Proportion reference, Comparison kind) {
        if (kind.getKind() != Comparison.Kind.WHOLE_POPULATION) {
            return reference;
        }
        if (focus.getDenominator() > reference.getDenominator() || focus.getNumerator() > reference.getNumerator()) {
            throw new IllegalArgumentException("reference (whole population, " + reference
                    + ") must contain the focus group (" + focus + ")");
        }
        return reference.minus(focus);
    }

    private static GapResult.Builder proportionBuilder(GapMeasure measure, Proportion focus, Proportion reference,
            Comparison kind, MetricOptions options) {
        return GapResult.builder(measure, kind, options)
                .sizes(focus.getDenominator(), reference.getDenominator())
                .numerators(focus.getNumerator(), reference.getNumerator())
                .values(valueOf(focus), valueOf(reference));
    }

    /** One-vs-rest Welch gap from two Welford accumulators, whose moments may have overflowed. */
    private static GapResult restGap(Welford focus, Welford rest, MetricOptions options) {
        Objects.requireNonNull(options, "options");
        double level = options.getConfidenceLevel();
        return GapMath.meanGap(focus.n(), focus.mean(), focus.m2(), rest.n(), rest.mean(), rest.n(), rest.m2(),
                Comparison.restOfPopulation(), options, df -> Quantiles.t(df, level));
    }

    private static double z(MetricOptions options) {
        return Quantiles.normal(options.getConfidenceLevel());
    }

    private static double meanOrZero(Summary s) {
        return s.isEmpty() ? 0 : s.getMean();
    }

    private static OptionalDouble meanOf(Summary s) {
        return s.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(s.getMean());
    }

    private static OptionalDouble valueOf(Proportion p) {
        return p.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(p.getValue());
    }

    private static void requireGroupReference(Comparison kind, String method) {
        Objects.requireNonNull(kind, "kind");
        if (kind.getKind() == Comparison.Kind.EXTERNAL_BENCHMARK) {
            throw new IllegalArgumentException(method + " with a reference summary needs a group reference; "
                    + "use the benchmark overload for " + kind);
        }
    }

    private static void requireBenchmark(Comparison benchmark, String method) {
        Objects.requireNonNull(benchmark, "benchmark");
        if (benchmark.getKind() != Comparison.Kind.EXTERNAL_BENCHMARK) {
            throw new IllegalArgumentException(method + " without a reference summary needs an EXTERNAL_BENCHMARK: "
                    + benchmark);
        }
    }

    private static double requireProportionBenchmark(Comparison benchmark, String method) {
        requireBenchmark(benchmark, method);
        double v = benchmark.getBenchmark();
        if (v < 0 || v > 1) {
            throw new IllegalArgumentException("benchmark proportion must be in [0, 1]: " + v);
        }
        return v;
    }

}

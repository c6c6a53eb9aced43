package org.equalityduty.metrics.functions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import org.equalityduty.metrics.accumulators.CategoryCounts;
import org.equalityduty.metrics.accumulators.CategorySummaries;
import org.equalityduty.metrics.accumulators.GapIndex;
import org.equalityduty.metrics.accumulators.PerSchoolGaps;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.AbsoluteChange;
import org.equalityduty.metrics.results.BenchmarkComparison;
import org.equalityduty.metrics.results.DiversityResult;
import org.equalityduty.metrics.results.GapIndexResult;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricResult;
import org.equalityduty.metrics.results.RelativeChange;
import org.equalityduty.metrics.results.ShareResult;
import org.equalityduty.metrics.results.StageRate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every public metric, fed extreme doubles (the ends of the range, 1e308, subnormals, {@code Double.MIN_VALUE}, NaN,
 * the infinities, 0 and -0.0) and extreme longs: it either throws one of the exceptions its Javadoc documents for that
 * input (an {@link IllegalArgumentException} for an invalid argument; an {@link ArithmeticException} where an
 * accumulator's merge documents one), or returns a result whose every figure is finite when the status has one.
 */
class FiniteFigureProperties {

    private static final double MAX = Double.MAX_VALUE;
    private static final double[] EXTREME_DOUBLES = {MAX, -MAX, Double.MIN_VALUE, -Double.MIN_VALUE, 1e308, -1e308,
        Double.MIN_NORMAL, Double.MIN_NORMAL / 3, 4.9e-322, 1e154, -1e154, 1.5e154, 1e-300, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1, -1, 0.5, 100, Math.nextDown(1.0)};
    private static final long[] EXTREME_LONGS = {0, 1, 2, 5, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE, -1,
        Integer.MAX_VALUE, (1L << 53) + 1, Long.MAX_VALUE / 2};
    private static final List<MetricOptions> OPTIONS = List.of(MetricOptions.defaults(),
            MetricOptions.defaults().withMinimumGroupSize(1), MetricOptions.defaults().withConfidenceLevel(1e-9),
            MetricOptions.defaults().withConfidenceLevel(Math.nextDown(1.0)).withMinimumGroupSize(10));
    private static final Comparison[] GROUP_KINDS = {Comparison.namedGroup("other"), Comparison.restOfPopulation(),
        Comparison.wholePopulation()};

    /** An extreme value most of the time, any double otherwise. */
    private static Gen<Double> extremeDoubles() {
        return integers().between(0, EXTREME_DOUBLES.length).zip(doubles().any(),
                (i, any) -> i == EXTREME_DOUBLES.length ? any : EXTREME_DOUBLES[i]);
    }

    private static Gen<Long> extremeLongs() {
        return integers().between(0, EXTREME_LONGS.length).zip(longs().all(),
                (i, any) -> i == EXTREME_LONGS.length ? any : EXTREME_LONGS[i]);
    }

    /** A (count, mean, standard deviation or M2) triple. */
    private record Moments(long n, double mean, double spread) {
    }

    private static Gen<Moments> moments() {
        return extremeLongs().zip(extremeDoubles(), extremeDoubles(), Moments::new);
    }

    private static Gen<long[]> longPairs() {
        return extremeLongs().zip(extremeLongs(), (a, b) -> new long[] {a, b});
    }

    private static Gen<double[]> doubleTriples() {
        return extremeDoubles().zip(extremeDoubles(), extremeDoubles(), (a, b, c) -> new double[] {a, b, c});
    }

    private static Gen<MetricOptions> options() {
        return integers().between(0, OPTIONS.size() - 1).map(OPTIONS::get);
    }

    private static Gen<double[]> columns() {
        return lists().of(extremeDoubles()).ofSizeBetween(0, 12)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Runs a metric: a documented exception is fine, any other fails; a result must have finite figures. */
    @SafeVarargs
    private static void check(Supplier<?> metric, Class<? extends RuntimeException>... documented) {
        Object result;
        try {
            result = metric.get();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("must be finite under")) {
                // A result constructor refusing a non-finite figure: the metric computed one, which is the defect.
                throw new AssertionError("a metric computed a non-finite figure: " + e.getMessage(), e);
            }
            for (Class<? extends RuntimeException> allowed : documented) {
                if (allowed.isInstance(e)) {
                    return;
                }
            }
            throw new AssertionError("undocumented " + e, e);
        }
        assertFinite(result);
    }

    private static void assertFinite(Object result) {
        if (result instanceof List<?> list) {
            list.forEach(FiniteFigureProperties::assertFinite);
            return;
        }
        if (!(result instanceof MetricResult r)) {
            fail("not a result: " + result);
            return;
        }
        if (!r.hasValue()) {
            return;
        }
        double[] figures;
        if (r instanceof GapResult g) {
            figures = new double[] {g.getEstimate(), g.getLower(), g.getUpper(), g.getDegreesOfFreedom().orElse(0),
                g.getFocusValue().orElse(0), g.getReferenceValue().orElse(0)};
        } else if (r instanceof ShareResult s) {
            figures = new double[] {s.share(), s.lower(), s.upper()};
        } else if (r instanceof DiversityResult d) {
            figures = new double[] {d.index()};
        } else if (r instanceof GapIndexResult i) {
            figures = new double[] {i.getIndex(), i.getMeanPercentileRankDisadvantaged(),
                i.getMeanPercentileRankOthers()};
        } else if (r instanceof BenchmarkComparison b) {
            assertFinite(b.share());
            figures = new double[] {b.percentagePointGap().orElse(0), b.ratio().orElse(0)};
        } else if (r instanceof StageRate<?> s) {
            figures = new double[] {s.rate().orElse(0), s.adverseImpactRatio().orElse(0)};
        } else if (r instanceof AbsoluteChange a) {
            figures = new double[] {a.points().orElseThrow()};
        } else if (r instanceof RelativeChange c) {
            figures = new double[] {c.percent().orElseThrow()};
        } else {
            fail("unknown result type: " + r);
            return;
        }
        for (double x : figures) {
            assertTrue(Double.isFinite(x), () -> "a figure is not finite under " + r.getStatus() + ": " + result);
        }
    }

    private static boolean[] flags(int n, long seed) {
        boolean[] b = new boolean[n];
        for (int i = 0; i < n; i++) {
            b[i] = ((seed >> (i % 60)) & 1) == 1;
        }
        return b;
    }

    @Test
    void gapsFromSummaries() {
        qt().withExamples(2000).forAll(moments(), moments(), options())
                .checkAssert((f, r, o) -> {
                    long nF = f.n();
                    double mF = f.mean();
                    double sF = f.spread();
                    long nR = r.n();
                    double mR = r.mean();
                    double sR = r.spread();
                    Summary focus;
                    Summary reference;
                    try {
                        // Summary.of and ofMoments document IllegalArgumentException for every out-of-range input.
                        focus = Math.floorMod(nF, 2) == 0 ? Summary.of(Math.abs(nF % 50), mF, Math.abs(sF))
                                : Summary.ofMoments(Math.abs(nF % 50), mF, sF);
                        reference = Summary.of(Math.abs(nR % 50), mR, Math.abs(sR));
                    } catch (IllegalArgumentException e) {
                        return;
                    }
                    for (Comparison kind : GROUP_KINDS) {
                        // WHOLE_POPULATION documents IllegalArgumentException when the reference is not the whole;
                        // minus documents it when the focus cannot be a subset of it.
                        check(() -> Gaps.meanGap(focus, reference, kind, o), IllegalArgumentException.class);
                    }
                    check(() -> Gaps.hedgesG(focus, reference, Comparison.namedGroup("other"), o));
                    check(() -> Gaps.hedgesG(focus, reference, Comparison.restOfPopulation(), o));
                    check(() -> Gaps.meanGap(focus, Comparison.externalBenchmark("b", mR), o),
                            IllegalArgumentException.class);
                    check(() -> Change.absolute(mF, mR), IllegalArgumentException.class);
                    check(() -> Change.relative(mF, mR), IllegalArgumentException.class);
                    try {
                        focus.merge(reference);
                        focus.minus(reference);
                    } catch (ArithmeticException | IllegalArgumentException documented) {
                        // merge documents ArithmeticException on overflow; minus IllegalArgumentException.
                    }
                });
    }

    @Test
    void gapsFromProportions() {
        qt().withExamples(2000).forAll(longPairs(), longPairs(), extremeDoubles(), options())
                .checkAssert((f, r, b, o) -> {
                    long xF = f[0];
                    long nF = f[1];
                    long xR = r[0];
                    long nR = r[1];
                    Proportion focus;
                    Proportion reference;
                    try {
                        focus = Proportion.of(xF, nF);
                        reference = Proportion.of(xR, nR);
                    } catch (IllegalArgumentException e) {
                        return;
                    }
                    for (Comparison kind : GROUP_KINDS) {
                        check(() -> Gaps.proportionGap(focus, reference, kind, o), IllegalArgumentException.class);
                        check(() -> Gaps.proportionRatio(focus, reference, kind, o), IllegalArgumentException.class);
                    }
                    check(() -> Gaps.proportionGap(focus, Comparison.externalBenchmark("b", b), o),
                            IllegalArgumentException.class);
                    check(() -> Gaps.proportionRatio(focus, Comparison.externalBenchmark("b", b), o),
                            IllegalArgumentException.class);
                    check(() -> Gaps.proportionRatio(focus, Comparison.externalBenchmark("b", Math.abs(b) % 1), o),
                            IllegalArgumentException.class);
                    check(() -> Representation.share(xF, nF, o), IllegalArgumentException.class);
                    check(() -> Representation.disclosureRate(xF, nF, o), IllegalArgumentException.class);
                    check(() -> Representation.compareToBenchmark(xF, nF, b, o), IllegalArgumentException.class);
                    check(() -> Representation.compareToBenchmark(xF, nF, Math.abs(b) % 1, o),
                            IllegalArgumentException.class);
                    try {
                        Representation.additionalMembersNeeded(xF, nF, Math.abs(b) % 1);
                    } catch (IllegalArgumentException documented) {
                        // counts out of range
                    }
                });
    }

    @Test
    void weightedShares() {
        qt().withExamples(3000).forAll(longPairs(), doubleTriples(), options())
                .checkAssert((c, w, o) ->
                        check(() -> Representation.weightedShare(c[0], c[1], w[0], w[1], w[2], o),
                                IllegalArgumentException.class));
    }

    @Test
    void perCategoryAccumulators() {
        qt().withExamples(500).forAll(columns(), longs().all(), options()).checkAssert((values, seed, o) -> {
            List<String> keys = List.of("F", "M", "X");
            CategorySummaries<String> summaries = CategorySummaries.over(keys);
            CategoryCounts<String> counts = CategoryCounts.over(keys);
            for (int i = 0; i < values.length; i++) {
                String k = keys.get((int) Math.floorMod(seed >> i, 3L));
                try {
                    summaries.add(k, values[i]);
                } catch (IllegalArgumentException documented) {
                    // a value that is not finite
                }
                try {
                    counts.add(k, values[i]);
                } catch (IllegalArgumentException documented) {
                    // a weight that is negative or not finite
                }
            }
            check(() -> summaries.meanGap("F", "M", o));
            check(() -> summaries.meanGapToRest("F", o));
            check(() -> Representation.weightedShare(counts, "F", o));
            check(() -> Representation.share(counts, "F", o));
            check(() -> Representation.diversityIndex(counts, Set.of("X"), o));
            check(() -> Representation.disclosureRate(counts, Set.of("X"), o));
        });
    }

    @Test
    void oneVsRestColumnsAndPerSchoolGaps() {
        qt().withExamples(500).forAll(columns(), longs().all(), booleans().all(), options())
                .checkAssert((values, seed, byGroup, o) -> {
                    boolean[] focus = flags(values.length, seed);
                    boolean[] met = flags(values.length, ~seed);
                    check(() -> Gaps.meanGap(values, focus, o), IllegalArgumentException.class);
                    check(() -> Gaps.proportionGap(met, focus, o));
                    PerSchoolGaps gaps = PerSchoolGaps.ofGroups(2);
                    try {
                        if (byGroup) {
                            gaps.addGroup(0, values, met, focus);
                        } else {
                            int[] codes = new int[values.length];
                            for (int i = 0; i < codes.length; i++) {
                                codes[i] = (int) ((seed >>> (i + 3)) & 1);
                            }
                            gaps.addAll(codes, values, met, focus);
                        }
                    } catch (IllegalArgumentException documented) {
                        // a score that is not finite
                    }
                    check(() -> gaps.meanGaps(o));
                    check(() -> gaps.proportionGaps(o));
                    check(() -> gaps.combine(gaps.combine(PerSchoolGaps.ofGroups(2))).meanGaps(o));
                });
    }

    @Test
    void gapIndex() {
        qt().withExamples(500).forAll(columns(), longs().all(), doubleTriples())
                .checkAssert((values, seed, grid3) -> {
                    double min = grid3[0];
                    double max = grid3[1];
                    double step = grid3[2];
                    boolean[] dis = flags(values.length, seed);
                    check(() -> GapIndex.sortBased(values, dis, MetricOptions.defaults()),
                            IllegalArgumentException.class);
                    GapIndex grid;
                    try {
                        grid = GapIndex.onGrid(min, max, step);
                    } catch (IllegalArgumentException documented) {
                        grid = GapIndex.ks2();
                    } catch (OutOfMemoryError tooLarge) {
                        return;
                    }
                    GapIndex index = grid;
                    for (int i = 0; i < values.length; i++) {
                        try {
                            index.add(values[i], dis[i]);
                        } catch (IllegalArgumentException documented) {
                            // off the grid
                        }
                    }
                    check(() -> index.result(MetricOptions.defaults()));
                    double[] onGrid = Arrays.stream(values).map(v -> Double.isFinite(v) ? v : 0).toArray();
                    check(() -> GapIndex.sortBased(onGrid, dis, MetricOptions.defaults()));
                });
    }

    @Test
    void changes() {
        qt().withExamples(3000).forAll(extremeDoubles(), extremeDoubles()).checkAssert((from, to) -> {
            check(() -> Change.absolute(from, to), IllegalArgumentException.class);
            check(() -> Change.relative(from, to), IllegalArgumentException.class);
        });
    }

    @Test
    void theOptionalFormAgreesWithTheGetters() {
        qt().forAll(extremeLongs(), extremeLongs()).checkAssert((x, n) -> {
            ShareResult s;
            try {
                s = Representation.share(x, n, MetricOptions.defaults());
            } catch (IllegalArgumentException e) {
                return;
            }
            OptionalDouble share = s.optionalShare();
            assertTrue(share.isPresent() == s.hasValue());
        });
    }
}

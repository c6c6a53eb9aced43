package org.equalityduty.metrics.accumulators;

import static org.equalityduty.metrics.accumulators.GapAssertions.assertSameGap;
import static org.equalityduty.metrics.accumulators.GapAssertions.scale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.junit.jupiter.api.Test;

/**
 * {@link PerSchoolGaps} gives, for every group, the same gaps as {@link Gaps#meanGap(double[], boolean[], MetricOptions)}
 * and {@link Gaps#proportionGap(boolean[], boolean[], MetricOptions)} on the group's own columns (counts and statuses
 * exactly, figures to 1e-12 relative to the data's scale), whichever way the records are fed in and however the work
 * is split and combined.
 */
class PerSchoolGapsProperties {

    private static final MetricOptions OPTIONS = MetricOptions.defaults().withMinimumGroupSize(1);

    /** A generated extract: flat columns in arbitrary group order. */
    record Extract(boolean illConditioned, int groups, int[] group, double[] score, boolean[] met, boolean[] focus) {

        /** The condition number {@code 1 + |x̄| / s} of the worse-conditioned cell (1 for cells without spread). */
        double conditioning() {
            double worst = 1;
            for (boolean f : new boolean[] {true, false}) {
                int size = 0;
                for (boolean x : focus) {
                    size += x == f ? 1 : 0;
                }
                double[] values = new double[size];
                int j = 0;
                for (int i = 0; i < score.length; i++) {
                    if (focus[i] == f) {
                        values[j++] = score[i];
                    }
                }
                Summary s = Summary.ofValues(values);
                if (s.getN() > 1 && s.getVariance() > 0) {
                    worst = Math.max(worst, 1 + Math.abs(s.getMean()) / s.getStandardDeviation());
                }
            }
            return worst;
        }

        static Extract generate(int groups, int records, long seed, int kind) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] group = new int[records];
            double[] score = new double[records];
            boolean[] met = new boolean[records];
            boolean[] focus = new boolean[records];
            for (int i = 0; i < records; i++) {
                group[i] = random.nextInt(groups);
                focus[i] = random.nextDouble() < 0.3;
                score[i] = switch (kind) {
                    // KS2-like whole-number scaled scores.
                    case 0 -> Math.max(80, Math.min(120, Math.round((focus[i] ? 101 : 105) + 7 * random.nextGaussian())));
                    // Wide-ranging doubles of either sign.
                    case 1 -> random.nextDouble(-1e6, 1e6);
                    // A large offset with a small spread (the case that breaks unshifted sums).
                    case 2 -> 1e6 + random.nextDouble();
                    // Few distinct values, so that zero variances and equal means occur.
                    default -> random.nextInt(3);
                };
                met[i] = score[i] >= (kind == 0 ? 100 : kind == 2 ? 1e6 + 0.5 : 0.5);
            }
            return new Extract(kind == 2, groups, group, score, met, focus);
        }

        Extract ofGroup(int g) {
            int size = 0;
            for (int x : group) {
                size += x == g ? 1 : 0;
            }
            int[] gg = new int[size];
            double[] s = new double[size];
            boolean[] m = new boolean[size];
            boolean[] f = new boolean[size];
            int j = 0;
            for (int i = 0; i < group.length; i++) {
                if (group[i] == g) {
                    gg[j] = g;
                    s[j] = score[i];
                    m[j] = met[i];
                    f[j] = focus[i];
                    j++;
                }
            }
            return new Extract(illConditioned, groups, gg, s, m, f);
        }

        List<Pupil> pupils() {
            List<Pupil> out = new ArrayList<>();
            for (int i = 0; i < group.length; i++) {
                out.add(new Pupil(group[i], focus[i], score[i], met[i]));
            }
            return out;
        }
    }

    record Pupil(int school, boolean disadvantaged, double score, boolean met) {
    }

    /**
     * Asserts the per-group equality. Kind 2 (a mean 1e6 with a spread below 1) is ill-conditioned: there the
     * tolerance is scaled by the condition number, which bounds the reference's own error as much as ours.
     */
    private static void assertMatchesPerGroup(Extract data, PerSchoolGaps grouped) {
        assertEquals(data.groups(), grouped.getGroupCount());
        List<GapResult> means = grouped.meanGaps(OPTIONS);
        List<GapResult> shares = grouped.proportionGaps(OPTIONS);
        for (int g = 0; g < data.groups(); g++) {
            Extract own = data.ofGroup(g);
            GapResult mean = Gaps.meanGap(own.score(), own.focus(), OPTIONS);
            GapResult share = Gaps.proportionGap(own.met(), own.focus(), OPTIONS);
            double conditioning = data.illConditioned() ? own.conditioning() : 1;
            assertSameGap(mean, means.get(g), scale(mean), conditioning);
            assertSameGap(mean, grouped.meanGap(g, OPTIONS), scale(mean), conditioning);
            assertSameGap(share, shares.get(g), 1);
            assertSameGap(share, grouped.proportionGap(g, OPTIONS), 1);
        }
    }

    @Test
    void flatColumnsMatchPerGroupColumns() {
        qt().forAll(integers().between(1, 6), integers().between(0, 300), longs().all(), integers().between(0, 3))
                .checkAssert((groups, records, seed, kind) -> {
                    Extract data = Extract.generate(groups, records, seed, kind);
                    assertMatchesPerGroup(data,
                            PerSchoolGaps.of(data.group(), groups, data.score(), data.met(), data.focus()));
                });
    }

    @Test
    void perGroupColumnsMatchPerGroupColumns() {
        qt().forAll(integers().between(1, 6), integers().between(0, 300), longs().all(), integers().between(0, 3))
                .checkAssert((groups, records, seed, kind) -> {
                    Extract data = Extract.generate(groups, records, seed, kind);
                    PerSchoolGaps grouped = PerSchoolGaps.ofGroups(groups);
                    for (int g = 0; g < groups; g++) {
                        Extract own = data.ofGroup(g);
                        grouped.addGroup(g, own.score(), own.met(), own.focus());
                    }
                    assertMatchesPerGroup(data, grouped);
                });
    }

    @Test
    void objectRecordsMatchPerGroupColumns() {
        qt().forAll(integers().between(1, 6), integers().between(0, 300), longs().all(), integers().between(0, 3))
                .checkAssert((groups, records, seed, kind) -> {
                    Extract data = Extract.generate(groups, records, seed, kind);
                    PerSchoolGaps grouped = PerSchoolGaps.ofGroups(groups).addAll(data.pupils(), Pupil::school,
                            Pupil::disadvantaged, Pupil::score, Pupil::met);
                    assertMatchesPerGroup(data, grouped);
                });
    }

    @Test
    void splittingAndCombiningChangesNothing() {
        qt().forAll(integers().between(1, 6), integers().between(0, 300), longs().all(), integers().between(0, 3))
                .checkAssert((groups, records, seed, kind) -> {
                    Extract data = Extract.generate(groups, records, seed, kind);
                    int cut = (int) Math.floorMod(seed >>> 7, (long) records + 1);
                    PerSchoolGaps first = PerSchoolGaps.ofGroups(groups);
                    PerSchoolGaps second = PerSchoolGaps.ofGroups(groups);
                    for (int i = 0; i < records; i++) {
                        (i < cut ? first : second).add(data.group()[i], data.focus()[i], data.score()[i],
                                data.met()[i]);
                    }
                    assertMatchesPerGroup(data, first.combine(second));
                });
    }
}

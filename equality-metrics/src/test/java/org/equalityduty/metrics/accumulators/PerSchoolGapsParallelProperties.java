package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The parallel paths equal the sequential one (counts and statuses exactly, moments to 1e-9 relative), give the same
 * result on a pool as on the calling thread (the slices and their order depend only on the length), and report the
 * sequential path's error for the first bad position.
 */
class PerSchoolGapsParallelProperties {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final Executor CALLER = Runnable::run;
    private static final MetricOptions OPTIONS = MetricOptions.defaults().withMinimumGroupSize(2);

    @AfterAll
    static void shutDown() {
        POOL.shutdown();
    }

    /** A pupil of a school, as a caller's object record. */
    record Pupil(int school, boolean disadvantaged, double score, boolean met) {
    }

    private static List<Pupil> pupils(long seed, int n, int schools) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Pupil> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double score = 80 + random.nextInt(41) + random.nextInt(10) / 10.0;
            out.add(new Pupil(random.nextInt(schools), random.nextInt(3) == 0, score, score >= 100));
        }
        return out;
    }

    private static void assertSame(PerSchoolGaps expected, PerSchoolGaps actual) {
        for (int g = 0; g < expected.getGroupCount(); g++) {
            assertEquals(expected.getFocusProportion(g), actual.getFocusProportion(g));
            assertEquals(expected.getRestProportion(g), actual.getRestProportion(g));
            GapResult e = expected.meanGap(g, OPTIONS);
            GapResult a = actual.meanGap(g, OPTIONS);
            assertEquals(e.getStatus(), a.getStatus());
            if (e.hasValue()) {
                double scale = 1 + Math.abs(e.getEstimate());
                assertEquals(e.getEstimate(), a.getEstimate(), 1e-9 * scale);
                assertEquals(e.getLower(), a.getLower(), 1e-9 * scale);
                assertEquals(e.getUpper(), a.getUpper(), 1e-9 * scale);
            }
        }
    }

    @Test
    void parallelColumnsAndRecordsEqualTheSequentialPass() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 20_000), integers().between(1, 9))
                .checkAssert((seed, n, partitions) -> {
                    int schools = 7;
                    List<Pupil> pupils = pupils(seed, n, schools);
                    int[] codes = pupils.stream().mapToInt(Pupil::school).toArray();
                    double[] scores = pupils.stream().mapToDouble(Pupil::score).toArray();
                    boolean[] met = new boolean[n];
                    boolean[] focus = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        met[i] = pupils.get(i).met();
                        focus[i] = pupils.get(i).disadvantaged();
                    }
                    PerSchoolGaps sequential = PerSchoolGaps.of(codes, schools, scores, met, focus);
                    PerSchoolGaps onPool = PerSchoolGaps.of(codes, schools, scores, met, focus, POOL, partitions);
                    PerSchoolGaps onCaller = PerSchoolGaps.of(codes, schools, scores, met, focus, CALLER, partitions);
                    PerSchoolGaps records = PerSchoolGaps.ofRecords(pupils, schools, Pupil::school,
                            Pupil::disadvantaged, Pupil::score, Pupil::met, POOL, partitions);
                    assertSame(sequential, onPool);
                    assertSame(sequential, records);
                    // Deterministic: the same slices combined in the same order, whatever ran them.
                    assertEquals(onCaller.meanGaps(OPTIONS), onPool.meanGaps(OPTIONS));
                    assertEquals(onCaller.proportionGaps(OPTIONS), onPool.proportionGaps(OPTIONS));
                });
    }

    @Test
    void theFirstBadPositionIsReportedAsTheSequentialPathReportsIt() {
        int n = 1000;
        int[] codes = new int[n];
        double[] scores = new double[n];
        boolean[] flags = new boolean[n];
        scores[700] = Double.NaN;
        codes[900] = 5;
        assertEquals("scores[700] must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.of(codes, 2, scores, flags, flags)).getMessage());
        assertEquals("scores[700] must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.of(codes, 2, scores, flags, flags, POOL, 4)).getMessage());
        List<Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pupils.add(new Pupil(i == 900 ? 5 : 0, false, i == 700 ? Double.NaN : 100, false));
        }
        assertEquals("score of record 700 must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.ofRecords(pupils, 2, Pupil::school, Pupil::disadvantaged, Pupil::score,
                        Pupil::met, POOL, 4)).getMessage());
        assertEquals("partitions must be between 1 and 1024: 0", assertThrows(IllegalArgumentException.class,
                () -> PerSchoolGaps.of(codes, 2, scores, flags, flags, POOL, 0)).getMessage());
    }
}

package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.MetricStatus;
import org.junit.jupiter.api.Test;

class SchoolGapsTest {
    private static final MetricOptions OPTIONS = MetricOptions.defaults().withMinimumGroupSize(1);

    @Test
    void gapsByHandCalculation() throws ImportException {
        // School 100001: disadvantaged reading 96, 104 (mean 100, 1 of 2 at 100+); others 100, 106, 110, 98
        // (mean 103.5, 3 of 4 at 100+). Mean gap 100 - 103.5 = -3.5; standard gap 0.5 - 0.75 = -0.25 (by hand).
        // School 100002 has no disadvantaged pupil; P9 has no disadvantage recorded.
        String csv = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,ks2_reading\n"
                + "P1,100001,M,WBRI,N,1,96\nP2,100001,F,WBRI,N,1,104\nP3,100001,M,WBRI,N,0,100\n"
                + "P4,100001,F,WBRI,N,0,106\nP5,100001,M,WBRI,N,0,110\nP6,100001,F,WBRI,N,0,98\n"
                + "P7,100002,F,WBRI,N,0,101\nP8,100002,F,WBRI,N,0,99\nP9,100002,F,WBRI,N,,120\n";
        SchoolGaps gaps = new SchoolGaps();
        EqualityImport.forEachPupil(Csv.bytes(csv), "pupils.csv", ImportOptions.defaults(), gaps);
        assertEquals(List.of("100001", "100002"), gaps.getSchools());
        assertEquals(6, gaps.getPupilCount("100001"));
        assertEquals(3, gaps.getPupilCount("100002"));
        assertEquals(0, gaps.getPupilCount("999999"));
        assertEquals(1, gaps.getUnknownDisadvantageCount());
        GapResult mean = gaps.meanGap("100001", GapScore.KS2_READING, OPTIONS);
        assertEquals(MetricStatus.OK, mean.getStatus());
        assertEquals(-3.5, mean.getEstimate(), 1e-12);
        assertEquals(-0.25, gaps.standardGap("100001", GapScore.KS2_READING, OPTIONS).getEstimate(), 1e-12);
        assertEquals(MetricStatus.EMPTY, gaps.meanGap("100002", GapScore.KS2_READING, OPTIONS).getStatus());
        assertEquals(MetricStatus.EMPTY, gaps.meanGap("100001", GapScore.KS2_MATHS, OPTIONS).getStatus());
        // Trust: disadvantaged 96, 104 (mean 100); others 100, 106, 110, 98, 101, 99 (mean 614/6) by hand.
        assertEquals(100 - 614.0 / 6, gaps.trustMeanGap(GapScore.KS2_READING, OPTIONS).getEstimate(), 1e-12);
        assertEquals(0.5 - 4.0 / 6, gaps.trustStandardGap(GapScore.KS2_READING, OPTIONS).getEstimate(), 1e-12);
    }

    /**
     * The KS4 scores, through the byte path and through rows: disadvantaged Attainment 8 30 and 40.5 (mean 35.25),
     * others 50 and 60 (mean 55), gap -19.75; English and maths grades 3.5 and 4.5 (mean 4) against 5 and 6.5
     * (mean 5.75), gap -1.75; by hand. KS4 scores have no standard, and KS2 maths is not recorded.
     */
    @Test
    void ks4GapsByHandCalculation() throws ImportException {
        String csv = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,ks4_attainment8,ks4_english_maths_grade\n"
                + "P1,100001,M,WBRI,N,1,30,3.5\nP2,100001,F,WBRI,N,1,40.5,4.5\n"
                + "P3,100001,M,WBRI,N,0,50,5\nP4,100001,F,WBRI,N,0,60,6.5\n";
        SchoolGaps direct = new SchoolGaps();
        EqualityImport.forEachPupil(Csv.bytes(csv), "pupils.csv", ImportOptions.defaults(), direct);
        SchoolGaps byRows = new SchoolGaps();
        EqualityImport.forEachPupil(Csv.bytes(csv), "pupils.csv", ImportOptions.defaults(), row -> byRows.accept(row));
        for (SchoolGaps gaps : List.of(direct, byRows)) {
            assertEquals(-19.75, gaps.meanGap("100001", GapScore.KS4_ATTAINMENT_8, OPTIONS).getEstimate(), 1e-12);
            assertEquals(-1.75, gaps.meanGap("100001", GapScore.KS4_ENGLISH_MATHS_GRADE, OPTIONS).getEstimate(),
                    1e-12);
            assertEquals(-1.75, gaps.trustMeanGap(GapScore.KS4_ENGLISH_MATHS_GRADE, OPTIONS).getEstimate(), 1e-12);
            assertEquals(MetricStatus.EMPTY, gaps.meanGap("100001", GapScore.KS2_MATHS, OPTIONS).getStatus());
        }
    }

    @Test
    void badArgumentsAreRejectedByName() {
        SchoolGaps gaps = new SchoolGaps();
        assertEquals("no pupil of school 123456 has been read", assertThrows(IllegalArgumentException.class,
                () -> gaps.meanGap("123456", GapScore.KS2_READING, OPTIONS)).getMessage());
        assertEquals("KS4_ATTAINMENT_8 has no standard in the default layout",
                assertThrows(IllegalArgumentException.class,
                        () -> gaps.trustStandardGap(GapScore.KS4_ATTAINMENT_8, OPTIONS)).getMessage());
        assertEquals("pupil", assertThrows(NullPointerException.class, () -> gaps.accept(null)).getMessage());
        assertEquals("SchoolGaps[schools=0]", gaps.toString());
    }

    /**
     * 130 schools, so three blocks of 64: a school's figures must come from its own cell of its own block, through
     * the byte path (the sink is the accumulator) and through rows (the sink is a lambda). School k (URN 200000 + k)
     * has disadvantaged readings 90 and 100 (mean 95, 1 of 2 at 100+), others 110 and 95 + k % 10 (mean
     * (205 + k % 10) / 2, 2 of 2 at 100+ when k % 10 >= 5, else 1 of 2), and k % 7 pupils with no disadvantage
     * recorded. So, by hand: mean gap 95 - (205 + k % 10) / 2; standard gap 0.5 - 1 or 0.5 - 0.5; pupils 4 + k % 7.
     */
    @Test
    void schoolsBeyondTheFirstBlockKeepTheirOwnFigures() throws ImportException {
        int schools = 130;
        StringBuilder csv = new StringBuilder("pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,ks2_reading\n");
        for (int j = 0; j < 10; j++) {
            for (int k = 0; k < schools; k++) {
                int urn = 200_000 + k;
                String row = switch (j) {
                    case 0 -> "1,90";
                    case 1 -> "1,100";
                    case 2 -> "0,110";
                    case 3 -> "0," + (95 + k % 10);
                    default -> j - 4 < k % 7 ? ",101" : null;
                };
                if (row != null) {
                    csv.append('P').append(j).append('-').append(k).append(',').append(urn).append(",F,WBRI,N,")
                            .append(row).append('\n');
                }
            }
        }
        SchoolGaps direct = new SchoolGaps();
        EqualityImport.forEachPupil(Csv.bytes(csv.toString()), "pupils.csv", ImportOptions.defaults(), direct);
        SchoolGaps byRows = new SchoolGaps();
        EqualityImport.forEachPupil(Csv.bytes(csv.toString()), "pupils.csv", ImportOptions.defaults(),
                row -> byRows.accept(row));
        for (SchoolGaps gaps : List.of(direct, byRows)) {
            assertEquals(schools, gaps.getSchools().size());
            assertEquals("SchoolGaps[schools=130]", gaps.toString());
            assertEquals(GapScore.values().length * (3 + 1), gaps.accumulatorCount(), "three blocks and the trust");
            for (int k = 0; k < schools; k++) {
                String urn = Integer.toString(200_000 + k);
                assertEquals(urn, gaps.getSchools().get(k));
                assertEquals(4 + k % 7, gaps.getPupilCount(urn), urn);
                assertEquals(95 - (205 + k % 10) / 2.0,
                        gaps.meanGap(urn, GapScore.KS2_READING, OPTIONS).getEstimate(), 1e-12, urn);
                assertEquals(k % 10 >= 5 ? -0.5 : 0.0,
                        gaps.standardGap(urn, GapScore.KS2_READING, OPTIONS).getEstimate(), 1e-12, urn);
            }
            // 0 + 1 + ... + 6 pupils without a flag in each run of 7 schools: 18 runs of 21 and 0..3 (6) for 126..129.
            assertEquals(18 * 21 + 6, gaps.getUnknownDisadvantageCount());
        }
    }

    /**
     * Streams 300,000 generated pupils of 500 schools and proves that no row outlives its turn: every 1,000th row is
     * watched through a weak reference, and at checkpoints during the pass (and at the end) garbage collection must
     * have cleared every watched row from before the previous checkpoint. What the accumulator keeps is counted
     * too: one PerSchoolGaps per score per block of 64 schools, whatever the number of rows.
     */
    @Test
    void aLargeFileIsProcessedWithMemoryPerSchoolNotPerRow() throws ImportException {
        int rows = 300_000;
        int schools = 500;
        SchoolGaps gaps = new SchoolGaps();
        List<WeakReference<PupilRow>> watched = new ArrayList<>();
        long[] seen = new long[1];
        List<Integer> alive = new ArrayList<>();
        ImportSummary summary = EqualityImport.forEachPupil(generated(rows, schools), "large.csv",
                ImportOptions.defaults(), row -> {
                    gaps.accept(row);
                    long n = ++seen[0];
                    if (n % 1000 == 0) {
                        watched.add(new WeakReference<>(row));
                    }
                    if (n % 100_000 == 0) {
                        alive.add(liveAfterGc(watched.subList(0, watched.size() - 1)));
                    }
                });
        assertEquals(rows, summary.getRowsUsed());
        assertEquals(List.of(0, 0, 0), alive, "rows read earlier are still reachable during the pass");
        assertEquals(0, liveAfterGc(watched), "rows are still reachable after the pass");
        assertEquals(schools, gaps.getSchools().size());
        int blocks = (schools + SchoolGaps.BLOCK - 1) / SchoolGaps.BLOCK;
        assertEquals(GapScore.values().length * (blocks + 1), gaps.accumulatorCount());
        assertTrue(gaps.meanGap("100000", GapScore.KS2_READING, OPTIONS).hasValue());
    }

    private static int liveAfterGc(List<WeakReference<PupilRow>> refs) {
        int live = refs.size();
        for (int attempt = 0; attempt < 20 && live > 0; attempt++) {
            System.gc();
            live = (int) refs.stream().filter(r -> r.get() != null).count();
        }
        return live;
    }

    /** A pupils file generated on the fly, never held whole in memory. */
    static InputStream generated(int rows, int schools) {
        return new InputStream() {
            private byte[] chunk = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,ks2_reading,ks2_maths\n"
                    .getBytes(StandardCharsets.UTF_8);
            private int pos;
            private int next;

            private boolean ensure() {
                if (pos < chunk.length) {
                    return true;
                }
                if (next == rows) {
                    return false;
                }
                int i = next++;
                chunk = ("P" + i + "," + (100000 + i % schools) + "," + (i % 2 == 0 ? "F" : "M") + ",WBRI,N,"
                        + (i % 3 == 0 ? 1 : 0) + "," + (80 + (i * 7) % 41) + "," + (80 + (i * 13) % 41) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                pos = 0;
                return true;
            }

            @Override
            public int read() {
                return ensure() ? chunk[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = 0;
                while (n < len && ensure()) {
                    int k = Math.min(len - n, chunk.length - pos);
                    System.arraycopy(chunk, pos, b, off + n, k);
                    pos += k;
                    n += k;
                }
                return n == 0 ? -1 : n;
            }
        };
    }
}

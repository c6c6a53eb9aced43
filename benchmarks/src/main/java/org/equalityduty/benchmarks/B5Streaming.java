package org.equalityduty.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;

/**
 * B5, memory while streaming records through the object-form gap computation ({@code Gaps.meanGap(Iterable, ...)}):
 * the records are generated on the fly and dropped as soon as they are read, so only the library can keep memory
 * alive.
 */
public final class B5Streaming {

    private static final MetricOptions OPTIONS = MetricOptions.defaults();

    private B5Streaming() {
    }

    /**
     * Streams the records through the library.
     *
     * @param records the records
     * @return the mean gap, disadvantaged minus others
     */
    public static double library(Iterable<Pupil> records) {
        GapResult gap = Gaps.meanGap(records, Pupil::disadvantaged, Pupil::scaledScore, OPTIONS);
        return gap.getEstimate();
    }

    /**
     * The baseline for allocation: reads the same stream and does nothing but sum, so that its allocation per
     * operation is the generator's own and the difference is the library's.
     *
     * @param records the records
     * @return a sum, to be consumed
     */
    public static double consumeOnly(Iterable<Pupil> records) {
        double sum = 0;
        for (Pupil p : records) {
            sum += p.disadvantaged() ? p.scaledScore() : -p.scaledScore();
        }
        return sum;
    }

    /**
     * Live heap measured with forced garbage collections around a streaming run.
     *
     * @param records the number of records streamed
     * @param before used heap after a forced GC before streaming, bytes
     * @param midway used heap after a forced GC half way through the stream (records already read are garbage), bytes
     * @param after used heap after a forced GC once the result is held, bytes
     * @param peak the highest heap use during the pass (sum of the heap pools' peaks, reset before streaming), bytes;
     *        it includes garbage not yet collected, so it reflects the young generation's sizing
     * @param oldBefore used old (tenured) generation before the pass, bytes
     * @param oldPeak the old generation's peak during the pass (what survived young collections), bytes
     */
    public record HeapSample(long records, long before, long midway, long after, long peak, long oldBefore,
            long oldPeak) {
        /**
         * Gets the growth in live heap from before streaming to half way through, bytes.
         *
         * @return the growth in live heap from before streaming to half way through, bytes
         */
        public long midwayGrowth() {
            return midway - before;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%,d records: before %,d B, midway %,d B (%+,d), after %,d B (%+,d), peak %,d B, old generation"
                    + " %,d B before, peak %,d B", records, before, midway, midwayGrowth(), after, after - before, peak,
                    oldBefore, oldPeak);
        }
    }

    /**
     * Measures the live heap (MemoryMXBean, after {@code System.gc()}) before, half way through and after streaming
     * {@code records} records through {@link #library(Iterable)}.
     *
     * @param records the number of records
     * @return the sample
     */
    public static HeapSample measureHeap(long records) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long[] midway = new long[1];
        Iterable<Pupil> source = Cohort.streamed(records, Cohort.SEED);
        Iterable<Pupil> probed = () -> new Iterator<>() {
            private final Iterator<Pupil> it = source.iterator();
            private long read;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Pupil next() {
                if (++read == records / 2) {
                    midway[0] = usedAfterGc(memory);
                }
                return it.next();
            }
        };
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        long oldBefore = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                pools.add(pool);
                if (isOld(pool)) {
                    oldBefore += pool.getUsage().getUsed();
                }
            }
        }
        double result = library(probed);
        long peak = 0;
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : pools) {
            peak += pool.getPeakUsage().getUsed();
            if (isOld(pool)) {
                oldPeak += pool.getPeakUsage().getUsed();
            }
        }
        long after = usedAfterGc(memory);
        if (!Double.isFinite(result)) {
            throw new IllegalStateException("streamed gap is not finite: " + result);
        }
        return new HeapSample(records, before, midway[0], after, peak, oldBefore, oldPeak);
    }

    private static boolean isOld(MemoryPoolMXBean pool) {
        String name = pool.getName();
        return name.contains("Old") || name.contains("Tenured");
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

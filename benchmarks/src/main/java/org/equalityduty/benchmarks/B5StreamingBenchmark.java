package org.equalityduty.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * B5: streaming generated records (never kept) through the object-form gap computation; run with JMH's GC profiler
 * so that the allocation per operation of the library can be compared with the generator's own, at two record counts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class B5StreamingBenchmark {

    /** Number of streamed records. */
    @Param({"1000000", "10000000"})
    public long records;

    /**
     * Gets the gap.
     *
     * @return the gap
     */
    @Benchmark
    public double library() {
        return B5Streaming.library(Cohort.streamed(records, Cohort.SEED));
    }

    /**
     * Gets a sum.
     *
     * @return a sum
     */
    @Benchmark
    public double consumeOnly() {
        return B5Streaming.consumeOnly(Cohort.streamed(records, Cohort.SEED));
    }
}

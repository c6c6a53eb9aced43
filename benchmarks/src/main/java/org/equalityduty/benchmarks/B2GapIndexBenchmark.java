package org.equalityduty.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** B2: the DfE gap index over a 600,000-pupil KS2 cohort, library histogram against sort-based references. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class B2GapIndexBenchmark {

    B2Implementations.KeyStage2 cohort;
    int[] wholeScores;

    /** Generates the cohort (not timed). */
    @Setup(Level.Trial)
    public void setUp() {
        cohort = B2Implementations.cohort(B2Implementations.COHORT, Cohort.SEED);
        wholeScores = B2Implementations.wholeScores(cohort);
    }

    /** @return the index */
    @Benchmark
    public double libraryInt() {
        return B2Implementations.libraryInt(wholeScores, cohort.disadvantaged());
    }

    /**
     * Gets the index.
     *
     * @return the index
     */
    @Benchmark
    public double library() {
        return B2Implementations.library(cohort);
    }

    /**
     * Gets the index.
     *
     * @return the index
     */
    @Benchmark
    public double handHistogram() {
        return B2Implementations.handHistogram(cohort);
    }

    /**
     * Gets the index.
     *
     * @return the index
     */
    @Benchmark
    public double librarySortBased() {
        return B2Implementations.librarySortBased(cohort);
    }

    /**
     * Gets the index.
     *
     * @return the index
     */
    @Benchmark
    public double sortBasedReference() {
        return B2Implementations.sortBasedReference(cohort);
    }
}

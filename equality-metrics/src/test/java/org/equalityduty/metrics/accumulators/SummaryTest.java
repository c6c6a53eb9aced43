package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SummaryTest extends AccumulatorContract<Summary, Double> {

    @Test
    void handExample() {
        // {2,4,4,4,5,5,7,9}: mean 40/8 = 5, M2 = 9+1+1+1+0+0+4+16 = 32, s² = 32/7.
        Summary s = Summary.ofValues(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, s.getN());
        assertEquals(5.0, s.getMean(), 0);
        assertEquals(32.0, s.getSumOfSquaredDeviations(), 1e-13);
        assertEquals(32.0 / 7, s.getVariance(), 1e-14);
    }

    @Test
    void fromPublishedAggregates() {
        Summary s = Summary.of(8, 5, Math.sqrt(32.0 / 7));
        assertEquals(32.0, s.getSumOfSquaredDeviations(), 1e-12);
        assertSame(Summary.empty(), Summary.of(0, 0, 0));
    }

    @Test
    void mergeAndMinusInvertEachOther() {
        Summary a = Summary.ofValues(2, 4, 4, 4);
        Summary b = Summary.ofValues(5, 5, 7, 9);
        Summary all = a.merge(b);
        assertEquals(5.0, all.getMean(), 0);
        assertEquals(32.0, all.getSumOfSquaredDeviations(), 1e-12);
        Summary back = all.minus(a);
        assertEquals(4, back.getN());
        assertEquals(6.5, back.getMean(), 1e-14);
        assertEquals(b.getSumOfSquaredDeviations(), back.getSumOfSquaredDeviations(), 1e-12);
        assertSame(Summary.empty(), all.minus(all));
    }

    @Test
    void emptyAndSingleValueEdges() {
        assertEquals("the mean of an empty summary is undefined",
                assertThrows(IllegalStateException.class, () -> Summary.empty().getMean()).getMessage());
        assertEquals("the sample variance needs at least 2 observations: n = 1",
                assertThrows(IllegalStateException.class, () -> Summary.ofValues(3).getVariance()).getMessage());
        assertEquals(0.0, Summary.ofValues(4, 4, 4).getVariance(), 0);
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertEquals("n must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Summary.of(-1, 0, 0)).getMessage());
        assertEquals("standardDeviation must be 0 when n = 1: 2.0",
                assertThrows(IllegalArgumentException.class, () -> Summary.of(1, 0, 2)).getMessage());
        assertEquals("values[0] must be finite: Infinity", assertThrows(IllegalArgumentException.class,
                () -> Summary.ofValues(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("part has more observations (2) than the whole (1)", assertThrows(IllegalArgumentException.class,
                () -> Summary.ofValues(1).minus(Summary.ofValues(1, 2))).getMessage());
    }

    // ---- the accumulator contract: values of KS2-like and signed scores; moments to 1e-9 relative (MergeProperties)

    @Override
    Summary empty() {
        return Summary.empty();
    }

    @Override
    Summary add(Summary accumulator, Double observation) {
        return accumulator.combine(Summary.ofValues(observation));
    }

    @Override
    Summary fill(List<Double> observations) {
        double[] values = new double[observations.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = observations.get(i);
        }
        return Summary.ofValues(values);
    }

    @Override
    Gen<Double> observations() {
        return doubles().between(-1000, 1000);
    }

    @Override
    void assertSameFigures(Summary expected, Summary actual) {
        assertEquals(expected.getN(), actual.getN());
        if (!expected.isEmpty()) {
            assertEquals(expected.getMean(), actual.getMean(), 1e-9 * (1 + Math.abs(expected.getMean())));
            assertEquals(expected.getSumOfSquaredDeviations(), actual.getSumOfSquaredDeviations(),
                    1e-9 * (1 + expected.getSumOfSquaredDeviations()));
        }
    }

    @Override
    void assertEmpty(Summary empty) {
        assertTrue(empty.isEmpty());
        assertEquals("the mean of an empty summary is undefined",
                assertThrows(IllegalStateException.class, empty::getMean).getMessage());
    }

    @Override
    void assertSingle(Summary single, Double observation) {
        assertEquals(1, single.getN());
        assertEquals(observation, single.getMean(), 0);
        assertEquals(0, single.getSumOfSquaredDeviations(), 0);
    }

    // ---- regressions: a summary's mean and M2 are always finite; inputs that would break that are rejected

    @Test
    void aStandardDeviationWhoseSquareOverflowsIsRejected() {
        assertEquals("standardDeviation 1.0E200 with n = 5 gives a sum of squared deviations sd² (n - 1) that "
                + "overflows a double", assertThrows(IllegalArgumentException.class,
                        () -> Summary.of(5, 1, 1e200)).getMessage());
    }

    @Test
    void valuesAtBothEndsOfTheDoubleRangeAreRejectedNotAveragedToInfinity() {
        assertEquals("values are too far apart for their sum of squared deviations to be represented in double "
                + "precision (values of magnitude beyond about 1e154 with opposite signs or far apart)",
                assertThrows(IllegalArgumentException.class,
                        () -> Summary.ofValues(Double.MAX_VALUE, -Double.MAX_VALUE)).getMessage());
        // Equal huge values are fine: mean MAX_VALUE, M2 0.
        Summary same = Summary.ofValues(Double.MAX_VALUE, Double.MAX_VALUE);
        assertEquals(Double.MAX_VALUE, same.getMean(), 0);
        assertEquals(0, same.getSumOfSquaredDeviations(), 0);
    }

    @Test
    void mergingSummariesWhoseSpreadOverflowsThrowsArithmeticException() {
        assertEquals("the merged sum of squared deviations overflows a double: means 1.0E308 (n = 5) and -1.0E308 "
                + "(n = 5)", assertThrows(ArithmeticException.class,
                        () -> Summary.of(5, 1e308, 0).merge(Summary.of(5, -1e308, 0))).getMessage());
    }

    @Test
    void minusOfWholePopulationNearTheEndsOfTheRangeKeepsAFiniteMean() {
        // n x̄ = 4e308 overflows; the rest's mean by x̄ + nP (x̄ - x̄P) / nR is exactly 1e308.
        Summary whole = Summary.of(4, 1e308, 0);
        Summary part = Summary.of(2, 1e308, 0);
        assertEquals(Summary.of(2, 1e308, 0), whole.minus(part));
    }

    @Test
    void ofMomentsChecksItsArguments() {
        assertEquals("sumOfSquaredDeviations must be finite and not negative: Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> Summary.ofMoments(3, 1, Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("sumOfSquaredDeviations must be 0 when n = 1: 2.0",
                assertThrows(IllegalArgumentException.class, () -> Summary.ofMoments(1, 1, 2)).getMessage());
        assertEquals(Summary.ofValues(2, 4, 4, 4, 5, 5, 7, 9), Summary.ofMoments(8, 5, 32));
    }

    @Test
    void ofMomentsAcceptsTheEdgesOfItsRanges() {
        // n = 0 with zero moments is the empty summary; a sum of squared deviations of exactly 0 is allowed.
        assertSame(Summary.empty(), Summary.ofMoments(0, 0, 0));
        Summary equal = Summary.ofMoments(3, 5, 0);
        assertEquals(3, equal.getN());
        assertEquals(0.0, equal.getVariance(), 0);
        assertEquals("an empty summary must have mean 0 and sumOfSquaredDeviations 0: mean=1.0, "
                + "sumOfSquaredDeviations=0.0", assertThrows(IllegalArgumentException.class,
                        () -> Summary.ofMoments(0, 1, 0)).getMessage());
        assertEquals("an empty summary must have mean 0 and sumOfSquaredDeviations 0: mean=0.0, "
                + "sumOfSquaredDeviations=2.0", assertThrows(IllegalArgumentException.class,
                        () -> Summary.ofMoments(0, 0, 2)).getMessage());
        assertEquals("n must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> Summary.ofMoments(-1, 0, 0)).getMessage());
    }

    @Test
    void equalityHashAndText() {
        // {1, 2}: mean 1.5, M2 = 0.25 + 0.25 = 0.5 (hand calculation).
        Summary a = Summary.ofValues(1, 2);
        assertEquals(Summary.ofMoments(2, 1.5, 0.5), a);
        assertEquals(Summary.ofMoments(2, 1.5, 0.5).hashCode(), a.hashCode());
        assertNotEquals(Summary.ofValues(1, 3), a);
        assertNotEquals(Summary.ofValues(1, 2, 1.5), a);
        assertNotEquals(Summary.ofMoments(2, 1.5, 2), a);
        assertNotEquals(Summary.ofValues(1, 3).hashCode(), a.hashCode());
        assertEquals("Summary[n=2, mean=1.5, m2=0.5]", a.toString());
    }
}

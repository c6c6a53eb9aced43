package org.equalityduty.metrics.internal;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapMeasure;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the group-against-group gaps, on primitive moments and counts, shared by the static functions
 * and the accumulators that compute gaps (so that neither package depends on the other). Not exported.
 */
public final class GapMath {

    /** The reason of a figure computed without remark. */
    public static final String OK = "OK";

    private GapMath() {
    }

    /**
     * The difference of means, focus minus reference, with a Welch interval, from moments.
     *
     * @param nF the focus group's count
     * @param meanF the focus group's mean (0 if empty)
     * @param m2F the focus group's sum of squared deviations
     * @param nRef the reference's count (the whole population for WHOLE_POPULATION)
     * @param meanRef the reference's mean (0 if empty)
     * @param nOther the comparator's count (the rest of the population for WHOLE_POPULATION, else {@code nRef})
     * @param m2Other the comparator's sum of squared deviations
     * @param kind the comparison, a group comparison
     * @param options the options
     * @param tQuantile the two-sided t quantile at the options' level, as a function of the degrees of freedom
     * @return the gap
     */
    public static GapResult meanGap(long nF, double meanF, double m2F, long nRef, double meanRef, long nOther,
            double m2Other, Comparison kind, MetricOptions options, DoubleUnaryOperator tQuantile) {
        GapResult.Builder b = GapResult.builder(GapMeasure.MEAN_DIFFERENCE, kind, options)
                .sizes(nF, nRef)
                .values(nF == 0 || !Double.isFinite(meanF) ? OptionalDouble.empty() : OptionalDouble.of(meanF),
                        nRef == 0 || !Double.isFinite(meanRef) ? OptionalDouble.empty() : OptionalDouble.of(meanRef));
        GapResult unavailable = checkGroups(b, nF, nRef, nOther, kind);
        if (unavailable != null) {
            return unavailable;
        }
        if (nF < 2 || nOther < 2) {
            String who = nF < 2 ? "focus group" : comparatorName(kind);
            return b.unavailable(MetricStatus.UNDEFINED,
                    who + " has 1 member; the Welch interval needs at least 2 in each group");
        }
        String spread = spread(m2F, meanF, "focus group", m2Other, meanRef, comparatorName(kind));
        if (spread != null) {
            return b.unavailable(MetricStatus.UNDEFINED, spread);
        }
        double scale = scale(kind, nOther, nRef);
        double vF = m2F / (nF - 1) / nF;
        double vR = m2Other / (nOther - 1) / nOther;
        double d = meanF - meanRef;
        double se = Math.sqrt(vF + vR);
        if (se == 0) {
            return b.available(d, d, d, "both groups have zero variance: the interval is the single point " + d);
        }
        double df = (vF + vR) * (vF + vR) / (vF * vF / (nF - 1) + vR * vR / (nOther - 1));
        if (!(df > 0) || Double.isInfinite(df)) {
            // The squares over- or underflowed: the same ratio with the variances scaled by the larger one.
            double big = Math.max(vF, vR);
            double a = vF / big;
            double c = vR / big;
            df = (a + c) * (a + c) / (a * a / (nF - 1) + c * c / (nOther - 1));
        }
        double half = scale * tQuantile.applyAsDouble(df) * se;
        return b.degreesOfFreedom(df).available(d, d - half, d + half, OK);
    }

    /**
     * The difference of proportions, focus minus reference, with the Newcombe hybrid-score interval, from counts.
     *
     * @param xF the focus group's events
     * @param nF the focus group's count
     * @param xRef the reference's events
     * @param nRef the reference's count (the whole population for WHOLE_POPULATION)
     * @param xOther the comparator's events
     * @param nOther the comparator's count
     * @param kind the comparison, a group comparison
     * @param options the options
     * @param z the normal quantile at the options' level
     * @return the gap
     */
    public static GapResult proportionGap(long xF, long nF, long xRef, long nRef, long xOther, long nOther,
            Comparison kind, MetricOptions options, double z) {
        GapResult.Builder b = GapResult.builder(GapMeasure.PROPORTION_DIFFERENCE, kind, options)
                .sizes(nF, nRef)
                .numerators(xF, xRef)
                .values(nF == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) xF / nF),
                        nRef == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) xRef / nRef));
        GapResult unavailable = checkGroups(b, nF, nRef, nOther, kind);
        if (unavailable != null) {
            return unavailable;
        }
        double scale = scale(kind, nOther, nRef);
        double[] ci = Intervals.newcombe(xF, nF, xOther, nOther, z);
        double d = (double) xF / nF - (double) xRef / nRef;
        return b.available(d, scale * ci[0], scale * ci[1], OK);
    }

    /**
     * Says why the variances cannot be used when a group's moments overflowed the double range (an accumulator holds
     * a non-finite sum of squared deviations once scores of magnitude beyond about {@code 1e154} are far apart), or
     * returns null when both are finite.
     *
     * @param m2F the focus group's sum of squared deviations
     * @param meanF the focus group's mean
     * @param focus how the reason names the focus group
     * @param m2Other the comparator's sum of squared deviations
     * @param meanOther the comparator's (or reference's) mean
     * @param other how the reason names the comparator
     * @return the reason, or null
     */
    public static @Nullable String spread(double m2F, double meanF, String focus, double m2Other, double meanOther,
            String other) {
        if (!Double.isFinite(m2F) || !Double.isFinite(meanF)) {
            return focus + "'s scores are too far apart for their sum of squared deviations to be represented in "
                    + "double precision";
        }
        if (!Double.isFinite(m2Other) || !Double.isFinite(meanOther)) {
            return other + "'s scores are too far apart for their sum of squared deviations to be represented in "
                    + "double precision";
        }
        return null;
    }

    /**
     * The EMPTY or UNDEFINED result when a group the gap needs has no members, or null.
     *
     * @param b the builder
     * @param focusN the focus group's count
     * @param referenceN the reference's count
     * @param otherN the comparator's count
     * @param kind the comparison
     * @return the unavailable result, or null if every group has members
     */
    public static @Nullable GapResult checkGroups(GapResult.Builder b, long focusN, long referenceN, long otherN,
            Comparison kind) {
        if (focusN == 0) {
            return b.unavailable(MetricStatus.EMPTY, "focus group is empty");
        }
        if (referenceN == 0) {
            return b.unavailable(MetricStatus.EMPTY, comparatorName(kind) + " is empty");
        }
        if (otherN == 0) {
            return b.unavailable(MetricStatus.UNDEFINED,
                    "the focus group is the whole population, so there is no one to compare it with");
        }
        return null;
    }

    /**
     * How a reason names the group the focus group is compared with.
     *
     * @param kind the comparison
     * @return "rest of population" or "reference group"
     */
    public static String comparatorName(Comparison kind) {
        switch (kind.getKind()) {
            case REST_OF_POPULATION:
            case WHOLE_POPULATION:
                return "rest of population";
            default:
                return "reference group";
        }
    }

    /**
     * The factor {@code nRest / N} that turns a focus-against-rest interval into a focus-against-whole one.
     *
     * @param kind the comparison
     * @param otherN the rest's count
     * @param wholeN the whole population's count
     * @return the factor, 1 unless the comparison is the whole population
     */
    public static double scale(Comparison kind, long otherN, long wholeN) {
        return kind.getKind() == Comparison.Kind.WHOLE_POPULATION ? (double) otherN / wholeN : 1;
    }
}

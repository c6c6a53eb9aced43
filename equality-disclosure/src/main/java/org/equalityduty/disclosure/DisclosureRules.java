package org.equalityduty.disclosure;

import java.util.Objects;

/**
 * The rules a publication is protected by. Obtain the defaults with {@link #defaults()} and change them with the
 * {@code withX} methods, each of which returns a copy.
 *
 * <p>Defaults: threshold 10 (counts from 1 to 9 are primary suppressions), protection width equal to the
 * threshold, minimum denominator equal to the threshold, zeros published, secondary suppression minimising the
 * total withheld value, no rounding, DfE symbols, no low-reliability marking.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class DisclosureRules {
    private static final DisclosureRules DEFAULTS = new DisclosureRules(10, -1, -1, 0, ZeroPolicy.PUBLISH,
            SuppressionCost.CELL_VALUE, Rounding.NONE, SymbolStyle.DFE, 20_000, 2_000);

    private final int threshold;
    private final int protectionWidth;
    private final int minimumDenominator;
    private final int lowReliabilityBelow;
    private final ZeroPolicy zeroPolicy;
    private final SuppressionCost cost;
    private final Rounding rounding;
    private final SymbolStyle symbolStyle;
    private final int pivotLimit;
    private final int nodeLimit;

    private DisclosureRules(int threshold, int protectionWidth, int minimumDenominator, int lowReliabilityBelow,
            ZeroPolicy zeroPolicy, SuppressionCost cost, Rounding rounding, SymbolStyle symbolStyle, int pivotLimit,
            int nodeLimit) {
        this.threshold = threshold;
        this.protectionWidth = protectionWidth;
        this.minimumDenominator = minimumDenominator;
        this.lowReliabilityBelow = lowReliabilityBelow;
        this.zeroPolicy = zeroPolicy;
        this.cost = cost;
        this.rounding = rounding;
        this.symbolStyle = symbolStyle;
        this.pivotLimit = pivotLimit;
        this.nodeLimit = nodeLimit;
    }

    /**
     * Obtains the default rules.
     *
     * @return the defaults, not null
     * @since 0.2.0
     */
    public static DisclosureRules defaults() {
        return DEFAULTS;
    }

    private static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new DisclosureInputException(field + " must be at least " + min + ": " + value);
        }
        return value;
    }

    /**
     * Returns a copy with the threshold {@code k}: counts from 1 to {@code k - 1} are primary suppressions.
     *
     * @param k  the threshold, at least 1 (1 suppresses no count)
     * @return the copy, not null
     * @throws DisclosureInputException if {@code k} is below 1
     * @since 0.2.0
     */
    public DisclosureRules withThreshold(int k) {
        return new DisclosureRules(atLeast("threshold", k, 1), protectionWidth, minimumDenominator,
                lowReliabilityBelow, zeroPolicy, cost, rounding, symbolStyle, pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy with the protection width: for every primary suppression, the interval an intruder can derive
     * must be at least this wide (sliding protection).
     *
     * @param width  the width, at least 1
     * @return the copy, not null
     * @throws DisclosureInputException if {@code width} is below 1
     * @since 0.2.0
     */
    public DisclosureRules withProtectionWidth(int width) {
        return new DisclosureRules(threshold, atLeast("protectionWidth", width, 1), minimumDenominator,
                lowReliabilityBelow, zeroPolicy, cost, rounding, symbolStyle, pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy with the minimum denominator: a derived figure over fewer people is withheld.
     *
     * @param n  the minimum, at least 1
     * @return the copy, not null
     * @throws DisclosureInputException if {@code n} is below 1
     * @since 0.2.0
     */
    public DisclosureRules withMinimumDenominator(int n) {
        return new DisclosureRules(threshold, protectionWidth, atLeast("minimumDenominator", n, 1),
                lowReliabilityBelow, zeroPolicy, cost, rounding, symbolStyle, pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy in which a derived figure whose denominator is at least the minimum but below {@code n} is
     * shown as {@link Symbol#LOW_RELIABILITY} instead of its value; 0 turns this off.
     *
     * @param n  the bound, at least 0
     * @return the copy, not null
     * @throws DisclosureInputException if {@code n} is negative
     * @since 0.2.0
     */
    public DisclosureRules withLowReliabilityBelow(int n) {
        return new DisclosureRules(threshold, protectionWidth, minimumDenominator,
                atLeast("lowReliabilityBelow", n, 0), zeroPolicy, cost, rounding, symbolStyle, pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy with the zero policy.
     *
     * @param policy  the policy, not null
     * @return the copy, not null
     * @since 0.2.0
     */
    public DisclosureRules withZeroPolicy(ZeroPolicy policy) {
        return new DisclosureRules(threshold, protectionWidth, minimumDenominator, lowReliabilityBelow,
                Objects.requireNonNull(policy, "zeroPolicy"), cost, rounding, symbolStyle, pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy with the cost secondary suppression minimises.
     *
     * @param suppressionCost  the cost, not null
     * @return the copy, not null
     * @since 0.2.0
     */
    public DisclosureRules withCost(SuppressionCost suppressionCost) {
        return new DisclosureRules(threshold, protectionWidth, minimumDenominator, lowReliabilityBelow, zeroPolicy,
                Objects.requireNonNull(suppressionCost, "cost"), rounding, symbolStyle, pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy with the rounding of published counts.
     *
     * @param mode  the rounding, not null
     * @return the copy, not null
     * @since 0.2.0
     */
    public DisclosureRules withRounding(Rounding mode) {
        return new DisclosureRules(threshold, protectionWidth, minimumDenominator, lowReliabilityBelow, zeroPolicy,
                cost, Objects.requireNonNull(mode, "rounding"), symbolStyle, pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy with the symbol style.
     *
     * @param style  the style, not null
     * @return the copy, not null
     * @since 0.2.0
     */
    public DisclosureRules withSymbolStyle(SymbolStyle style) {
        return new DisclosureRules(threshold, protectionWidth, minimumDenominator, lowReliabilityBelow, zeroPolicy,
                cost, rounding, Objects.requireNonNull(style, "symbolStyle"), pivotLimit, nodeLimit);
    }

    /**
     * Returns a copy with the solver limits of the audit. A linear programme that needs more pivots, or an
     * integer bound that needs more branch-and-bound nodes, counts as not shown safe (fail closed).
     *
     * @param pivots  the pivot limit of one linear programme, at least 1
     * @param nodes  the node limit of one branch and bound, at least 1
     * @return the copy, not null
     * @throws DisclosureInputException if a limit is below 1
     * @since 0.2.0
     */
    public DisclosureRules withSolverLimits(int pivots, int nodes) {
        return new DisclosureRules(threshold, protectionWidth, minimumDenominator, lowReliabilityBelow, zeroPolicy,
                cost, rounding, symbolStyle, atLeast("pivotLimit", pivots, 1), atLeast("nodeLimit", nodes, 1));
    }

    /**
     * Gets the threshold k: counts from 1 to k - 1 are primary suppressions.
     *
     * @return the threshold k: counts from 1 to k - 1 are primary suppressions
     * @since 0.2.0
     */
    public int getThreshold() {
        return threshold;
    }

    /**
     * Gets the protection width (the threshold unless set).
     *
     * @return the protection width (the threshold unless set)
     * @since 0.2.0
     */
    public int getProtectionWidth() {
        return protectionWidth < 0 ? threshold : protectionWidth;
    }

    /**
     * Gets the minimum denominator of a shown derived figure (the threshold unless set).
     *
     * @return the minimum denominator of a shown derived figure (the threshold unless set)
     * @since 0.2.0
     */
    public int getMinimumDenominator() {
        return minimumDenominator < 0 ? threshold : minimumDenominator;
    }

    /**
     * Gets the denominator below which a figure is shown as low reliability; 0 when off.
     *
     * @return the denominator below which a figure is shown as low reliability; 0 when off
     * @since 0.2.0
     */
    public int getLowReliabilityBelow() {
        return lowReliabilityBelow;
    }

    /**
     * Gets the zero policy.
     *
     * @return the zero policy
     * @since 0.2.0
     */
    public ZeroPolicy getZeroPolicy() {
        return zeroPolicy;
    }

    /**
     * Gets the cost secondary suppression minimises.
     *
     * @return the cost secondary suppression minimises
     * @since 0.2.0
     */
    public SuppressionCost getCost() {
        return cost;
    }

    /**
     * Gets the rounding of published counts.
     *
     * @return the rounding of published counts
     * @since 0.2.0
     */
    public Rounding getRounding() {
        return rounding;
    }

    /**
     * Gets the symbol style.
     *
     * @return the symbol style
     * @since 0.2.0
     */
    public SymbolStyle getSymbolStyle() {
        return symbolStyle;
    }

    /**
     * Gets the pivot limit of one linear programme.
     *
     * @return the pivot limit of one linear programme
     * @since 0.2.0
     */
    public int getPivotLimit() {
        return pivotLimit;
    }

    /**
     * Gets the node limit of one branch and bound.
     *
     * @return the node limit of one branch and bound
     * @since 0.2.0
     */
    public int getNodeLimit() {
        return nodeLimit;
    }

    /**
     * Whether a count is a primary suppression under these rules.
     *
     * @param count  the count
     * @return true for counts from 1 to threshold - 1, and for zero when zeros are suppressed
     * @since 0.2.0
     */
    public boolean isPrimary(long count) {
        return (count > 0 && count < threshold) || (count == 0 && zeroPolicy == ZeroPolicy.SUPPRESS);
    }

    @Override
    public String toString() {
        return "DisclosureRules[threshold=" + threshold + ", protectionWidth=" + getProtectionWidth()
                + ", minimumDenominator=" + getMinimumDenominator() + ", lowReliabilityBelow=" + lowReliabilityBelow
                + ", zeroPolicy=" + zeroPolicy + ", cost=" + cost + ", rounding=" + rounding + ", symbolStyle="
                + symbolStyle + ", pivotLimit=" + pivotLimit + ", nodeLimit=" + nodeLimit + "]";
    }
}

package org.equalityduty.metrics.options;

import java.util.Objects;

/**
 * What a focus group is compared with in a gap: the reference is always chosen explicitly.
 *
 * <ul>
 * <li>{@link Kind#NAMED_GROUP}: another group, for example boys compared with girls;</li>
 * <li>{@link Kind#REST_OF_POPULATION}: everyone not in the focus group (one-vs-rest, the DfE convention for
 *     disadvantage: disadvantaged pupils compared with all other pupils);</li>
 * <li>{@link Kind#WHOLE_POPULATION}: everyone, including the focus group;</li>
 * <li>{@link Kind#EXTERNAL_BENCHMARK}: a figure from outside the data, for example a national average,
 *     treated as known without sampling error.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Comparison {

    /**
     * The kinds of reference.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /**
         * Another named group.
         *
         * @since 0.1.0
         */
        NAMED_GROUP,
        /**
         * Everyone outside the focus group.
         *
         * @since 0.1.0
         */
        REST_OF_POPULATION,
        /**
         * Everyone, including the focus group.
         *
         * @since 0.1.0
         */
        WHOLE_POPULATION,
        /**
         * A known external figure such as a national average.
         *
         * @since 0.1.0
         */
        EXTERNAL_BENCHMARK
    }

    private static final Comparison REST = new Comparison(Kind.REST_OF_POPULATION, "rest of population", 0);
    private static final Comparison WHOLE = new Comparison(Kind.WHOLE_POPULATION, "whole population", 0);

    private final Kind kind;
    private final String label;
    private final double benchmark;

    private Comparison(Kind kind, String label, double benchmark) {
        this.kind = kind;
        this.label = label;
        this.benchmark = benchmark;
    }

    /**
     * Obtains a reference to a named group.
     *
     * @param label the group's name as it should appear in reports, not null, not blank
     * @return the reference, not null
     * @throws IllegalArgumentException if {@code label} is blank
     * @since 0.1.0
     */
    public static Comparison namedGroup(String label) {
        return new Comparison(Kind.NAMED_GROUP, checkLabel(label), 0);
    }

    /**
     * Obtains the rest-of-population reference (one-vs-rest).
     *
     * @return the reference, not null
     * @since 0.1.0
     */
    public static Comparison restOfPopulation() {
        return REST;
    }

    /**
     * Obtains the whole-population reference.
     *
     * @return the reference, not null
     * @since 0.1.0
     */
    public static Comparison wholePopulation() {
        return WHOLE;
    }

    /**
     * Obtains an external benchmark reference.
     *
     * @param label where the figure comes from, for example "national 2024/25", not null, not blank
     * @param value the benchmark figure, finite (a proportion in [0, 1] when used with proportions)
     * @return the reference, not null
     * @throws IllegalArgumentException if {@code label} is blank or {@code value} is not finite
     * @since 0.1.0
     */
    public static Comparison externalBenchmark(String label, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
        return new Comparison(Kind.EXTERNAL_BENCHMARK, checkLabel(label), value);
    }

    private static String checkLabel(String label) {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank: '" + label + "'");
        }
        return label;
    }

    /**
     * Gets the kind of reference.
     *
     * @return the kind, not null
     * @since 0.1.0
     */
    public Kind getKind() {
        return kind;
    }

    /**
     * Gets the label: the group's name, the benchmark's source, or a fixed description for the population kinds.
     *
     * @return the label, not null
     * @since 0.1.0
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets the benchmark figure.
     *
     * @return the benchmark value
     * @throws IllegalStateException if this is not an {@link Kind#EXTERNAL_BENCHMARK}
     * @since 0.1.0
     */
    public double getBenchmark() {
        if (kind != Kind.EXTERNAL_BENCHMARK) {
            throw new IllegalStateException("a " + kind + " reference has no benchmark value");
        }
        return benchmark;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Comparison r && kind == r.kind && label.equals(r.label)
                && Double.compare(benchmark, r.benchmark) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, label, benchmark);
    }

    @Override
    public String toString() {
        return kind == Kind.EXTERNAL_BENCHMARK ? kind + "[" + label + "=" + benchmark + "]" : kind + "[" + label + "]";
    }
}

/**
 * Attainment gaps, the DfE disadvantage gap index, representation, selection rates and change over time,
 * computed as pure functions over the caller's records, primitive columns or pre-aggregated summaries.
 *
 * <p>Packages, each one idea, each pointing only down the list:
 * <ul>
 * <li>{@code options}: what the caller chooses (minimum group size, confidence level, polarity, and the comparison a
 *     focus group is measured against);</li>
 * <li>{@code results}: every figure with its status and reason, behind one contract;</li>
 * <li>{@code accumulators}: mergeable summaries, histograms and per-category or per-school collections, behind one
 *     add-and-combine contract;</li>
 * <li>{@code functions}: pure static functions over summaries, counts and values (gaps, representation, change);</li>
 * <li>{@code measures}: evaluation of a core measure from person-level records.</li>
 * </ul>
 * The {@code internal} package (interval formulas, quantiles, shared gap arithmetic) is not exported.
 *
 * @since 0.1.0
 */
module org.equalityduty.metrics {
    requires org.apache.commons.statistics.distribution;
    // Measure, Observation and Category appear in the public API of org.equalityduty.metrics.measures.
    requires transitive org.equalityduty.core;

    exports org.equalityduty.metrics.options;
    exports org.equalityduty.metrics.results;
    exports org.equalityduty.metrics.accumulators;
    exports org.equalityduty.metrics.functions;
    exports org.equalityduty.metrics.measures;
}

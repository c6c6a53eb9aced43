/**
 * Attainment gaps, the DfE disadvantage gap index, representation, selection rates and change over time,
 * computed as pure functions over the caller's records, primitive columns or pre-aggregated summaries.
 *
 * @since 0.1.0
 */
module org.equalityduty.metrics {
    requires static org.jspecify;
    requires org.apache.commons.statistics.distribution;
    // Measure, Observation and Category appear in the public API of org.equalityduty.metrics.measures.
    requires transitive org.equalityduty.core;

    exports org.equalityduty.metrics;
    exports org.equalityduty.metrics.measures;
}

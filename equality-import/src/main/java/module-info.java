/**
 * Reads pupils, staff and job applicants from CSV exports of a school MIS into equality-duty's records and
 * accumulators: a documented default layout of census codes, a mapping file for an MIS's own headers and values,
 * every bad row reported at once with its line, column, value and reason, and a streaming pass whose memory grows
 * with the number of groups (schools), not rows.
 *
 * @since 0.2.0
 */
module org.equalityduty.imports {
    // Category, CensusEthnicity (core) and PersonRecord, PersonView, ApplicantStage, GapResult, MetricOptions
    // (metrics) appear in this module's public API.
    requires transitive org.equalityduty.core;
    requires transitive org.equalityduty.metrics;
    requires de.siegmar.fastcsv;

    exports org.equalityduty.imports;
}

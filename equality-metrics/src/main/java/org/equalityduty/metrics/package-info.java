/**
 * Attainment gaps, the DfE disadvantage gap index, representation, selection rates and change over time,
 * computed as pure functions over the caller's records, primitive columns or pre-aggregated summaries.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.metrics;

import org.jspecify.annotations.NullMarked;

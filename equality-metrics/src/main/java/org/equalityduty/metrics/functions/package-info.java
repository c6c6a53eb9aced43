/**
 * Pure static functions: {@link org.equalityduty.metrics.functions.Gaps} (differences and ratios with intervals,
 * Hedges' g), {@link org.equalityduty.metrics.functions.Representation} (shares, benchmark comparison, disclosure rate,
 * diversity index) and {@link org.equalityduty.metrics.functions.Change} (absolute and relative change). They read
 * accumulators and return results. Depends on {@code options}, {@code results} and {@code accumulators}.
 *
 * @since 0.2.0
 */
package org.equalityduty.metrics.functions;

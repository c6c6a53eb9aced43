/**
 * Every figure the module computes, each with a {@link org.equalityduty.metrics.results.MetricStatus} and a reason,
 * behind one contract, {@link org.equalityduty.metrics.results.MetricResult}: a figure that is not available is never
 * a placeholder (no 0, no {@code NaN}); its getter throws {@link IllegalStateException} naming the status and reason,
 * and an {@link java.util.OptionalDouble} form is empty. Every figure under a status that has one is finite.
 * Depends on {@code options} only.
 *
 * @since 0.2.0
 */
package org.equalityduty.metrics.results;

/**
 * Mergeable accumulators: {@link org.equalityduty.metrics.accumulators.Summary} and
 * {@link org.equalityduty.metrics.accumulators.Proportion} for one group, the
 * {@link org.equalityduty.metrics.accumulators.GapIndex} histogram, per-category collections
 * ({@link org.equalityduty.metrics.accumulators.CategorySummaries},
 * {@link org.equalityduty.metrics.accumulators.CategoryCounts}, {@link org.equalityduty.metrics.accumulators.Selection}),
 * and per-school gaps ({@link org.equalityduty.metrics.accumulators.PerSchoolGaps}). Each takes observations one at a
 * time or in one pass and combines with another of its kind, so schools add up to trusts and partitions can be
 * computed in parallel. Depends on {@code options} and {@code results}.
 *
 * @since 0.2.0
 */
package org.equalityduty.metrics.accumulators;

/**
 * What the caller chooses: {@link org.equalityduty.metrics.options.MetricOptions} (minimum group size, confidence
 * level, {@link org.equalityduty.metrics.options.Polarity}) and the
 * {@link org.equalityduty.metrics.options.Comparison} a focus group is measured against (a named group, the rest or
 * the whole of the population, or an external benchmark). Depends on nothing else in the module.
 *
 * @since 0.2.0
 */
package org.equalityduty.metrics.options;

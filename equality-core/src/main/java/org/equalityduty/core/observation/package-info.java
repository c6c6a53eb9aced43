/**
 * Inputs of progress: figures observed for a success criterion over time ({@link
 * org.equalityduty.core.observation.Observation}, {@link org.equalityduty.core.observation.ObservationSeries})
 * gathered in a {@link org.equalityduty.core.observation.ProgressRecord}.
 *
 * @since 0.2.0
 */
package org.equalityduty.core.observation;

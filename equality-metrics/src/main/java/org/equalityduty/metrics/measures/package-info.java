/**
 * Evaluation of a core {@link org.equalityduty.core.plan.Measure} from person-level records, giving a core
 * {@link org.equalityduty.core.observation.Observation}: the value in the measure's unit, its confidence interval, the number of
 * people it rests on, and a status and note when there is no value to publish.
 *
 * <p>Records are either {@link org.equalityduty.metrics.measures.PersonRecord}s, a small MIS-neutral view, or the
 * caller's own objects read through a {@link org.equalityduty.metrics.measures.PersonView}, so that existing MIS
 * objects need no copying. {@link org.equalityduty.metrics.measures.MeasureEvaluator} is the entry point.
 *
 * @since 0.1.0
 */
package org.equalityduty.metrics.measures;

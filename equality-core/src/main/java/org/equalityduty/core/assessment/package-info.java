/**
 * The assessment engine: {@link org.equalityduty.core.assessment.PlanAssessor} validates a plan with the groups
 * of its jurisdiction and turns the violations into {@link org.equalityduty.core.assessment.Finding}s with a
 * {@link org.equalityduty.core.assessment.Rule}, a severity and a suggested fix.
 *
 * @since 0.1.0
 */
package org.equalityduty.core.assessment;

/**
 * The plan: an {@link org.equalityduty.core.plan.EqualityPlan} and its objectives, actions, success criteria
 * (quantitative targets, milestones, qualitative criteria), targets, baselines, time frames and the measures a
 * criterion is read from.
 *
 * @since 0.2.0
 */
package org.equalityduty.core.plan;

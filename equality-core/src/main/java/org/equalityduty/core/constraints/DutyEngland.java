package org.equalityduty.core.constraints;

/**
 * Validation group of the duties in England: the rules of {@link Duty} and the publication cycle of
 * {@link org.equalityduty.core.duty.Jurisdiction#ENGLAND}, that is England's specific duties (SI 2017/353): equality information at least every 12 months, objectives at least every 4 years.
 *
 * <p>The cycle is read from {@link org.equalityduty.core.duty.Jurisdiction#getPublicationCycle()}; constraints of this
 * group check against England's cycle whatever jurisdiction the plan states, so choose the group with
 * {@link org.equalityduty.core.assessment.PlanAssessor#groupsFor(org.equalityduty.core.duty.Jurisdiction)}.
 *
 * @since 0.1.0
 */
public interface DutyEngland extends Duty {
}

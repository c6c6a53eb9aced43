package org.equalityduty.core.constraints;

/**
 * Validation group of the duties in Scotland: the rules of {@link Duty} and the publication cycle of
 * {@link org.equalityduty.core.duty.Jurisdiction#SCOTLAND}, that is the Scottish specific duties (SSI 2012/162): mainstreaming report every 2 years, outcomes every 4 years, progress every 2 years.
 *
 * <p>The cycle is read from {@link org.equalityduty.core.duty.Jurisdiction#getPublicationCycle()}; constraints of this
 * group check against Scotland's cycle whatever jurisdiction the plan states, so choose the group with
 * {@link org.equalityduty.core.assessment.PlanAssessor#groupsFor(org.equalityduty.core.duty.Jurisdiction)}.
 *
 * @since 0.1.0
 */
public interface DutyScotland extends Duty {
}

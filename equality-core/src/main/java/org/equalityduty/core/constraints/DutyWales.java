package org.equalityduty.core.constraints;

/**
 * Validation group of the duties in Wales: the rules of {@link Duty} and the publication cycle of
 * {@link org.equalityduty.core.duty.Jurisdiction#WALES}, that is the Welsh specific duties (SI 2011/1064): annual report, objectives reviewed at least every 4 years, progress every 12 months.
 *
 * <p>The cycle is read from {@link org.equalityduty.core.duty.Jurisdiction#getPublicationCycle()}; constraints of this
 * group check against Wales's cycle whatever jurisdiction the plan states, so choose the group with
 * {@link org.equalityduty.core.assessment.PlanAssessor#groupsFor(org.equalityduty.core.duty.Jurisdiction)}.
 *
 * @since 0.1.0
 */
public interface DutyWales extends Duty {
}

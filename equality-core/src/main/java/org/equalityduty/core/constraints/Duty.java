package org.equalityduty.core.constraints;

/**
 * Validation group of the rules of the Equality Act 2010 that hold in every jurisdiction: a plan has objectives,
 * characteristics are protected for the population concerned, marriage and civil partnership is tied to aim (a) only.
 * Each jurisdiction's group extends this one, so validating {@link DutyEngland} also runs these rules.
 *
 * @since 0.1.0
 */
public interface Duty {
}

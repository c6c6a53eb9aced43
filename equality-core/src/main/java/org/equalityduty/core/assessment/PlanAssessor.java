package org.equalityduty.core.assessment;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.Objects;
import org.equalityduty.core.constraints.ChildFriendly;
import org.equalityduty.core.constraints.DutyEngland;
import org.equalityduty.core.constraints.DutyScotland;
import org.equalityduty.core.constraints.DutyWales;
import org.equalityduty.core.constraints.Smart;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;

/**
 * Assesses a plan: structural validity, SMART objectives and criteria, the equality duties of its jurisdiction,
 * and child-friendly versions.
 *
 * <p>The assessment is ordinary Bean Validation. {@link #assess(EqualityPlan, LocalDate)} validates
 * {@link AssessedPlan#of(EqualityPlan, LocalDate)} with the groups of {@link #groupsFor(Jurisdiction)} using the
 * shared validator of {@link EqualityValidation} (no Expression Language), and converts the violations with
 * {@link Assessment#of(AssessedPlan, java.util.Collection)}. A consumer's own validator run with the same groups
 * over the same wrapper gives the same findings; a subset of groups gives the matching subset of findings.
 *
 * <p>Validators never throw on odd plans (no objectives, no actions, no criteria): they report or pass.
 *
 * <p>This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanAssessor {

    private PlanAssessor() {
    }

    /**
     * Assesses a plan as of a date.
     *
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, such as today, not null
     * @return the assessment, not null
     * @since 0.1.0
     */
    public static Assessment assess(EqualityPlan plan, LocalDate asOf) {
        return assess(EqualityValidation.validator(), plan, asOf);
    }

    /**
     * Assesses a plan as of a date with a given validator.
     *
     * @param validator  the validator, Hibernate Validator for suggested fixes, not null
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, not null
     * @return the assessment, not null
     * @since 0.1.0
     */
    public static Assessment assess(Validator validator, EqualityPlan plan, LocalDate asOf) {
        Objects.requireNonNull(validator, "validator");
        AssessedPlan assessed = AssessedPlan.of(plan, asOf);
        return Assessment.of(assessed, validator.validate(assessed, groupsFor(plan.getJurisdiction())));
    }

    /**
     * Gets the validation groups of a full assessment for a jurisdiction: {@link Default} (structure),
     * {@link Smart}, the jurisdiction's duty group ({@link DutyEngland}, {@link DutyWales} or
     * {@link DutyScotland}) and {@link ChildFriendly}.
     *
     * @param jurisdiction  the jurisdiction, not null
     * @return a new array of the groups, not null
     * @since 0.1.0
     */
    public static Class<?>[] groupsFor(Jurisdiction jurisdiction) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Class<?> duty;
        switch (jurisdiction) {
            case WALES:
                duty = DutyWales.class;
                break;
            case SCOTLAND:
                duty = DutyScotland.class;
                break;
            default:
                duty = DutyEngland.class;
                break;
        }
        return new Class<?>[] {Default.class, Smart.class, duty, ChildFriendly.class};
    }
}

package org.equalityduty.spring;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.EqualityPlan;
import org.jspecify.annotations.Nullable;

/**
 * The plan assessment as a bean: {@link PlanAssessor} run on the application's own {@link Validator} (in a Boot
 * application, Boot's), against the configured jurisdiction's duties or, if none is configured, the plan's own.
 *
 * <p>With no jurisdiction configured the findings are those of {@link PlanAssessor#assess(EqualityPlan, LocalDate)}:
 * the same constraints, groups and messages, whichever Hibernate Validator runs them.
 *
 * <p>This class is immutable and thread-safe if its validator is (Bean Validation validators are).
 *
 * @since 0.2.0
 */
public final class PlanAssessment {
    private final Validator validator;
    private final @Nullable Jurisdiction jurisdiction;

    /**
     * Creates the facade.
     *
     * @param validator  the validator, Hibernate Validator for suggested fixes, not null
     * @param jurisdiction  the jurisdiction every plan is assessed against, null for each plan's own
     * @since 0.2.0
     */
    public PlanAssessment(Validator validator, @Nullable Jurisdiction jurisdiction) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.jurisdiction = jurisdiction;
    }

    /**
     * Assesses a plan as of a date.
     *
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, not null
     * @return the assessment, not null
     * @since 0.2.0
     */
    public Assessment assess(EqualityPlan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        return PlanAssessor.assess(validator, jurisdiction == null ? plan : plan.forJurisdiction(jurisdiction), asOf);
    }

    /**
     * Gets the jurisdiction every plan is assessed against.
     *
     * @return the jurisdiction, empty if each plan's own is used
     * @since 0.2.0
     */
    public Optional<Jurisdiction> getJurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /**
     * Describes the facade.
     *
     * @return such as {@code PlanAssessment[jurisdiction=england]}, not null
     * @since 0.2.0
     */
    @Override
    public String toString() {
        return "PlanAssessment[jurisdiction=" + (jurisdiction == null ? "each plan's own" : jurisdiction.getCode()) + "]";
    }
}

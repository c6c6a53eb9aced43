/**
 * Domain types, structural validation and plan assessment for the public sector equality duty
 * (Equality Act 2010 s.149) in English schools and academy trusts.
 *
 * <p>Packages, from the bottom up: {@code org.equalityduty.core} (the one exception type),
 * {@code .duty} (characteristics, aims, jurisdictions, cycles, organisations, publication),
 * {@code .population} (dimensions, categories, groups, census codes), {@code .constraints} (the constraint
 * annotations, their groups and severities), {@code .plan} (plans, objectives, actions, criteria, targets, time
 * frames, measures), {@code .observation} (figures observed against a plan), {@code .validation} (a safe
 * validator), {@code .progress} (progress against a plan) and {@code .assessment} (SMART and duty findings). The
 * rules that implement the constraints live in a package that is not exported; Hibernate Validator finds them
 * through {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
module org.equalityduty.core {
    requires static org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports org.equalityduty.core;
    exports org.equalityduty.core.assessment;
    exports org.equalityduty.core.constraints;
    exports org.equalityduty.core.duty;
    exports org.equalityduty.core.observation;
    exports org.equalityduty.core.plan;
    exports org.equalityduty.core.population;
    exports org.equalityduty.core.progress;
    exports org.equalityduty.core.validation;

    // Bean Validation providers read the getters of constrained types reflectively.
    opens org.equalityduty.core.duty;
    opens org.equalityduty.core.observation;
    opens org.equalityduty.core.plan;
    opens org.equalityduty.core.population;
    // Hibernate Validator instantiates the rule validators reflectively (they are not exported).
    opens org.equalityduty.core.assessment.rules to org.hibernate.validator;

    provides jakarta.validation.ConstraintValidator with
            org.equalityduty.core.assessment.rules.AddressesProtectedCharacteristicRule.PlanValidator,
            org.equalityduty.core.assessment.rules.ConsistentDirectionRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.DeadlinesWithinPeriodRule.PlanValidator,
            org.equalityduty.core.assessment.rules.HasBaselineRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.HasChildFriendlyVersionRule.ObjectiveValidator,
            org.equalityduty.core.assessment.rules.HasObjectivesRule.PlanValidator,
            org.equalityduty.core.assessment.rules.InformationUpToDateRule.AssessedPlanValidator,
            org.equalityduty.core.assessment.rules.MarriageAndCivilPartnershipAimRule.ObjectiveValidator,
            org.equalityduty.core.assessment.rules.MeasurableRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.MeasurableRule.QualitativeValidator,
            org.equalityduty.core.assessment.rules.MeasurableRule.ObjectiveValidator,
            org.equalityduty.core.assessment.rules.NonNegativeCountRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.ObjectivesUpToDateRule.AssessedPlanValidator,
            org.equalityduty.core.assessment.rules.ProgressUpToDateRule.AssessedPlanValidator,
            org.equalityduty.core.assessment.rules.ProtectedForPopulationRule.ObjectiveValidator,
            org.equalityduty.core.assessment.rules.ReadableChildFriendlyVersionRule.ObjectiveValidator,
            org.equalityduty.core.assessment.rules.ReductionWithinBaselineRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.RelevantRule.ObjectiveValidator,
            org.equalityduty.core.assessment.rules.ShareInRangeRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.SpecificRule.ObjectiveValidator,
            org.equalityduty.core.assessment.rules.SpecificRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.SpecificRule.QualitativeValidator,
            org.equalityduty.core.assessment.rules.TimeBoundRule.PlanValidator,
            org.equalityduty.core.assessment.rules.UnambiguousTargetRule.QuantitativeValidator,
            org.equalityduty.core.assessment.rules.UniqueIdsValidator;
}

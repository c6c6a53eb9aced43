/**
 * Domain types, structural validation and plan assessment for the public sector equality duty
 * (Equality Act 2010 s.149) in English schools and academy trusts.
 *
 * <p>Packages, from the bottom up: {@code org.equalityduty.core} (the one exception type),
 * {@code .duty} (characteristics, aims, jurisdictions, cycles, organisations, publication),
 * {@code .population} (dimensions, categories, groups, census codes), {@code .constraints} (the structural
 * constraint {@code @UniqueIds} and the severities), {@code .plan} (plans, objectives, actions, criteria, targets, time
 * frames, measures), {@code .observation} (figures observed against a plan), {@code .validation} (a safe
 * validator), {@code .progress} (progress against a plan) and {@code .assessment} (SMART and duty findings). The
 * rules are defined in {@code org.equalityduty.core.assessment.Rule} and implemented in a package that is not
 * exported.
 *
 * @since 0.1.0
 */
module org.equalityduty.core {
    requires static org.jspecify;
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

    // The one structural validator of the rule package (the rules themselves are plain checks run by PlanAssessor).
    provides jakarta.validation.ConstraintValidator with
            org.equalityduty.core.assessment.rules.UniqueIdsValidator;
}

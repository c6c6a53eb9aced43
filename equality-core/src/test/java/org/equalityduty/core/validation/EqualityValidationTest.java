package org.equalityduty.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class EqualityValidationTest {

    private static EqualityPlan.Builder plan() {
        return EqualityPlan.builder().organisation(Organisation.trust("Example Trust"))
                .jurisdiction(Jurisdiction.ENGLAND).period(PlanPeriod.ofYears(2024, 2027));
    }

    private static Objective objective(String id, String title, String criterionId) {
        return Objective.builder().id(id).title(title)
                .addActions(Action.builder().description("Do it")
                        .addSuccessCriteria(Milestone.of(criterionId, "Done")).build())
                .build();
    }

    @Test
    void aWellFormedPlanHasNoProblems() {
        assertEquals(List.of(), EqualityValidation.validate(plan().addObjectives(objective("o1", "T", "c1")).build()));
    }

    @Test
    void problemsAreReportedByPathInOrder() {
        EqualityPlan bad = plan()
                .title("   ")
                .addObjectives(objective("o1", " ", "c1"), objective("o1", "Second", "c1"))
                .build();
        assertEquals(List.of(
                        "objectives[0].title: must not be blank",
                        "objectives[1].actions[0].successCriteria[0].id: success criterion identifier 'c1' is already"
                                + " used earlier in the plan",
                        "objectives[1].id: objective identifier 'o1' is already used earlier in the plan",
                        "title: must not be blank"),
                EqualityValidation.validate(bad).stream().map(Object::toString).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void textFromThePlanIsNeverInterpolated() {
        // Identifiers reach messages only as parameters. Their pattern already excludes braces and '$', so an
        // identifier named like a parameter ("kind", "id") is the closest to hostile one can be: it comes out verbatim.
        EqualityPlan repeated = plan()
                .addObjectives(objective("kind", "A", "id"), objective("kind", "B", "c2"))
                .addObjectives(objective("y", "C", "id"))
                .build();
        assertEquals(List.of(
                        "objectives[1].id: objective identifier 'kind' is already used earlier in the plan",
                        "objectives[2].actions[0].successCriteria[0].id: success criterion identifier 'id' is already"
                                + " used earlier in the plan"),
                EqualityValidation.validate(repeated).stream().map(Object::toString)
                        .collect(java.util.stream.Collectors.toList()));
        // Text shaped like parameters and EL expressions never reaches a template, even in a violated field.
        String hostile = "{kind} {id} ${1+1} #{'a'.concat('b')} " + "x".repeat(1000);
        List<ValidationProblem> size = EqualityValidation.validate(plan().title(hostile)
                .addObjectives(objective("o1", hostile, "c")).build());
        assertEquals(List.of(
                        ValidationProblem.of("objectives[0].title", "size must be between 0 and 1000"),
                        ValidationProblem.of("title", "size must be between 1 and 1000")),
                size);
    }

    @Test
    void aPlainValidatorConfiguredWithParameterInterpolationSeesOurConstraints() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<EqualityPlan>> violations = validator.validate(
                    plan().addObjectives(objective("o1", "", "c1"), objective("o1", "B", "c2")).build());
            assertEquals(List.of(
                            ValidationProblem.of("objectives[0].title", "must not be blank"),
                            ValidationProblem.of("objectives[1].id",
                                    "objective identifier 'o1' is already used earlier in the plan")),
                    EqualityValidation.toProblems(violations));
        }
    }

    @Test
    void theSharedValidatorIsReused() {
        assertTrue(EqualityValidation.validator() == EqualityValidation.validator());
    }
}

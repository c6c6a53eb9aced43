package org.example.mis;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.Finding;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.TimeFrame;

/**
 * A school MIS using equality-duty as a user would: builds a value, reads a plan with Jackson's module discovery and
 * validates it with its own default {@link Validator}. Exits with 1, saying what differs, if anything is not as
 * expected.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the checks.
     *
     * @param args  none
     * @throws IOException if the plan cannot be read
     */
    public static void main(String[] args) throws IOException {
        // Builders of the generated classes: in 0.1.0 this line failed to compile under -Xlint:all -Werror.
        Action action = Action.builder().description("Daily check-ins")
                .timeFrame(TimeFrame.dueBy(LocalDate.of(2026, 7, 31))).build();
        check("action", "Daily check-ins", action.getDescription());

        EqualityPlan plan;
        try (InputStream in = Main.class.getResourceAsStream("/plan.json")) {
            plan = new ObjectMapper().findAndRegisterModules().readValue(in, EqualityPlan.class);
        }
        check("objectives read", 1, plan.getObjectives().size());

        // A default validator: the provider found by Jakarta Validation, configured by META-INF/validation.xml
        // (no Expression Language). The plan has two weaknesses by design: criterion o1.c1 states no baseline and
        // o1.c2 aims for 120% of pupils.
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            // Structure is Bean Validation: the plan is well formed. The rules are the assessment's, by code.
            Set<String> codes = new TreeSet<>();
            for (ConstraintViolation<EqualityPlan> v : validator.validate(plan, Default.class)) {
                codes.add("structure: " + v.getPropertyPath() + " " + v.getMessage());
            }
            check("structural problems found by a default validator", Set.of(), codes);
            check("rules known by code", "smart.no-baseline", Rule.fromCode("smart.no-baseline").getCode());

            // The same assessment with the consumer's validator as with the library's own.
            LocalDate asOf = LocalDate.of(2025, 10, 1);
            List<String> ours = describe(PlanAssessor.assess(plan, asOf));
            check("assessment finds the two weaknesses", 2L, ours.stream()
                    .filter(s -> s.startsWith("smart.no-baseline warning at objectives[0].actions[0].successCriteria[0]")
                            || s.startsWith("smart.share-out-of-range error at objectives[0].actions[0].successCriteria[1]"))
                    .count());
            check("assessment with a default validator", ours,
                    describe(PlanAssessor.assess(validator, plan, asOf)));
        }
        System.out.println("consumer OK: " + Main.class.getModule());
    }

    private static List<String> describe(Assessment assessment) {
        return assessment.getFindings().stream()
                .map(Main::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Finding f) {
        return f.getCode() + " " + f.getSeverity().getCode() + " at " + f.getPath() + ": " + f.getMessage() + " Fix: "
                + f.getFix();
    }

    private static void check(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            System.err.println(what + ": expected " + expected + " but was " + actual);
            System.exit(1);
        }
    }
}

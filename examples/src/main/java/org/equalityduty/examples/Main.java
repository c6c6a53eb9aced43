package org.equalityduty.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.core.validation.ValidationProblem;

/**
 * The main job: reads both seed plans from their JSON documents and prints them in readable form, each with the result of structural validation and its
 * assessment (SMART and equality-duty checks) as of today.
 *
 * @since 0.1.0
 */
public final class Main {
    /** Hibernate Validator announces its version at INFO through java.util.logging; keep the console for results. */
    private static final Logger HV_LOG = Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    /**
     * Runs the job.
     *
     * @param args  ignored for now
     */
    public static void main(String[] args) {
        HV_LOG.setLevel(Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        for (EqualityPlan plan : SeedPlans.fromJson()) {
            out.println(PlanPrinter.render(plan));
            var problems = EqualityValidation.validate(plan);
            if (problems.isEmpty()) {
                out.println("Structural validation: well formed.");
            } else {
                out.println("Structural validation: " + problems.size() + " problem(s)");
                for (ValidationProblem p : problems) {
                    out.println("  " + p);
                }
            }
            out.println();
            out.println("Assessment (SMART and duty checks) " + AssessmentPrinter.render(PlanAssessor.assess(plan, asOf)));
        }
    }
}

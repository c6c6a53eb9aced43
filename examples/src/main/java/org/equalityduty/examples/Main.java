package org.equalityduty.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.core.validation.ValidationProblem;

/**
 * The main job: prints both seed plans in readable form, each with the result of structural validation.
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
        for (EqualityPlan plan : SeedPlans.all()) {
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
        }
    }
}

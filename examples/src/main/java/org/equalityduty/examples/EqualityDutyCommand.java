package org.equalityduty.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.PlanAssessor;
import picocli.CommandLine.Command;

/**
 * The {@code equality-duty} command. With no subcommand it checks both seed plans, printing each plan and its
 * assessment, then writes the synthetic trust's equality report with the default seed into
 * {@code target/equality-report} under the working directory.
 *
 * @since 0.1.0
 */
@Command(name = "equality-duty", mixinStandardHelpOptions = true, version = "equality-duty 0.1.0-SNAPSHOT",
        description = "Checks equality plans against the SMART and equality-duty rules.%n"
                + "With no command, prints and checks the two seed plans and writes the synthetic trust's"
                + " equality report (seed 2026) to target/equality-report.",
        subcommands = {CheckCommand.class, ReportCommand.class, SuppressCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, no errors", "1:the plan has errors", "2:the input or the arguments cannot be used"})
final class EqualityDutyCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    EqualityDutyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public Integer call() {
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        for (EqualityPlan plan : SeedPlans.fromJson()) {
            out.println(PlanPrinter.render(plan));
            out.println("Assessment (SMART and duty checks) " + AssessmentPrinter.render(PlanAssessor.assess(plan, asOf)));
        }
        out.println("Checked the two seed plans (examples/src/main/resources/plans/). Check your own plan with:");
        out.println("  equality-duty check PLAN.json [--as-of DATE] [--format text|json]");
        out.println();
        return ReportCommand.write(ReportCommand.DEFAULT_SEED, ReportCommand.DEFAULT_OUT, out, err);
    }
}

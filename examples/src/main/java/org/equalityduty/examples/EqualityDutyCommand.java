package org.equalityduty.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.PlanAssessor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code equality-duty} command. With no subcommand it checks both seed plans, printing each plan and its
 * assessment, then writes the synthetic trust's equality report with the default seed into
 * {@code target/equality-report} under the working directory.
 *
 * @since 0.1.0
 */
@Command(name = "equality-duty", mixinStandardHelpOptions = true, versionProvider = EqualityDutyCommand.BuildVersion.class,
        description = "Checks equality plans against the SMART and equality-duty rules.%n"
                + "With no command, prints and checks the two seed plans and writes the synthetic trust's"
                + " equality report (seed 2026) to target/equality-report.",
        subcommands = {
            CheckCommand.class,
            InitCommand.class,
            SchemaCommand.class,
            ReportCommand.class,
            PayGapCommand.class,
            ProgressCommand.class,
            SuppressCommand.class,
            HelpCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, no errors", "1:the plan has errors",
            "2:the input or the arguments cannot be used", "3:a fault in equality-duty itself"})
final class EqualityDutyCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    /** Made on first use, so that a command that shows no progress starts no reporter. */
    private @Nullable Progress progress;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Show no progress on standard error (it is shown only on a terminal, for slow steps).")
    private boolean quiet;

    EqualityDutyCommand(PrintStream out, PrintStream err) {
        this(InputStream.nullInputStream(), out, err, false);
    }

    EqualityDutyCommand(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** The progress reporter of this run: quiet with {@code --quiet} or without a terminal. */
    synchronized Progress progress() {
        Progress p = progress;
        if (p == null) {
            p = Progress.forRun(err, quiet, terminal);
            progress = p;
        }
        return p;
    }

    /** Ends any progress line; called once the command has finished. */
    synchronized void finish() {
        Progress p = progress;
        if (p != null) {
            p.close();
        }
    }

    @Override
    public Integer call() {
        LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
        for (EqualityPlan plan : SeedPlans.fromJson()) {
            out.println(PlanPrinter.render(plan));
            out.println("Assessment (SMART and duty checks) " + AssessmentPrinter.render(PlanAssessor.assess(plan, asOf)));
        }
        out.println("Checked the two seed plans (examples/src/main/resources/plans/)."
                + " Start and check your own plan with:");
        out.println("  " + Invocation.command("init my-plan.json"));
        out.println("  " + Invocation.command("check my-plan.json [--as-of DATE] [--format text|json]"));
        out.println();
        return ReportCommand.write(ReportCommand.DEFAULT_SEED, ReportCommand.DEFAULT_OUT, out, err, progress());
    }

    /** The version of the build, written once: equality-json's module reads it from a resource the build filters. */
    static final class BuildVersion implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"equality-duty " + new org.equalityduty.json.EqualityDutyModule().version()};
        }
    }
}

package org.equalityduty.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The command-line entry point of the main job; see {@link EqualityDutyCommand} for the commands.
 *
 * @since 0.1.0
 */
public final class Main {
    /** Hibernate Validator announces its version at INFO through java.util.logging; keep the console for results. */
    private static final Logger HV_LOG = Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    /**
     * Runs the job and exits with its exit code.
     *
     * @param args  the arguments; none runs the default job
     */
    public static void main(String[] args) {
        int code = run(args, System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System.console() != null);
        System.exit(code);
    }

    /**
     * Runs the job with the given streams and no standard input, for tests and embedding.
     *
     * @param args  the arguments, not null
     * @param out  the standard output, not null
     * @param err  the standard error, not null
     * @return the exit code: 0 success, 1 the plan has errors, 2 the input or the arguments cannot be used, 3 a fault
     *     in equality-duty itself
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /**
     * Runs the job with the given streams, for tests and embedding; shows no progress (there is no terminal).
     *
     * @param args  the arguments, not null
     * @param in  the standard input, read by {@code check -}, not closed
     * @param out  the standard output, not null
     * @param err  the standard error, not null
     * @return the exit code: 0 success, 1 the plan has errors, 2 the input or the arguments cannot be used, 3 a fault
     *     in equality-duty itself
     * @since 0.2.0
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        HV_LOG.setLevel(Level.WARNING);
        EqualityDutyCommand root = new EqualityDutyCommand(in, out, err, terminal);
        CommandLine cli = new CommandLine(root);
        CliErrors errors = new CliErrors();
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try {
            return cli.execute(args);
        } finally {
            root.finish();
        }
    }
}

package org.equalityduty.examples;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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
        int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(code);
    }

    /**
     * Runs the job with the given streams, for tests and embedding.
     *
     * @param args  the arguments, not null
     * @param out  the standard output, not null
     * @param err  the standard error, not null
     * @return the exit code: 0 success, 1 the plan has errors, 2 the input or the arguments cannot be used
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        HV_LOG.setLevel(Level.WARNING);
        CommandLine cli = new CommandLine(new EqualityDutyCommand(out, err));
        // The console's encoding: the same charset the streams themselves use.
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, Charset.defaultCharset()), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, Charset.defaultCharset()), true));
        return cli.execute(args);
    }
}

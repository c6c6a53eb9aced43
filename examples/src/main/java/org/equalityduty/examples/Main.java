package org.equalityduty.examples;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
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
                new PrintStream(System.err, true, StandardCharsets.UTF_8), isTerminal());
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

    /**
     * Whether standard error is a terminal, where progress lines are shown. Up to JDK 21 there is a console exactly
     * when the program runs from a terminal; from JDK 22 there is always one, and {@code Console.isTerminal()}
     * (not in Java 17's API, so looked up) says whether it is a terminal.
     */
    // SystemConsoleNull warns that null no longer means "no terminal" from JDK 22: this method asks isTerminal()
    // whenever it exists and reads null only where it does mean that (JDK 17 to 21).
    @SuppressWarnings("SystemConsoleNull")
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        HV_LOG.setLevel(Level.WARNING);
        EqualityDutyCommand root = new EqualityDutyCommand(in, out, err, terminal);
        CommandLine cli = new CommandLine(root);
        CliErrors errors = new CliErrors();
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        // The streams print UTF-8 (main makes them so); picocli's help and messages go through them as UTF-8 too.
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        try {
            return cli.execute(args);
        } finally {
            root.finish();
        }
    }
}

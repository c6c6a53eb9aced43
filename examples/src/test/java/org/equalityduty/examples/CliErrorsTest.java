package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Wrong arguments for every command, with the exact message and exit code; and what an unexpected failure shows
 * (one sentence, exit 3, no stack trace). {@code check}, {@code init} and {@code schema} have their own cases in
 * their tests.
 */
class CliErrorsTest {
    private static final String MVN = "mvn -q -pl examples -am test-compile exec:java -Dexec.args=";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * The commands in the order the root command declares them, as picocli's model has them: derived, so that a
     * new command needs no edit in the tests that quote the list.
     */
    static String commandList() {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return String.join(", ", new CommandLine(new EqualityDutyCommand(none, none)).getCommandSpec()
                .subcommands().keySet());
    }

    @Test
    void theCommandListStartsWithCheckAndEndsWithHelp() {
        // A guard for the derived list: the first command is the one the README starts with, and help comes last.
        assertTrue(commandList().startsWith("check, "), commandList());
        assertTrue(commandList().endsWith(", help"), commandList());
        assertTrue(commandList().contains(", report, "), commandList());
    }

    @Test
    void theVersionIsTheBuildsOwn() {
        // The version is written once, in .mvn/maven.config; the build passes it to the tests.
        assertEquals(0, run("--version"));
        assertEquals("equality-duty " + System.getProperty("equalityduty.build.version", "0.2.0-SNAPSHOT") + "\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theRootCommandSuggestsOptionsAndCommands() {
        assertEquals(2, run("--verison"));
        assertEquals("Unknown option: '--verison'. Did you mean '--version'?\nFor help: " + MVN + "'--help'\n", err());
        assertEquals(2, run("--quite", "check", "x.json"));
        assertEquals("Unknown option: '--quite'. Did you mean '--quiet'?\nFor help: " + MVN + "'--help'\n", err());
        assertEquals(2, run("reprot"));
        assertEquals("Unknown command: 'reprot'. Did you mean 'report'?\nFor help: " + MVN + "'--help'\n", err());
        assertEquals(2, run("publish"));
        assertEquals("Unknown command: 'publish'. The commands are: " + commandList() + ".\nFor help: " + MVN
                + "'--help'\n", err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void reportSuggestsItsOptions() {
        assertEquals(2, run("report", "--sed", "7"));
        assertEquals("Unknown option: '--sed'. Did you mean '--seed'?\nFor help: " + MVN + "'report --help'\n",
                err());
        assertEquals(2, run("report", "--otu=/tmp/x"));
        assertEquals("Unknown option: '--otu'. Did you mean '--out'?\nFor help: " + MVN + "'report --help'\n",
                err());
        assertEquals(2, run("report", "extra"));
        assertEquals("Unexpected argument: 'extra'\nFor help: " + MVN + "'report --help'\n", err());
        assertEquals(2, run("report", "--seed"));
        assertEquals("Missing required parameter for option '--seed' (N)\nFor help: " + MVN + "'report --help'\n",
                err());
    }

    @Test
    void schemaSuggestsItsOptions() {
        assertEquals(2, run("schema", "--hlep"));
        assertEquals("Unknown option: '--hlep'. Did you mean '--help'?\nFor help: " + MVN + "'schema --help'\n",
                err());
    }

    @Test
    void aNegativeNumberIsAnArgumentNotAnUnknownOption() {
        assertEquals(2, run("schema", "-1"));
        assertEquals("Invalid KIND: '-1' is not a document kind; it must be plan, progress-record or progress-report\n"
                + "For help: " + MVN + "'schema --help'\n", err());
    }

    @Test
    void anUnexpectedFailureIsOneSentenceWithExitThree() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new EqualityDutyCommand(System.out, System.err));
        cli.setErr(new PrintWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true));
        int code = new CliErrors().handleExecutionException(new IllegalStateException("the report template is missing"),
                cli, null);
        assertEquals(3, code);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("equality-duty failed unexpectedly (IllegalStateException: the report template is missing)."
                + " This is a fault in equality-duty, not in your input; please report it with the command you ran.\n",
                text);
        assertFalse(text.contains("\tat "), "no stack trace");
    }

    @Test
    void helpIsAlsoACommand() {
        assertEquals(0, run("help", "check"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(true, text.startsWith("Usage: equality-duty check "), text);
        assertEquals(2, run("help", "chek"));
        assertEquals("Unknown command: 'chek'. Did you mean 'check'?\nFor help: " + MVN + "'--help'\n", err());
    }
}

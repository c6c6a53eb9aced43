package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The progress reporter: when it is quiet (the rules), and what a live one draws, on a clock the test moves (no
 * timing: {@link Progress#tick()} is called by hand).
 */
class ProgressTest {
    private static final long MS = 1_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(5_000 * MS);

    private String drawn() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void after(long millis) {
        now.addAndGet(millis * MS);
    }

    @Test
    void quietWithQuietOrWithoutATerminal() {
        assertTrue(Progress.forRun(err, false, true).isLive(), "a terminal and no --quiet");
        assertFalse(Progress.forRun(err, true, true).isLive(), "--quiet");
        assertFalse(Progress.forRun(err, false, false).isLive(), "no terminal");
        assertFalse(Progress.forRun(err, true, false).isLive(), "neither");
        assertFalse(Progress.quiet().isLive());
    }

    @Test
    void theQuietOptionIsTakenBeforeOrAfterTheCommand() {
        for (String[] args : new String[][] {{"report", "--quiet"}, {"--quiet", "report"}, {"-q", "check", "x"},
                {"check", "-q", "x"}}) {
            EqualityDutyCommand root = new EqualityDutyCommand(InputStream.nullInputStream(), err, err, true);
            new CommandLine(root).parseArgs(args);
            assertFalse(root.progress().isLive(), String.join(" ", args));
        }
        EqualityDutyCommand root = new EqualityDutyCommand(InputStream.nullInputStream(), err, err, true);
        new CommandLine(root).parseArgs("report");
        assertTrue(root.progress().isLive());
        EqualityDutyCommand piped = new EqualityDutyCommand(InputStream.nullInputStream(), err, err, false);
        new CommandLine(piped).parseArgs("report");
        assertFalse(piped.progress().isLive());
    }

    @Test
    void aQuietReporterWritesNothing() {
        Progress quiet = Progress.forRun(err, true, true);
        try (Progress.Step step = quiet.step("Reading pupils.csv")) {
            step.count(10);
            quiet.tick();
        }
        quiet.lines().println("Generating synthetic trust...");
        quiet.close();
        assertEquals("", drawn());
    }

    @Test
    void aReportWithQuietOnATerminalWritesNothingOnStandardError(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"report", "--quiet", "--out", dir.toString()}, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), err, true);
        assertEquals(0, code);
        assertEquals("", drawn());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote the equality report (seed 2026):\n"));
    }

    @Test
    void aStepShorterThanASecondIsNotShown() {
        Progress live = Progress.manual(err, now::get);
        try (Progress.Step step = live.step("Checking")) {
            after(999);
            live.tick();
            step.count(3);
        }
        live.close();
        assertEquals("", drawn());
    }

    @Test
    void aSlowStepIsDrawnInPlaceAndEndedWithItsTime() {
        Progress live = Progress.manual(err, now::get);
        try (Progress.Step step = live.step("Reading pupils.csv")) {
            after(1_200);
            live.tick();
            assertEquals("\rReading pupils.csv... 1 s", drawn());
            step.count(412_000);
            after(2_200);
            live.tick();
            assertEquals("\rReading pupils.csv... 1 s\rReading pupils.csv... 412,000 rows, 3 s", drawn());
            bytes.reset();
            after(700);
        }
        assertEquals("\rReading pupils.csv... done in 4.1 s (412,000 rows)\n", drawn());
        live.close();
    }

    @Test
    void linesBecomeStepsAndEachNewLineEndsTheOneBefore() {
        Progress live = Progress.manual(err, now::get);
        PrintStream lines = live.lines();
        lines.println("Generating synthetic trust (12 schools)...");
        after(1_500);
        live.tick();
        lines.println("Computing gaps...");
        after(300);
        live.tick();
        live.close();
        assertEquals("\rGenerating synthetic trust (12 schools)... 1 s"
                + "\rGenerating synthetic trust (12 schools)... done in 1.5 s\n", drawn());
    }

    @Test
    void unitsCanBeNamed() {
        Progress live = Progress.manual(err, now::get);
        try (Progress.Step step = live.step("Building the report").unit("schools")) {
            step.count(12);
            after(2_000);
            live.tick();
        }
        assertEquals("\rBuilding the report... 12 schools, 2 s\rBuilding the report... done in 2.0 s (12 schools)\n",
                drawn());
    }
}

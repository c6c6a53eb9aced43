package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --snapshot DATE [--employees FILE]}: the pay gap section of the demo and of a trust's own data, what
 * it says without them, and the exact message of each wrong way to ask for it.
 */
class ReportPayGapTest {
    @TempDir
    Path dir;

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

    private String markdown(Path target) throws IOException {
        return Files.readString(target.resolve("equality-report.md"), StandardCharsets.UTF_8);
    }

    private static String section(String md) {
        int start = md.indexOf("## Gender pay gap\n");
        assertTrue(start >= 0, md);
        int end = md.indexOf("\n## ", start + 1);
        return md.substring(start, end < 0 ? md.length() : end);
    }

    @Test
    void theDemoWithASnapshotComputesTheHourlyFiguresOfItsStaff() throws IOException {
        Path target = dir.resolve("demo");
        assertEquals(0, run("report", "--demo", "--snapshot", "2026-03-31", "--out", target.toString()), err());
        String s = section(markdown(target));
        assertTrue(s.contains("On the snapshot date, 31 March 2026, 900 full-pay relevant employees (the synthetic"
                + " trust's staff"), s);
        assertTrue(s.matches("(?s).*\\| Mean gender pay gap in hourly pay \\| DiffMeanHourlyPercent \\| -?\\d+\\.\\d%"
                + " \\|.*"), s);
        assertTrue(s.contains("| Mean bonus gap | DiffMeanBonusPercent | x |"), s);
        assertTrue(s.contains("The bonus figures are not computed: the synthetic trust records no bonus pay."), s);
    }

    @Test
    void withoutASnapshotTheDemoSectionSaysWhatToGive() throws IOException {
        Path target = dir.resolve("plain");
        assertEquals(0, run("report", "--out", target.toString()), err());
        assertEquals("## Gender pay gap\n\nThere are no pay gap figures in this report: give the snapshot date (31"
                + " March for a trust) to compute them.\n", section(markdown(target)));
    }

    @Test
    void ownDataWithAPayrollFileWithholdsItsSmallCounts() throws IOException {
        // The sample payroll has 9 employees (4 men, 5 women): every count is from 1 to 9, so every count, share and
        // gap is withheld; the text says the figures are not required under 250 employees.
        Path target = dir.resolve("own");
        assertEquals(0, run("report", "--pupils", "data/pupils.csv", "--staff", "data/staff.csv", "--applicants",
                "data/applicants.csv", "--organisation", "Example Learning Trust", "--published-on", "2026-09-30",
                "--snapshot", "2026-03-31", "--employees", "src/main/resources/paygap/sample-payroll.csv",
                "--out", target.toString()), err());
        String s = section(markdown(target));
        assertTrue(s.contains("(the payroll file sample-payroll.csv)"), s);
        assertTrue(s.contains("| Mean gender pay gap in hourly pay | DiffMeanHourlyPercent | c |"), s);
        assertTrue(s.contains("There are fewer than 250 relevant employees, so publishing these figures is not"
                + " required; they are for information."), s);
        assertFalse(s.matches("(?s).*\\| [1-9] \\|.*"), s);
    }

    @Test
    void ownDataWithoutAPayrollSaysWhatToGive() throws IOException {
        Path target = dir.resolve("own-none");
        assertEquals(0, run("report", "--pupils", "data/pupils.csv", "--staff", "data/staff.csv", "--applicants",
                "data/applicants.csv", "--organisation", "Example Learning Trust", "--published-on", "2026-09-30",
                "--out", target.toString()), err());
        assertEquals("## Gender pay gap\n\nThere are no pay gap figures in this report: give the payroll with"
                + " --employees and its snapshot date with --snapshot.\n", section(markdown(target)));
    }

    @Test
    void wrongWaysToAskForThePayGapExitTwoWithOneLine() throws IOException {
        Path target = dir.resolve("x");
        assertEquals(2, run("report", "--employees", "payroll.csv", "--out", target.toString()));
        assertEquals("--employees needs --snapshot DATE, the snapshot date the pay in payroll.csv describes (31 March"
                + " for a trust)\n", err());

        assertEquals(2, run("report", "--snapshot", "2026-02-30", "--out", target.toString()));
        assertTrue(err().startsWith("Invalid value for option '--snapshot': '2026-02-30' is not a date such as"
                + " 2026-09-30\n"), err());

        assertEquals(2, run("report", "--snapshot", "2026-03-31", "--employees", dir.resolve("nope.csv").toString(),
                "--out", target.toString()));
        assertEquals("No such file: " + dir.resolve("nope.csv") + "\n", err());

        Path noSex = Files.writeString(dir.resolve("nosex.csv"), "employee_id,hourly_pay\nA1,10\n");
        assertEquals(2, run("report", "--snapshot", "2026-03-31", "--employees", noSex.toString(), "--out",
                target.toString()));
        assertEquals(noSex + " cannot be used: the header has no sex column\n", err());

        Path badRows = Files.writeString(dir.resolve("bad.csv"), "employee_id,sex,hourly_pay\nA1,F,-3\nA2,X,10\n");
        assertEquals(2, run("report", "--snapshot", "2026-03-31", "--employees", badRows.toString(), "--out",
                target.toString()));
        assertTrue(err().startsWith(badRows + " cannot be used: 2 problems, the first: line 2: hourly_pay must be"
                + " greater than 0, but was '-3'\n"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(Files.exists(target), "nothing is written when the payroll cannot be used");
    }
}

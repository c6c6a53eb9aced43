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
 * {@code report} on the trust's own data: the synthetic sample files of {@code examples/data/} read by
 * equality-import, with figures checked against {@code equality-import/src/test/python/sample_headlines.py}
 * (Python standard library, independent of the library), whose output is quoted beside each row; and the exact
 * messages for missing options and bad files.
 */
class ReportOwnDataTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsOnTheSampleFiles() throws IOException {
        Path target = dir.resolve("own");
        assertEquals(0, run("report", "--pupils", "data/pupils.csv", "--staff", "data/staff.csv", "--applicants",
                "data/applicants.csv", "--organisation", "Example Learning Trust", "--published-on", "2026-09-30",
                "--out", target.toString()), err());
        assertEquals("Read pupils.csv: 1,125 rows read, 1,125 used, 0 flagged, 0 rejected\n"
                + "Read staff.csv: 152 rows read, 152 used, 0 flagged, 0 rejected\n"
                + "Read applicants.csv: 150 rows read, 150 used, 0 flagged, 0 rejected\n", err());
        assertEquals("Wrote the equality report of Example Learning Trust:\n"
                + "  " + target.resolve("equality-report.html").toAbsolutePath().normalize() + "\n"
                + "  " + target.resolve("equality-report.md").toAbsolutePath().normalize() + "\n"
                + "  " + target.resolve("equality-report.json").toAbsolutePath().normalize() + "\n",
                out.toString(StandardCharsets.UTF_8));
        String md = Files.readString(target.resolve("equality-report.md"), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Equality information: Example Learning Trust\n\nPublished by Example Learning"
                + " Trust on 30 September 2026.\n\nThis is the equality information of Example Learning Trust, about"
                + " 1125 pupils, 152 staff and 150 job applicants."), md);
        // script: ks2_reading mean gap 118530 n=9/33 -> its 9 disadvantaged pupils withheld (9 < 10), and 144966's
        // 13 with them, else 22 - 13 would give the 9; the others (17 and 33) are not small and stay, with their
        // averages; ks2_reading mean gap trust -6.009090909091 n=22/50.
        assertTrue(md.contains("| 144966 | c | 17 | c | 107.8 | c | c |\n| 118530 | c | 33 | c | 107.5 | c | c |\n"
                + "| All schools | 22 | 50 |"), md);
        assertTrue(md.contains("| -6.0 |"), md);
        // script: ks4_attainment8 mean gap 113631 -11.440791208791 n=25/91
        assertTrue(md.contains("| 113631 | 25 | 91 |"), md);
        assertTrue(md.contains("| -11.4 |"), md);
        // script: staff teacher F 51 M 20 (71.8%); every other role has a count below 10; all staff 112 of 152.
        assertTrue(md.contains("| Teacher | 71 | 51 | 20 | 71.8 |"), md);
        assertTrue(md.contains("| Leadership | c | c | c | c |"), md);
        assertTrue(md.contains("| All staff | 152 | 112 | 40 | 73.7 |"), md);
        // script: applicants F applied 117 shortlisted 40, appointed 10; M shortlisted 7 -> suppressed.
        // The men's 7 shortlisted are withheld, and so is what would give them: the women's shortlisted (40, with the
        // shortlisted total) and the appointed of both. The men's 33 applicants are shown: 150 - 117 gives them
        // anyway, from the total the introduction quotes.
        assertTrue(md.contains("| Women | 117 | c | c | c | c |"), md);
        assertTrue(md.contains("| Men | 33 | c | c | c | c |"), md);
        // script: pupils ethnicity known 1110 of 1125; staff 143 of 152 (9 not known: suppressed).
        assertTrue(md.contains("| Pupils | 1110 | 1125 | 98.7 |"), md);
        // The total, 152, is the staff number the introduction quotes, so the known number is withheld instead.
        assertTrue(md.contains("| Staff | c | 152 | c |"), md);
        String html = Files.readString(target.resolve("equality-report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Example Learning Trust"), "the organisation is on the page");
    }

    @Test
    void anMisExportThroughAMapping() {
        Path target = dir.resolve("mis");
        assertEquals(0, run("report", "--pupils", "data/mis-export.csv", "--mapping", "data/mapping-example.csv",
                "--staff", "data/staff.csv", "--applicants", "data/applicants.csv", "--organisation", "Trust",
                "--published-on", "2026-09-30", "--out", target.toString()), err());
        assertTrue(err().startsWith("Read mis-export.csv: 12 rows read, 12 used, 0 flagged, 0 rejected\n"), err());
    }

    @Test
    void missingOptionsAndBadFilesGetOneLineEach() throws IOException {
        assertEquals(2, run("report", "--pupils", "data/pupils.csv", "--organisation", " "));
        assertEquals("A report on your own data needs --staff, --applicants, --organisation, --published-on\n", err());
        err.reset();
        assertEquals(2, run("report", "--demo", "--pupils", "data/pupils.csv"));
        assertEquals("Cannot report on the demo trust and on your own data at once: leave out --demo, or the data"
                + " options\n", err());
        err.reset();
        assertEquals(2, run("report", "--published-on", "30/09/2026"));
        assertTrue(err().startsWith("Invalid value for option '--published-on': '30/09/2026' is not a date such as"
                + " 2026-09-30\n"), err());
        err.reset();
        Path bad = Files.writeString(dir.resolve("pupils.csv"), "pupil_id,school_urn,sex\nP1,123456,M\n");
        assertEquals(2, run("report", "--pupils", bad.toString(), "--staff", "data/staff.csv", "--applicants",
                "data/applicants.csv", "--organisation", "Trust", "--published-on", "2026-09-30", "--out",
                dir.resolve("x").toString()));
        assertEquals("pupils.csv cannot be imported: 3 problems\n"
                + "  line 1, column 'ethnicity': required column is missing\n"
                + "  line 1, column 'sen': required column is missing\n"
                + "  line 1, column 'disadvantaged': required column is missing\n", err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(Files.exists(dir.resolve("x").resolve("equality-report.html")));
    }
}

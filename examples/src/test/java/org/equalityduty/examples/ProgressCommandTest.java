package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.json.EqualityJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code progress} on the sample plan {@code examples/data/progress-plan.json}: from the synthetic sample files,
 * with every figure and status checked against {@code examples/src/test/python/progress_figures.py} (Python
 * standard library, independent of the library), whose output is quoted beside each assertion; from the recorded
 * observations {@code examples/data/progress-observations.json}, checked by hand; pay gap criteria from a payroll
 * file; and the exact messages of the wrong ways.
 */
class ProgressCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String abs(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static Map<String, CriterionProgress> criteria(Path target) throws IOException {
        ProgressReport report = EqualityJson.defaults().readProgressReport(target.resolve("progress-report.json"));
        Map<String, CriterionProgress> byId = new LinkedHashMap<>();
        report.getCriteria().forEach(c -> byId.put(c.getCriterionId(), c));
        return byId;
    }

    private static Optional<BigDecimal> dec(String v) {
        return Optional.of(new BigDecimal(v));
    }

    @Test
    void computesEachCriterionFromTheSampleFiles() throws IOException {
        Path target = dir.resolve("from-data");
        assertEquals(0, run("progress", "--plan", "data/progress-plan.json", "--pupils", "data/pupils.csv",
                "--staff", "data/staff.csv", "--as-of", "2026-09-30", "--out", target.toString()), err());
        assertEquals("Read pupils.csv: 1,125 rows read, 1,125 used, 0 flagged, 0 rejected\n"
                + "Read staff.csv: 152 rows read, 152 used, 0 flagged, 0 rejected\n", err());
        assertEquals("Wrote the progress report of Example Learning Trust as of 2026-09-30:\n"
                + "  " + abs(target.resolve("progress-report.json")) + "\n"
                + "  " + abs(target.resolve("progress-report.html")) + "\n"
                + "  " + abs(target.resolve("progress-report.md")) + "\n"
                + "6 success criteria: 1 achieved, 1 on track, 1 off track, 1 too close to call, 1 not yet due,"
                + " 1 no figure yet\n", out());
        Map<String, CriterionProgress> c = criteria(target);
        // milestone due 2027-07-31, nothing recorded as done: not yet due
        assertEquals(CriterionStatus.NOT_YET_DUE, c.get("o1.a1.c1").getStatus());
        // script: o1.a1.c2 reading gap 25.454545 pp (40/50 others, 12/22 disadvantaged) interval [2.7943, 47.1827]
        // target 13.0 -> inconclusive; published 25.5
        assertEquals(CriterionStatus.INCONCLUSIVE, c.get("o1.a1.c2").getStatus());
        assertEquals(dec("25.4545"), c.get("o1.a1.c2").getLatestValue());
        assertTrue(c.get("o1.a1.c2").getExplanation().contains("[2.7943, 47.1827]"), c.get("o1.a1.c2").toString());
        // script: o2.a1.c1 RWM rate 56.944444% (41/72) interval [45.4433, 67.7421] target 70 -> off_track,
        // projection 67.8665 (the library projects from the value rounded to 4 places: 67.8663)
        assertEquals(CriterionStatus.OFF_TRACK, c.get("o2.a1.c1").getStatus());
        assertEquals(dec("56.9444"), c.get("o2.a1.c1").getLatestValue());
        assertEquals(dec("67.8663"), c.get("o2.a1.c1").getProjection());
        // script: o2.a1.c2 RWM rate of SEN support: 8 pupils with results, below 10 -> suppressed (c), no_data
        assertEquals(CriterionStatus.NO_DATA, c.get("o2.a1.c2").getStatus());
        assertEquals(Optional.empty(), c.get("o2.a1.c2").getLatestValue());
        // script: o3.a1.c1 men among teachers 28.169014% (20/71) interval [19.0371, 39.5420] target 42 -> on_track,
        // projection 44.3744
        assertEquals(CriterionStatus.ON_TRACK, c.get("o3.a1.c1").getStatus());
        assertEquals(dec("28.1690"), c.get("o3.a1.c1").getLatestValue());
        // script: o4.a1.c1 median pay gap: men 40 median 23.27, women 112 median 23.75, gap -2.1% (half up, 1 dp)
        // target 5 -> achieved; dated the snapshot, the latest 31 March on or before --as-of
        assertEquals(CriterionStatus.ACHIEVED, c.get("o4.a1.c1").getStatus());
        assertEquals(dec("-2.1"), c.get("o4.a1.c1").getLatestValue());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 3, 31)), c.get("o4.a1.c1").getLatestDate());

        String md = Files.readString(target.resolve("progress-report.md"), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Progress on our equality objectives: Example Learning Trust\n"), md);
        assertTrue(md.contains(" | Too close to call | 25.5 percentage points | 13.0 percentage points by"
                + " 2028-07-31 |"),
                md);
        assertTrue(md.contains(" | Off track | 56.9% | 70.0% by 2028-07-31 | The latest figure is 56.9% on 2026-09-30;"
                + " the trend does not reach the target of 70.0% by 2028-07-31. |"), md);
        assertTrue(md.contains(" | No figure yet | c | 30.0% by 2028-07-31 | The figure is not published: it rests on"
                + " fewer than 10 people. |"), md);
        assertTrue(md.contains(" | On track | 28.2% | 42.0% by 2029-07-31 |"), md);
        assertTrue(md.contains(" | Achieved | -2.1% | 5.0% by 2028-03-31 | The latest figure, -2.1% on 2026-03-31,"
                + " meets the target of 5.0%. |"), md);
        assertTrue(md.contains("- c = not published to protect the people it describes: the figure rests on fewer"
                + " than 10 people (any count from 1 to 9)."), md);
        assertFalse(md.contains("25.4545"), "values are rounded for publication");

        String html = Files.readString(target.resolve("progress-report.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), html);
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("<main>") && html.contains("</main>"));
        assertEquals(4, html.split("<caption>", -1).length - 1, "one captioned table per objective");
        assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "self-contained");
        assertTrue(html.contains("<td data-label=\"Status\">Achieved</td>"
                + "<td data-label=\"Latest figure\">-2.1%</td>"),
                html);
    }

    @Test
    void takesRecordedObservations() throws IOException {
        Path target = dir.resolve("recorded");
        assertEquals(0, run("progress", "--plan", "data/progress-plan.json", "--observations",
                "data/progress-observations.json", "--as-of", "2026-09-30", "--out", target.toString(),
                "--organisation", "Example Learning Trust (sample)"), err());
        assertEquals("", err());
        assertTrue(out().startsWith("Wrote the progress report of Example Learning Trust (sample) as of 2026-09-30:\n"),
                out());
        assertTrue(out().endsWith("6 success criteria: 1 achieved, 2 on track, 2 no figure yet, 1 done\n"), out());
        Map<String, CriterionProgress> c = criteria(target);
        // recorded completed on 2026-01-15
        assertEquals(CriterionStatus.DONE, c.get("o1.a1.c1").getStatus());
        // by hand: 12.0 <= target 18 - 5 = 13 (decrease), no interval recorded: achieved
        assertEquals(CriterionStatus.ACHIEVED, c.get("o1.a1.c2").getStatus());
        // by hand: baseline 50 on 2025-07-31, 58 on 2026-07-31 (365 days); to 2028-07-31 (731 days on):
        // 58 + 8 x 731 / 365 = 74.0219 >= 70: on track
        assertEquals(CriterionStatus.ON_TRACK, c.get("o2.a1.c1").getStatus());
        assertEquals(dec("74.0219"), c.get("o2.a1.c1").getProjection());
        // recorded on 8 pupils, fewer than 10: suppressed before evaluation, so no value anywhere
        assertEquals(CriterionStatus.NO_DATA, c.get("o2.a1.c2").getStatus());
        assertEquals(Optional.empty(), c.get("o2.a1.c2").getLatestValue());
        assertFalse(Files.readString(target.resolve("progress-report.json")).contains("25.0"));
        // nothing recorded for the teachers
        assertEquals(CriterionStatus.NO_DATA, c.get("o3.a1.c1").getStatus());
        // by hand: baseline 8.0 on 2025-03-31, 6.1 on 2026-03-31 (365 days); to 2028-03-31 (731 days on):
        // 6.1 - 1.9 x 731 / 365 = 2.2948 <= 5: on track
        assertEquals(CriterionStatus.ON_TRACK, c.get("o4.a1.c1").getStatus());
        assertEquals(dec("2.2948"), c.get("o4.a1.c1").getProjection());
        String md = Files.readString(target.resolve("progress-report.md"), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Progress on our equality objectives: Example Learning Trust (sample)\n"), md);
        assertTrue(md.contains("| Tutoring groups are running in both primary schools | Done | \u2014 | \u2014 |"
                + " Completed on 2026-01-15. |"), md);
    }

    /** Ten men at 20.00 an hour; women: four at 17.00 and six at 19.00. */
    private Path payroll() throws IOException {
        StringBuilder b = new StringBuilder("employee_id,sex,hourly_pay\n");
        for (int i = 0; i < 10; i++) {
            b.append("M").append(i).append(",M,20.00\n");
        }
        for (int i = 0; i < 10; i++) {
            b.append("F").append(i).append(",F,").append(i < 4 ? "17.00" : "19.00").append('\n');
        }
        Path p = dir.resolve("payroll.csv");
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aPayGapCriterionFromAPayroll() throws IOException {
        Path target = dir.resolve("pay");
        assertEquals(0, run("progress", "--plan", "data/progress-plan.json", "--payroll", payroll().toString(),
                "--as-of", "2026-09-30", "--snapshot", "2026-03-31", "--out", target.toString()), err());
        Map<String, CriterionProgress> c = criteria(target);
        // by hand: median men 20.00, women 19.00: (20 - 19) / 20 = 5.0% <= target 5: achieved
        assertEquals(dec("5.0"), c.get("o4.a1.c1").getLatestValue());
        assertEquals(CriterionStatus.ACHIEVED, c.get("o4.a1.c1").getStatus());
        // no pupils file: the pupil criteria have no figure, and say why
        assertEquals(CriterionStatus.NO_DATA, c.get("o2.a1.c1").getStatus());
        assertTrue(Files.readString(target.resolve("progress-report.md")).contains("There is no figure for this year:"
                + " no pupils file given"));
    }

    @Test
    void aMeanPayGapWhenTheMeasureSaysMean() throws IOException {
        Path plan = dir.resolve("mean-plan.json");
        String json = Files.readString(Path.of("data/progress-plan.json"), StandardCharsets.UTF_8)
                .replace("The median gender pay gap in hourly pay (DiffMedianHourlyPercent)",
                        "The mean gender pay gap in hourly pay (DiffMeanHourlyPercent)");
        Files.writeString(plan, json, StandardCharsets.UTF_8);
        Path target = dir.resolve("mean");
        assertEquals(0, run("progress", "--plan", plan.toString(), "--payroll", payroll().toString(),
                "--as-of", "2026-09-30", "--out", target.toString()), err());
        Map<String, CriterionProgress> c = criteria(target);
        // by hand: mean women (4 x 17 + 6 x 19) / 10 = 18.20; (20 - 18.2) / 20 = 9.0%, above the baseline 8 of
        // 2025-03-31: the trend rises, away from the target 5: off track
        assertEquals(dec("9.0"), c.get("o4.a1.c1").getLatestValue());
        assertEquals(CriterionStatus.OFF_TRACK, c.get("o4.a1.c1").getStatus());
    }

    @Test
    void aPayGapMeasureThatNamesNeitherMedianNorMean() throws IOException {
        Path plan = dir.resolve("vague-plan.json");
        String json = Files.readString(Path.of("data/progress-plan.json"), StandardCharsets.UTF_8)
                .replace("The median gender pay gap in hourly pay (DiffMedianHourlyPercent)",
                        "The gender pay gap in hourly pay");
        Files.writeString(plan, json, StandardCharsets.UTF_8);
        Path target = dir.resolve("vague");
        assertEquals(0, run("progress", "--plan", plan.toString(), "--payroll", payroll().toString(),
                "--as-of", "2026-09-30", "--out", target.toString()), err());
        assertEquals(CriterionStatus.NO_DATA, criteria(target).get("o4.a1.c1").getStatus());
        assertTrue(Files.readString(target.resolve("progress-report.md")).contains("There is no figure for this year:"
                + " the pay gap measure does not say whether it is the median or the mean gap: write 'median' or"
                + " 'mean' (not both) in its description or the criterion's text |"));
    }

    @Test
    void jsonFormatNamesTheFiles() {
        Path target = dir.resolve("json");
        assertEquals(0, run("progress", "--plan", "data/progress-plan.json", "--observations",
                "data/progress-observations.json", "--as-of", "2026-09-30", "--out", target.toString(),
                "--format", "json"), err());
        assertTrue(out().startsWith("{\n  \"kind\" : \"progress-files\","), out());
        assertTrue(out().contains("\"on_track\" : 2"), out());
    }

    private void assertFails(String message, String... args) {
        assertEquals(2, run(args), out());
        assertEquals(message, err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void aMissingPlan() {
        assertFails("No such file: nope.json\n", "progress", "--plan", "nope.json", "--pupils", "data/pupils.csv",
                "--as-of", "2026-09-30", "--out", dir.resolve("o").toString());
    }

    @Test
    void aPlanWithReadErrors() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"kind\":\"equality-plan\"}", StandardCharsets.UTF_8);
        assertFails(bad + " is not a valid equality plan: 4 problems; see them with: "
                + Invocation.command("check " + bad) + "\n", "progress", "--plan", bad.toString(), "--pupils",
                "data/pupils.csv", "--as-of", "2026-09-30", "--out", dir.resolve("o").toString());
    }

    @Test
    void bothDataFilesAndObservations() {
        assertFails("Give either data files (--pupils, --staff, --applicants, --payroll) or --observations, not"
                + " both\n", "progress", "--plan", "data/progress-plan.json", "--pupils", "data/pupils.csv",
                "--observations", "data/progress-observations.json", "--as-of", "2026-09-30", "--out",
                dir.resolve("o").toString());
    }

    @Test
    void neitherDataFilesNorObservations() {
        assertFails("Give the data to measure progress with: --pupils FILE (and --staff, --applicants, --payroll as"
                + " needed) or --observations FILE\n", "progress", "--plan", "data/progress-plan.json", "--as-of",
                "2026-09-30", "--out", dir.resolve("o").toString());
    }

    @Test
    void aBadDate() {
        assertFails("Invalid value for option '--as-of': '2026-13-01' is not a date such as 2026-09-30\n"
                + "For help: " + Invocation.command("progress --help") + "\n", "progress", "--plan",
                "data/progress-plan.json", "--pupils", "data/pupils.csv", "--as-of", "2026-13-01", "--out",
                dir.resolve("o").toString());
    }

    @Test
    void anOutDirThatIsAFile() throws IOException {
        Path file = dir.resolve("taken");
        Files.writeString(file, "x");
        assertFails("Cannot write the progress report: " + file + " is a file, not a directory\n", "progress",
                "--plan", "data/progress-plan.json", "--pupils", "data/pupils.csv", "--as-of", "2026-09-30",
                "--out", file.toString());
        assertFails2("Cannot write the progress report: " + file + " is a file, not a directory\n",
                file.resolve("below").toString());
    }

    private void assertFails2(String message, String outDir) {
        out.reset();
        err.reset();
        assertFails(message, "progress", "--plan", "data/progress-plan.json", "--pupils", "data/pupils.csv",
                "--as-of", "2026-09-30", "--out", outDir);
    }

    @Test
    void anObservationsFileWithReadErrors() throws IOException {
        Path bad = dir.resolve("record.json");
        Files.writeString(bad, "{\"kind\":\"progress-record\",\"formatVersion\":1,\"asOf\":\"2026-02-30\"}",
                StandardCharsets.UTF_8);
        assertEquals(2, run("progress", "--plan", "data/progress-plan.json", "--observations", bad.toString(),
                "--as-of", "2026-09-30", "--out", dir.resolve("o").toString()));
        assertTrue(err().startsWith(bad + " is not a valid progress record: /asOf: "), err());
        assertEquals(1, err().split("\n").length, err());
    }

    @Test
    void aPayrollWithAProblem() throws IOException {
        Path p = dir.resolve("pay.csv");
        Files.writeString(p, "employee_id,sex,hourly_pay\nE1,M,20.00\nE2,F,-3\n", StandardCharsets.UTF_8);
        assertEquals(2, run("progress", "--plan", "data/progress-plan.json", "--payroll", p.toString(), "--as-of",
                "2026-09-30", "--out", dir.resolve("o").toString()));
        assertTrue(err().startsWith(p + " cannot be used: "), err());
        assertEquals(1, err().split("\n").length, err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing is written");
    }

    @Test
    void jsonFormatErrorsAreJson() {
        assertEquals(2, run("progress", "--plan", "nope.json", "--pupils", "data/pupils.csv", "--as-of",
                "2026-09-30", "--out", dir.resolve("o").toString(), "--format", "json"));
        assertEquals("{\n  \"kind\" : \"error\",\n  \"problems\" : [ \"No such file: nope.json\" ]\n}\n", out());
    }
}

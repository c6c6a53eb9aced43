package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paygap}: figures in the gov.uk field names, absent columns, and the exact message for each bad file. */
class PayGapCommandTest {
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

    private Path csv(String text) throws IOException {
        Path p = dir.resolve("payroll.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path sample() throws IOException {
        Path p = dir.resolve("sample-payroll.csv");
        try (InputStream in = PayGapCommandTest.class.getResourceAsStream("/paygap/sample-payroll.csv")) {
            Files.copy(in, p);
        }
        return p;
    }

    /**
     * The sample payroll (7 full-pay relevant employees, monthly pay for a 31-day March). Hourly rates by hand, pay x
     * 7 / 31 / hours; the gaps checked independently with exact fractions (Python {@code fractions.Fraction}): men's
     * mean 18.349..., women's 15.731..., gap 14.267... = 14.3; medians 15.867... and 15.229..., gap 4.023... = 4.0.
     * Bonus: men 250 and 500 (mean and median 375), women 250: (375 - 250) / 375 = 33.3; 2 of 3 men (66.7) and 1 of 5
     * women (20.0). Quartiles (ends at ranks 2, 4, 6, 7): T004 M and T005 F tie at 13.548... in the lower band; T002 M
     * and T007 F tie at 15.867... across the lower middle / upper middle boundary, one place each side, so one each.
     */
    @Test
    void printsTheSixFiguresInTheServiceFieldNames() throws IOException {
        assertEquals(0, run("paygap", sample().toString(), "--snapshot", "2025-03-31"));
        String text = out();
        assertTrue(text.contains("DiffMeanHourlyPercent       14.3\n"), text);
        assertTrue(text.contains("DiffMedianHourlyPercent     4.0\n"), text);
        assertTrue(text.contains("DiffMeanBonusPercent        33.3\n"), text);
        assertTrue(text.contains("MaleBonusPercent            66.7\nFemaleBonusPercent          20.0\n"), text);
        assertTrue(text.contains("Quartile pay bands (men, women): Lower 1, 1; LowerMiddle 1, 1; UpperMiddle 0, 2;"
                + " Top 1, 0\n"), text);
        assertTrue(text.contains("gov.uk service checks: passed\n"), text);
        assertEquals("", err());
    }

    @Test
    void jsonUsesTheServiceFieldNames() throws IOException {
        assertEquals(0, run("paygap", sample().toString(), "--snapshot", "2025-03-31", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals("gender-pay-gap", root.get("kind").asText());
        assertEquals("14.3", root.get("figures").get("DiffMeanHourlyPercent").decimalValue().toPlainString());
        assertEquals("0.0", root.get("figures").get("MaleUpperMiddleQuartile").decimalValue().toPlainString());
        assertEquals(14, root.get("figures").size());
        assertEquals(8, root.get("counts").get("relevantEmployees").asInt());
        assertEquals("below-threshold", root.get("notices").get(0).get("code").asText());
    }

    @Test
    void absentColumnsAreNotComputedWithTheReason() throws IOException {
        assertEquals(0, run("paygap", csv("employee_id,sex,hourly_pay\na,M,10\nb,F,9\n").toString(),
                "--snapshot", "2025-03-31"));
        assertTrue(out().contains("DiffMeanHourlyPercent       10.0\n"), out());
        assertTrue(out().contains("DiffMeanBonusPercent        not computed: the file has no bonus_pay_12_months"
                + " column\n"), out());
        out.reset();
        assertEquals(0, run("paygap", csv("employee_id,sex,bonus_pay_12_months\na,M,10\nb,F,0\n").toString(),
                "--snapshot", "2025-03-31"));
        assertTrue(out().contains("DiffMedianHourlyPercent     not computed: the file has no hourly_pay column, nor"
                + " ordinary_pay, period_days and weekly_hours\n"), out());
        assertTrue(out().contains("FemaleTopQuartile           not computed: the file has no hourly_pay column"),
                out());
        assertTrue(out().contains("MaleBonusPercent            100.0\n"), out());
    }

    @Test
    void aSnapshotThatIsNotThirtyFirstMarchIsAWarning() throws IOException {
        assertEquals(0, run("paygap", csv("employee_id,sex,hourly_pay\na,M,10\nb,F,9\n").toString(),
                "--snapshot", "2025-04-05"));
        assertTrue(out().contains("warning: the snapshot date 2025-04-05 is not 31 March: a public authority's"
                + " snapshot date is 31 March (SI 2017/353 Schedule 1 para 1)\n"), out());
    }

    @Test
    void figuresTheServiceWouldRejectExitOne() throws IOException {
        assertEquals(1, run("paygap", csv("employee_id,sex,hourly_pay\na,M,10\nb,F,31\n").toString(),
                "--snapshot", "2025-03-31"));
        assertTrue(out().contains("gov.uk service checks: failed\n  DiffMeanHourlyPercent -210.0 is outside the"
                + " service's range -200.9 to 200.9\n"), out());
    }

    private void assertUnusable(String content, String message) throws IOException {
        out.reset();
        err.reset();
        Path p = csv(content);
        assertEquals(2, run("paygap", p.toString(), "--snapshot", "2025-03-31"));
        assertEquals(p + " cannot be used: " + message + "\n", err());
        assertEquals("", out());
    }

    @Test
    void unusableFilesGiveOneLine() throws IOException {
        assertUnusable("", "the file is empty: expected a header row with employee_id and sex");
        assertUnusable("employee_id,hourly_pay\na,10\n", "the header has no sex column");
        assertUnusable("sex,hourly_pay\nM,10\n", "the header has no employee_id column");
        assertUnusable("employee_id,sex,sex\n", "the header names the column sex twice");
        assertUnusable("employee_id,sex,hourly_pay,ordinary_pay\n", "the header has both hourly_pay and ordinary_pay:"
                + " give either hourly_pay or ordinary_pay, period_days and weekly_hours");
        assertUnusable("employee_id,sex,ordinary_pay,weekly_hours\n", "the header has ordinary_pay, weekly_hours but"
                + " not period_days: hourly pay from the pay period needs all three");
        assertUnusable("employee_id,sex,hourly_pay\na,M,-3\n", "line 2: hourly_pay must be greater than 0, but was"
                + " '-3'");
        assertUnusable("employee_id,sex,hourly_pay\na,M,10\na,F,9\n", "id: 1 record(s) repeat an earlier employee"
                + " id: 'a' (records 1 and 2); each relevant employee must appear once");
    }

    @Test
    void everyBadRowIsListed() throws IOException {
        Path p = csv("employee_id,sex,ordinary_pay,period_days,weekly_hours,bonus_pay_12_months\n"
                + "a,M,0,30,35,0\n"
                + "b,F,2000,0,35,0\n"
                + "c,M,2000,30,,0\n"
                + "d,X,2000,30,35,0\n"
                + "e,F,2000,30.5,35,0\n"
                + "f,F,2000,30,35,\n"
                + "g,M,2000,30,35,-1\n"
                + "h,F,2000,30,35,1e3\n"
                + "i,F,2000,30,35,0\n");
        assertEquals(2, run("paygap", p.toString(), "--snapshot", "2025-03-31"));
        assertEquals(p + " cannot be used: 8 problems\n"
                + "  line 2: ordinary_pay must be greater than 0, but was '0'\n"
                + "  line 3: period_days must be at least 1 (the days in the pay period), but was '0'\n"
                + "  line 4: weekly_hours is empty: give the weekly working hours\n"
                + "  line 5: sex must be M, F, male, female, or empty for not recorded, but was 'X'\n"
                + "  line 6: period_days must be a whole number of days, but was '30.5'\n"
                + "  line 7: bonus_pay_12_months is empty: give 0 for an employee paid no bonus\n"
                + "  line 8: bonus_pay_12_months must be 0 or more, but was '-1'\n"
                + "  line 9: bonus_pay_12_months must be a plain decimal number such as 1234.56, but was '1e3'\n",
                err());
        assertEquals("", out());
    }

    @Test
    void rowsOfTheWrongWidthAreListedAndReadingGoesOn() throws IOException {
        Path p = csv("employee_id,sex,hourly_pay\na,M,10\nb,F,9,extra\nc,M\nd,F,-1\n");
        assertEquals(2, run("paygap", p.toString(), "--snapshot", "2025-03-31"));
        assertEquals(p + " cannot be used: 3 problems\n"
                + "  line 3: the row has 4 field(s) but the header has 3\n"
                + "  line 4: the row has 2 field(s) but the header has 3\n"
                + "  line 5: hourly_pay must be greater than 0, but was '-1'\n", err());
    }

    @Test
    void hostileTextIsNotEchoedRaw() throws IOException {
        Path p = csv("employee_id,sex,hourly_pay\na,\"\u001b[31mM\",10\n");
        assertEquals(2, run("paygap", p.toString(), "--snapshot", "2025-03-31"));
        assertEquals(p + " cannot be used: line 2: sex must be M, F, male, female, or empty for not recorded, but"
                + " was '?[31mM'\n", err());
    }

    @Test
    void missingFileAndWrongArguments() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertEquals(2, run("paygap", missing.toString(), "--snapshot", "2025-03-31"));
        assertEquals(missing + " cannot be used: no such file\n", err());
        err.reset();
        assertEquals(2, run("paygap", missing.toString()));
        assertTrue(err().startsWith("Missing required option: '--snapshot=DATE'\n"), err());
        err.reset();
        assertEquals(2, run("paygap", missing.toString(), "--snapshot", "31/03/2025"));
        assertTrue(err().startsWith("Invalid value for option '--snapshot': '31/03/2025' is not a date in the form"
                + " yyyy-mm-dd, such as 2025-09-01\n"), err());
        err.reset();
        assertEquals(2, run("paygap", missing.toString(), "--snapshot", "2025-03-31", "--employer", "charity"));
        assertTrue(err().startsWith("Invalid value for option '--employer': 'charity' is not an employer type: use"
                + " public or private\n"), err());
    }

    @Test
    void jsonErrorsAreJson() throws IOException {
        Path p = csv("employee_id,sex,hourly_pay\na,M,-3\n");
        assertEquals(2, run("paygap", p.toString(), "--snapshot", "2025-03-31", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals("error", root.get("kind").asText());
        assertEquals("line 2: hourly_pay must be greater than 0, but was '-3'", root.get("problems").get(0).asText());
    }
}

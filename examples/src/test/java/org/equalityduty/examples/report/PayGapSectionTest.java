package org.equalityduty.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.Section;
import org.equalityduty.paygap.PayGapOptions;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.Sex;
import org.equalityduty.disclosure.PublicationIntruder;
import org.equalityduty.examples.SeedPlans;
import org.junit.jupiter.api.Test;

/**
 * The report's pay gap section: hand-worked figures in the gov.uk field names, tables withheld by the disclosure
 * component where they would show 1 to 9 people, and what the section says without data.
 */
class PayGapSectionTest {
    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 3, 31);

    private static void add(List<PayRecord> into, int count, Sex sex, String rate, String bonus) {
        for (int i = 0; i < count; i++) {
            into.add(PayRecord.of("e" + into.size(), sex, rate, bonus));
        }
    }

    /**
     * 240 employees, quarters of 60. Rate 10.00: 15 men and 60 women (ranks 1-75), across the first boundary: the
     * lower quarter gets 60 of the 75, men 15 x 60 / 75 = 12 and women 48, the lower middle the other 3 men and 12
     * women. Rate 20.00: 15 men and 30 women (ranks 76-120), lower middle. Rate 30.00: 30 and 30, upper middle.
     * Rate 40.00: 45 men and 15 women, upper. Bonuses: 20 men paid 1,000 (on 40.00), 30 women paid 500 (15 on 30.00,
     * 15 on 40.00), the rest 0.
     */
    private static List<PayRecord> payroll() {
        List<PayRecord> r = new ArrayList<>();
        add(r, 15, Sex.MALE, "10.00", "0");
        add(r, 60, Sex.FEMALE, "10.00", "0");
        add(r, 15, Sex.MALE, "20.00", "0");
        add(r, 30, Sex.FEMALE, "20.00", "0");
        add(r, 30, Sex.MALE, "30.00", "0");
        add(r, 15, Sex.FEMALE, "30.00", "500");
        add(r, 15, Sex.FEMALE, "30.00", "0");
        add(r, 25, Sex.MALE, "40.00", "0");
        add(r, 20, Sex.MALE, "40.00", "1000");
        add(r, 15, Sex.FEMALE, "40.00", "500");
        return r;
    }

    /**
     * The section in a publication of its own (with one other table of 100 people, as a report always has), protected
     * as the report protects it.
     */
    private static ReportPublication published(PayGapSection.Source source, PayGapSection[] section) {
        ReportPublication pub = new ReportPublication();
        pub.builder().table("other", "Another table").rows("Everyone").columns("People").counts(new long[][] {{100}})
                .add();
        section[0] = new PayGapSection(source);
        section[0].declare(pub);
        pub.protect();
        return pub;
    }

    private static Section section(PayGapSection.Source source) {
        PayGapSection[] part = new PayGapSection[1];
        ReportPublication pub = published(source, part);
        return part[0].render(pub);
    }

    private static PayGapSection.Source payroll(List<PayRecord> records) {
        return new PayGapSection.Source(Optional.of(SNAPSHOT), Optional.of(records), "the payroll file payroll.csv",
                PayGapOptions.defaults(), "unused");
    }

    private static Section section(List<PayRecord> records) {
        return section(payroll(records));
    }

    private static List<String> cells(Figure f) {
        List<String> out = new ArrayList<>();
        for (Row r : f.table().rows()) {
            out.add(String.join(" | ", r.cells()));
        }
        return out;
    }

    @Test
    void theSixFiguresByHandInTheServiceFieldNames() {
        Section s = section(payroll());
        assertEquals(PayGapSection.ID, s.id());
        assertTrue(s.paragraphs().get(0).startsWith("On the snapshot date, 31 March 2026, 240 full-pay relevant"
                + " employees (the payroll file payroll.csv)."), s.paragraphs().get(0));
        assertTrue(s.paragraphs().contains("There are fewer than 250 relevant employees, so publishing these figures"
                + " is not required; they are for information."), s.paragraphs().toString());
        // By hand. Mean hourly: men (15 x 10 + 15 x 20 + 30 x 30 + 45 x 40) / 105 = 3,150 / 105 = 30.00; women
        // (60 x 10 + 30 x 20 + 30 x 30 + 15 x 40) / 135 = 2,700 / 135 = 20.00; (30 - 20) / 30 = 33.3%. Median: the
        // 53rd of 105 men is on 30.00, the 68th of 135 women on 20.00: 33.3%. Bonus: men's mean and median 1,000,
        // women's 500: 50.0% both.
        assertEquals(List.of("Mean gender pay gap in hourly pay | DiffMeanHourlyPercent | 33.3%",
                "Median gender pay gap in hourly pay | DiffMedianHourlyPercent | 33.3%",
                "Mean bonus gap | DiffMeanBonusPercent | 50.0%",
                "Median bonus gap | DiffMedianBonusPercent | 50.0%"), cells(s.figures().get(0)));
        // Quarters: 12 men and 48 women (20.0% / 80.0%); 18 and 42 (30.0 / 70.0); 30 and 30; 45 and 15 (75 / 25).
        assertEquals(List.of("Lower quarter | 12 | 48 | 20.0% | 80.0%", "Lower middle quarter | 18 | 42 | 30.0% | 70.0%",
                "Upper middle quarter | 30 | 30 | 50.0% | 50.0%", "Upper quarter | 45 | 15 | 75.0% | 25.0%",
                "All full-pay relevant employees | 105 | 135 |  | "), cells(s.figures().get(1)));
        // Bonus: 20 of 105 men = 19.047...% -> 19.0; 30 of 135 women = 22.22...% -> 22.2.
        assertEquals(List.of("Men | 105 | 20 | 19.0%", "Women | 135 | 30 | 22.2%"), cells(s.figures().get(2)));
    }

    @Test
    void countsOfOneToNinePeopleAreWithheldAndSoAreGapsOnFewerThanTenOfEitherSex() {
        // 30 men and 5 women: every quarter has at most 5 women, and the gaps rest on 5 women
        List<PayRecord> r = new ArrayList<>();
        add(r, 30, Sex.MALE, "20.00", "100");
        add(r, 5, Sex.FEMALE, "18.00", "100");
        Section s = section(r);
        for (Figure f : s.figures()) {
            for (Row row : f.table().rows()) {
                for (int c = 1; c < row.cells().size(); c++) {
                    String cell = row.cells().get(c);
                    assertFalse(cell.matches("[1-9]"), f.title() + ": " + row.cells());
                }
            }
        }
        List<String> gaps = cells(s.figures().get(0));
        assertEquals("Mean gender pay gap in hourly pay | DiffMeanHourlyPercent | c", gaps.get(0));
        assertEquals("Median bonus gap | DiffMedianBonusPercent | c", gaps.get(3));
        assertTrue(cells(s.figures().get(1)).get(0).contains("| c |"), cells(s.figures().get(1)).toString());
        assertTrue(cells(s.figures().get(2)).get(1).startsWith("Women | c | c | c"), cells(s.figures().get(2))
                .toString());
    }

    @Test
    void withoutASnapshotOrEmployeesTheSectionSaysWhatToGive() {
        Section none = section(new PayGapSection.Source(Optional.empty(), Optional.of(payroll()), "x",
                PayGapOptions.defaults(), "There are no pay gap figures in this report: give --snapshot."));
        assertEquals(List.of("There are no pay gap figures in this report: give --snapshot."), none.paragraphs());
        assertEquals(List.of(), none.figures());
        Section noPay = section(new PayGapSection.Source(Optional.of(SNAPSHOT), Optional.empty(), "x",
                PayGapOptions.defaults(), "No payroll."));
        assertEquals(List.of("No payroll."), noPay.paragraphs());
    }

    @Test
    void anEmployeeListedTwiceGivesNoFigureAndSaysWhy() {
        List<PayRecord> twice = List.of(PayRecord.of("A1", Sex.MALE, "10", "0"), PayRecord.of("A1", Sex.FEMALE,
                "9", "0"));
        Section s = section(twice);
        assertEquals(List.of("There are no pay gap figures in this report: the employees cannot be used (id: 1"
                + " record(s) repeat an earlier employee id: 'A1' (records 1 and 2); each relevant employee must"
                + " appear once)."), s.paragraphs());
    }

    @Test
    void theSyntheticTrustGivesHourlyFiguresAndSaysItHasNoBonusPay() {
        SyntheticTrust trust = SyntheticTrust.generate(2026);
        ReportModel.Report report = ReportBuilder.build(trust, SeedPlans.soke(),
                PayGapSection.synthetic(trust.staff(), Optional.of(SNAPSHOT)));
        Section s = report.sections().stream().filter(x -> x.id().equals(PayGapSection.ID)).findFirst().orElseThrow();
        assertTrue(s.paragraphs().get(0).startsWith("On the snapshot date, 31 March 2026, " + trust.staff().size()
                + " full-pay relevant employees (the synthetic trust's staff"), s.paragraphs().get(0));
        assertTrue(cells(s.figures().get(0)).get(0).matches("Mean gender pay gap in hourly pay \\|"
                + " DiffMeanHourlyPercent \\| -?\\d+\\.\\d%"), cells(s.figures().get(0)).get(0));
        assertEquals("Mean bonus gap | DiffMeanBonusPercent | x", cells(s.figures().get(0)).get(2));
        assertEquals(List.of("The bonus figures are not computed: the synthetic trust records no bonus pay."),
                s.figures().get(2).notes());
        // the quarters hold every member of staff
        long men = trust.staff().stream().filter(m -> m.sex().getCode().equals("male")).count();
        String total = cells(s.figures().get(1)).get(4);
        assertTrue(total.startsWith("All full-pay relevant employees | " + men + " | "), total);
    }

    @Test
    void theIntruderCannotNarrowAnySmallCountOfTheSection() {
        // the independent intruder (equality-disclosure's test jar) attacks the small payroll's tables as published
        List<PayRecord> r = new ArrayList<>();
        add(r, 30, Sex.MALE, "20.00", "100");
        add(r, 5, Sex.FEMALE, "18.00", "100");
        add(r, 12, Sex.FEMALE, "25.00", "0");
        PayGapSection[] part = new PayGapSection[1];
        ReportPublication pub = published(payroll(r), part);
        PublicationIntruder.Result result = PublicationIntruder.attack(pub.publication(), pub.protectedPublication());
        assertEquals(List.of(), result.failures());
        assertTrue(result.attacked() > 0, "the payroll has small counts to attack");
    }

    @Test
    void theDemoReportWithItsPayGapSectionKeepsEverySmallCountSafe() {
        // the whole demo report, pay gap section included and linked to the staff table, for three seeds
        for (long seed : new long[] {2026, 3, 7}) {
            SyntheticTrust trust = SyntheticTrust.generate(seed);
            ReportBuilder.Published p = ReportBuilder.publish(trust, SeedPlans.soke(),
                    PayGapSection.synthetic(trust.staff(), Optional.of(SNAPSHOT)));
            assertTrue(p.publication().getTableIds().contains(PayGapSection.QUARTERS), "seed " + seed);
            assertEquals(List.of(), PublicationIntruder.attack(p.publication(), p.protectedPublication()).failures(),
                    "seed " + seed);
        }
    }
}

package org.equalityduty.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.equalityduty.disclosure.ProtectionStatus;
import org.equalityduty.disclosure.PublicationIntruder;
import org.equalityduty.examples.SeedPlans;
import org.equalityduty.imports.EqualityImport;
import org.equalityduty.imports.ImportOptions;
import org.equalityduty.imports.ImportResult;
import org.equalityduty.imports.ImportSummary;
import org.equalityduty.imports.SchoolGaps;
import org.equalityduty.imports.ApplicantRow;
import org.equalityduty.imports.StaffRow;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of issue 16: the independent intruder (mixed-integer programming on ojAlgo, from
 * equality-disclosure's test jar) attacks the equality report as published, for many seeds of the synthetic trust
 * and for the sample own-data files. It is briefed with what the report publishes (every table as shown, with its
 * totals, the links between tables and the totals the text quotes) and asked, for every count from 1 to 9 behind
 * the report, for the tightest whole-number interval it can derive. None may be narrower than the protection
 * width (10), in any seed.
 */
class ReportIntruderTest {
    /** Seeds of the synthetic trust: 2026 (the published demo) and 19 more. */
    private static final int SEEDS = 20;

    @Test
    void noSmallCountOfTheDemoReportCanBeWorkedOutInAnySeed() {
        List<String> failures = new ArrayList<>();
        int attacked = 0;
        int secondary = 0;
        int primary = 0;
        long narrowest = Long.MAX_VALUE;
        for (int i = 0; i < SEEDS; i++) {
            long seed = i == 0 ? 2026 : i;
            ReportBuilder.Published p = ReportBuilder.publish(SyntheticTrust.generate(seed), SeedPlans.soke());
            assertEquals(ProtectionStatus.PROTECTED, p.protectedPublication().getStatus(), "seed " + seed + ": "
                    + p.protectedPublication().getReason());
            PublicationIntruder.Result r = PublicationIntruder.attack(p.publication(), p.protectedPublication());
            r.failures().forEach(f -> failures.add("seed " + seed + ": " + f));
            attacked += r.attacked();
            secondary += r.secondary();
            primary += r.primary();
            narrowest = Math.min(narrowest, r.narrowest());
        }
        System.out.println("report intruder: " + SEEDS + " seeds, " + attacked + " small counts attacked, "
                + primary + " primary and " + secondary + " secondary cells withheld, narrowest interval "
                + narrowest);
        assertEquals(List.of(), failures);
        assertTrue(attacked > 100 * SEEDS / 10, "the seeds have small counts to attack: " + attacked);
        assertTrue(narrowest >= ReportPublication.RULES.getProtectionWidth(), "narrowest " + narrowest);
    }

    @Test
    void theIntruderFindsWhatAWeakerProtectionLeaves() {
        // The same report protected only to a width of 1 (each small count withheld with just enough to hide its
        // exact value): attacked for a width of 10, the intruder must narrow some small count below 10.
        ReportBuilder.Published p = ReportBuilder.publish(SyntheticTrust.generate(2026), SeedPlans.soke());
        org.equalityduty.disclosure.ProtectedPublication weak = org.equalityduty.disclosure.DisclosureControl.protect(
                p.publication(), ReportPublication.RULES.withProtectionWidth(1));
        PublicationIntruder.Result r = PublicationIntruder.attack(p.publication(), weak, 10);
        assertTrue(r.failures().size() > 0, "the intruder narrows some small count below 10");
        assertTrue(r.failures().stream().allMatch(f -> f.contains("narrowed to")), r.failures().toString());
    }

    @Test
    void noSmallCountOfTheOwnDataReportCanBeWorkedOut() throws Exception {
        Path dir = Paths.get("data");
        ImportOptions options = ImportOptions.defaults();
        SchoolGaps gaps = new SchoolGaps();
        long[] known = new long[1];
        ImportSummary pupils = EqualityImport.forEachPupil(dir.resolve("pupils.csv"), options, p -> {
            gaps.accept(p);
            if (p.getCategory("ethnicity").map(c -> c.isKnown()).orElse(false)) {
                known[0]++;
            }
        });
        ImportResult<List<StaffRow>> staff = EqualityImport.readStaff(dir.resolve("staff.csv"), options);
        ImportResult<List<ApplicantRow>> applicants = EqualityImport.readApplicants(dir.resolve("applicants.csv"),
                options);
        OwnDataReport.Data data = new OwnDataReport.Data(gaps, pupils, known[0], staff.getValue(),
                staff.getSummary(), applicants.getValue(), applicants.getSummary());
        ReportBuilder.Published p = OwnDataReport.publish("Example Learning Trust", LocalDate.of(2026, 9, 30), data);
        assertEquals(ProtectionStatus.PROTECTED, p.protectedPublication().getStatus());
        PublicationIntruder.Result r = PublicationIntruder.attack(p.publication(), p.protectedPublication());
        System.out.println("own-data report intruder: " + r.attacked() + " small counts attacked, " + r.primary()
                + " primary and " + r.secondary() + " secondary cells withheld, narrowest interval " + r.narrowest());
        assertEquals(List.of(), r.failures());
        assertTrue(r.attacked() > 0, "the sample files have small counts");
    }
}

package org.equalityduty.core.assessment;

import static org.equalityduty.core.assessment.Fixtures.assertNone;
import static org.equalityduty.core.assessment.Fixtures.assertOnly;
import static org.equalityduty.core.assessment.Fixtures.objective;
import static org.equalityduty.core.assessment.Fixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.TimeFrame;
import org.junit.jupiter.api.Test;

/** One test per duty rule: a minimal passing plan and a minimal failing plan. */
class DutyRulesTest {

    private static List<Finding> at(EqualityPlan plan, LocalDate asOf, String code) {
        return PlanAssessor.assess(plan, asOf).getFindings().stream().filter(f -> f.getCode().equals(code))
                .collect(Collectors.toList());
    }

    private static Objective.Builder base() {
        return Fixtures.objectiveBuilder("o1").addActions(Fixtures.action(TimeFrame.dueBy(LocalDate.of(2025, 7, 31)),
                Fixtures.goodCriterion()));
    }

    @Test
    void noObjectives() {
        assertNone(plan(objective()), "duty.no-objectives");
        assertOnly(plan(), "duty.no-objectives", Severity.ERROR, "",
                "This plan has no equality objectives; the specific duties require at least one.");
    }

    @Test
    void objectivesOverdue() {
        EqualityPlan plan = plan(objective());
        assertEquals(List.of(), at(plan, LocalDate.of(2028, 1, 15), "duty.objectives-overdue"));
        assertEquals("[error duty.objectives-overdue (plan): The objectives were published on 2024-01-15; the specific "
                + "duties for England (SI 2017/353) require objectives at least every 4 years, so new ones were due by "
                + "2028-01-15.]", at(plan, LocalDate.of(2028, 1, 16), "duty.objectives-overdue").toString());
        EqualityPlan unpublished = EqualityPlan.builder().organisation(org.equalityduty.core.duty.Organisation.trust("T"))
                .jurisdiction(Jurisdiction.ENGLAND).period(Fixtures.PERIOD).addObjectives(objective()).build();
        assertEquals("[error duty.objectives-overdue (plan): The plan does not say when it was published; counting "
                + "from the start of its period, 2024-01-01, the specific duties for England (SI 2017/353) required new "
                + "objectives by 2028-01-01 (at least every 4 years).]",
                at(unpublished, LocalDate.of(2028, 1, 2), "duty.objectives-overdue").toString());
    }

    @Test
    void informationOverdue() {
        EqualityPlan plan = plan(objective());
        assertEquals(List.of(), at(plan, LocalDate.of(2025, 9, 1), "duty.information-overdue"));
        assertEquals("[error duty.information-overdue (plan): Equality information was last published on 2024-09-01; "
                + "the specific duties for England (SI 2017/353) require it at least every 12 months, so it was due "
                + "again by 2025-09-01.]", at(plan, LocalDate.of(2025, 9, 2), "duty.information-overdue").toString());
        // A publication planned after the assessment date does not count.
        EqualityPlan none = Fixtures.planBuilder().addObjectives(objective())
                .addInformationPublishedOn(LocalDate.of(2026, 1, 1)).build();
        assertEquals(List.of(), at(none, Fixtures.AS_OF, "duty.information-overdue"));
        assertEquals("[warning duty.information-unrecorded (plan): No publication of equality information is recorded "
                + "on or before 2025-03-01; the specific duties for England (SI 2017/353) require it at least every 12 "
                + "months, so whether it is up to date cannot be checked.]",
                at(none, Fixtures.AS_OF, "duty.information-unrecorded").toString());
        // Recorded and up to date: neither.
        assertEquals(List.of(), at(plan, LocalDate.of(2025, 9, 1), "duty.information-unrecorded"));
        // Recorded and overdue: the error only.
        assertEquals(List.of(), at(plan, LocalDate.of(2025, 9, 2), "duty.information-unrecorded"));
    }

    @Test
    void informationUnrecordedNamesTheField() {
        Finding f = at(Fixtures.planBuilder().addObjectives(objective()).build(), Fixtures.AS_OF,
                "duty.information-unrecorded").get(0);
        assertEquals(Severity.WARNING, f.getSeverity());
        assertEquals("", f.getPointer());
        assertEquals(java.util.Optional.of("informationPublishedOn"), f.getFixField());
        assertEquals("Record in informationPublishedOn the date the equality information was last published.",
                f.getFix());
    }

    @Test
    void informationCycleOfScotlandIsTwoYears() {
        EqualityPlan scottish = Fixtures.planBuilder(Jurisdiction.SCOTLAND).addObjectives(objective())
                .addInformationPublishedOn(LocalDate.of(2024, 9, 1))
                .addProgressReportDates(LocalDate.of(2025, 9, 1)).build();
        assertEquals(List.of(), at(scottish, LocalDate.of(2026, 9, 1), "duty.information-overdue"));
        assertEquals(1, at(scottish, LocalDate.of(2026, 9, 2), "duty.information-overdue").size());
    }

    @Test
    void progressOverdue() {
        EqualityPlan welsh = Fixtures.planBuilder(Jurisdiction.WALES).addObjectives(objective())
                .addInformationPublishedOn(LocalDate.of(2024, 9, 1)).build();
        assertEquals("[error duty.progress-overdue (plan): No progress report is recorded since 2024-01-15; the "
                + "specific duties for Wales (SI 2011/1064) require a report at least every 12 months, so one was due "
                + "by 2025-01-15.]", at(welsh, Fixtures.AS_OF, "duty.progress-overdue").toString());
        EqualityPlan reported = Fixtures.planBuilder(Jurisdiction.WALES).addObjectives(objective())
                .addInformationPublishedOn(LocalDate.of(2024, 9, 1))
                .addProgressReportDates(LocalDate.of(2025, 1, 10)).build();
        assertEquals(List.of(), at(reported, Fixtures.AS_OF, "duty.progress-overdue"));
        // England sets no separate progress cycle.
        assertEquals(List.of(), at(plan(objective()), LocalDate.of(2027, 1, 1), "duty.progress-overdue"));
    }

    @Test
    void characteristicNotProtectedForPupils() {
        assertNone(plan(base().addAims(DutyAim.ELIMINATE_DISCRIMINATION).addCharacteristics(ProtectedCharacteristic.AGE)
                .addPopulations(Population.STAFF).build()), "duty.characteristic-not-protected-for-pupils");
        assertOnly(plan(base().addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.AGE).addPopulations(Population.PUPILS)
                .childFriendlyVersion("We want to help you.").build()),
                "duty.characteristic-not-protected-for-pupils", Severity.ERROR, "objectives[0]",
                "Age is not a protected characteristic for pupils in schools (Equality Act 2010 s.84 and Schedule 18 "
                        + "para. 1); it applies to the school as an employer.");
    }

    @Test
    void characteristicProtectedForAnotherPopulationOfTheObjective() {
        // Good relations across all protected characteristics, for pupils and staff: age counts for staff.
        assertNone(plan(base().addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addAllCharacteristics(java.util.EnumSet.allOf(ProtectedCharacteristic.class))
                .addPopulations(Population.PUPILS, Population.STAFF).childFriendlyVersion("We want to help you.")
                .build()), "duty.characteristic-not-protected-for-pupils");
    }

    @Test
    void marriageAim() {
        assertNone(plan(base().addAims(DutyAim.ELIMINATE_DISCRIMINATION)
                .addCharacteristics(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP)
                .addPopulations(Population.STAFF).build()), "duty.marriage-aim");
        // Aim (b) may serve the other characteristics of a wider objective, when aim (a) serves marriage.
        assertNone(plan(base().addAims(DutyAim.ELIMINATE_DISCRIMINATION, DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP, ProtectedCharacteristic.SEX)
                .addPopulations(Population.STAFF).build()), "duty.marriage-aim");
        // Beside another characteristic under aim (b) alone, no aim of the objective serves it (issue 13).
        assertOnly(plan(base().addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP, ProtectedCharacteristic.SEX)
                .addPopulations(Population.STAFF).build()), "duty.marriage-aim", Severity.ERROR, "objectives[0]",
                "Marriage and civil partnership counts for aim (a), eliminating discrimination, only (Equality Act "
                        + "2010 s.149(7)); this objective names it beside other characteristics but is tied to aim (b) "
                        + "alone, so none of its aims serves it.");
        // An objective for every protected characteristic under aim (c): marriage is one of "all", not a claim.
        assertNone(plan(base().addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                .addAllCharacteristics(java.util.EnumSet.allOf(ProtectedCharacteristic.class))
                .addPopulations(Population.STAFF).build()), "duty.marriage-aim");
        assertOnly(plan(base().addAims(DutyAim.ELIMINATE_DISCRIMINATION, DutyAim.FOSTER_GOOD_RELATIONS)
                .addCharacteristics(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP)
                .addPopulations(Population.STAFF).build()), "duty.marriage-aim", Severity.ERROR, "objectives[0]",
                "Marriage and civil partnership counts for aim (a), eliminating discrimination, only (Equality Act "
                        + "2010 s.149(7)), but this objective is tied to aim (c).");
    }

    @Test
    void nonProtectedOnlyIsAdvice() {
        assertNone(plan(objective()), "duty.non-protected-only");
        assertOnly(plan(base().addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY).addGroups(Fixtures.DISADVANTAGED)
                .addPopulations(Population.STAFF).build()), "duty.non-protected-only", Severity.ADVICE, "",
                "Every objective is about groups that are not protected characteristics, such as disadvantaged "
                        + "pupils. That is allowed and often wise, but the equality duty is about protected "
                        + "characteristics.");
        // A group of a dimension tied to a characteristic counts as protected.
        assertNone(plan(base().addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY).addGroups(Fixtures.MALE)
                .addPopulations(Population.STAFF).build()), "duty.non-protected-only");
    }

    @Test
    void childFriendlyMissing() {
        assertOnly(plan(base().addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.PUPILS).build()),
                "child.missing", Severity.ADVICE, "objectives[0]",
                "This objective is about pupils but has no child-friendly version.");
        assertNone(plan(objective()), "child.missing");
    }

    @Test
    void childFriendlyHardToRead() {
        Objective.Builder easy = base().addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.PUPILS)
                .childFriendlyVersion("The cat sat on the mat.");
        assertNone(plan(easy.build()), "child.hard-to-read");
        Objective.Builder hard = base().addAims(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY)
                .addCharacteristics(ProtectedCharacteristic.SEX).addPopulations(Population.PUPILS)
                .childFriendlyVersion("Our school data shows that there is a significant attainment gap.");
        assertOnly(plan(hard.build()), "child.hard-to-read", Severity.ADVICE, "objectives[0]",
                "The child-friendly version scores 64.9 for reading ease (Flesch), below 70: it may be hard for a "
                        + "primary pupil to read.");
    }
}

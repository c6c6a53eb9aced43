package org.equalityduty.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.junit.jupiter.api.Test;

/** Construction-time invariants of the smaller value types, each asserting the exact message. */
class ValueInvariantsTest {
    private static final LocalDate D = LocalDate.of(2025, 7, 1);

    @Test
    void organisationUrnIsSixDigits() {
        assertEquals("123456", Organisation.school("Example Primary", "123456").getUrn().orElseThrow());
        assertEquals("urn '12345' must be six digits", assertThrows(InvalidValueException.class,
                () -> Organisation.school("Example Primary", "12345")).getMessage());
        assertEquals("urn '12345a' must be six digits", assertThrows(InvalidValueException.class,
                () -> Organisation.school("Example Primary", "12345a")).getMessage());
        assertEquals("schools must be empty for a school; only a trust lists schools",
                assertThrows(InvalidValueException.class, () -> Organisation.builder().type(OrganisationType.SCHOOL)
                        .name("A").addSchools(Organisation.school("B", "100000")).build()).getMessage());
        assertEquals("employeeCount must not be negative, not -1", assertThrows(InvalidValueException.class,
                () -> Organisation.builder().type(OrganisationType.TRUST).name("T").employeeCount(-1).build())
                .getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Organisation.trust(null)).getMessage());
    }

    @Test
    void targetChangesAreMagnitudes() {
        assertEquals("value of a relative_percent target is the size of the change and must not be negative, not -10",
                assertThrows(InvalidValueException.class, () -> Target.of(TargetKind.RELATIVE_PERCENT, "-10"))
                        .getMessage());
        assertEquals(new BigDecimal("-0.5"), Target.of(TargetKind.LEVEL, "-0.5").getValue());
        assertEquals("10% (as stated)", Target.of(TargetKind.PERCENT_AS_STATED, "10").toString());
        assertEquals("2.50 percentage points", Target.of(TargetKind.PERCENTAGE_POINTS, "2.50").toString());
    }

    @Test
    void observationsHaveAValueExactlyWhenAvailable() {
        assertEquals("value is required when status is available",
                assertThrows(InvalidValueException.class, () -> Observation.builder().date(D).build()).getMessage());
        assertEquals("value must be absent when status is not_published", assertThrows(InvalidValueException.class,
                () -> Observation.builder().date(D).status(ObservationStatus.NOT_PUBLISHED).value(BigDecimal.ONE)
                        .build()).getMessage());
        assertEquals("lower and upper must be given together", assertThrows(InvalidValueException.class,
                () -> Observation.builder().date(D).value(BigDecimal.ONE).lower(BigDecimal.ZERO).build()).getMessage());
        assertEquals("lower 2 must not exceed upper 1", assertThrows(InvalidValueException.class,
                () -> Observation.builder().date(D).value(BigDecimal.ONE).lower(new BigDecimal("2"))
                        .upper(BigDecimal.ONE).build()).getMessage());
        assertEquals(Optional.empty(), Observation.missing(D, ObservationStatus.SUPPRESSED).getValue());
    }

    @Test
    void seriesAreInStrictDateOrder() {
        Observation a = Observation.of(D, BigDecimal.ONE);
        Observation b = Observation.of(D.plusYears(1), BigDecimal.TEN);
        assertEquals(2, ObservationSeries.of("o1.c1", List.of(a, b)).getObservations().size());
        assertEquals("observations of 'o1.c1' must be in strictly increasing date order; 2025-07-01 follows 2026-07-01",
                assertThrows(InvalidValueException.class, () -> ObservationSeries.of("o1.c1", List.of(b, a)))
                        .getMessage());
        assertEquals("criterionId 'o 1' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
                + " digit", assertThrows(InvalidValueException.class, () -> ObservationSeries.of("o 1", List.of()))
                .getMessage());
    }

    @Test
    void timeFramesResolveTheirDueDates() {
        LocalDate start = LocalDate.of(2023, 1, 1);
        assertEquals(Optional.of(LocalDate.of(2023, 4, 1)), TimeFrame.within(Period.ofMonths(3)).dueDate(start));
        assertEquals(Optional.of(D), TimeFrame.dueBy(D).dueDate(start));
        assertEquals(Optional.empty(), TimeFrame.ongoing().dueDate(start));
        assertEquals(Optional.empty(), TimeFrame.ongoing().reviewInterval());
        assertEquals(Optional.of(Period.ofMonths(4)), TimeFrame.ongoing(Recurrence.TERMLY).reviewInterval());
        assertEquals(Optional.of(Period.ofYears(1)), TimeFrame.recurring(Recurrence.ANNUALLY).reviewInterval());
        assertEquals("duration must be a positive period, not P0D",
                assertThrows(InvalidValueException.class, () -> TimeFrame.within(Period.ZERO)).getMessage());
        assertEquals("duration must be a positive period, not P-1M",
                assertThrows(InvalidValueException.class, () -> TimeFrame.within(Period.ofMonths(-1))).getMessage());
    }

    @Test
    void measuresNeedAFocusGroupForAReference() {
        assertEquals("reference REST_OF_POPULATION needs a focusGroup to compare with",
                assertThrows(InvalidValueException.class, () -> Measure.builder().kind(MeasureKind.ATTAINMENT_GAP)
                        .population(Population.PUPILS).reference(PopulationReference.REST_OF_POPULATION).build())
                        .getMessage());
        Measure m = Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).build();
        assertEquals(Optional.of(MeasureUnit.PERCENT), m.effectiveUnit());
        assertEquals(Optional.empty(), Measure.builder().kind(MeasureKind.ATTAINMENT_GAP).population(Population.PUPILS)
                .build().effectiveUnit());
    }

    @Test
    void progress8WasNotPublishedFor2024To2026() {
        // docs/domain.md, section 3: Progress 8 not published for 2024/25 and 2025/26 (academic years from 1 September).
        assertEquals(true, Subject.PROGRESS_8.isPublishedFor(LocalDate.of(2024, 8, 31)));
        assertEquals(false, Subject.PROGRESS_8.isPublishedFor(LocalDate.of(2024, 9, 1)));
        assertEquals(false, Subject.PROGRESS_8.isPublishedFor(LocalDate.of(2026, 8, 31)));
        assertEquals(true, Subject.PROGRESS_8.isPublishedFor(LocalDate.of(2026, 9, 1)));
        assertEquals(true, Subject.ATTAINMENT_8.isPublishedFor(LocalDate.of(2025, 7, 31)));
    }

    @Test
    void criterionIdentifiersAreChecked() {
        assertEquals("id '' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
                assertThrows(InvalidValueException.class, () -> Milestone.of("", "Done")).getMessage());
        assertEquals("target of qualitative criterion 'q1' needs a measure", assertThrows(InvalidValueException.class,
                () -> QualitativeCriterion.builder().id("q1").text("Feedback")
                        .target(Target.of(TargetKind.LEVEL, "80")).build()).getMessage());
    }

    @Test
    void strictBuildersRejectMissingAndRepeatedAttributes() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Objective.builder().id("o1").build());
        assertEquals("Cannot build Objective, some of required attributes are not set [title]", missing.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> Objective.builder().id("o1").id("o2"));
        assertEquals("Builder of Objective is strict, attribute is already set: id", twice.getMessage());
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        // Each limit is inclusive: the value at the limit is made, the next one is refused.
        Observation point = Observation.builder().date(D).value(BigDecimal.ONE).lower(BigDecimal.ONE)
                .upper(BigDecimal.ONE).build();
        assertEquals(Optional.of(BigDecimal.ONE), point.getLower(), "an interval of one point");
        assertEquals(0, Observation.builder().date(D).value(BigDecimal.ONE).sampleSize(0).build().getSampleSize()
                .getAsInt());
        assertEquals("sampleSize must not be negative, not -1", assertThrows(InvalidValueException.class,
                () -> Observation.builder().date(D).value(BigDecimal.ONE).sampleSize(-1).build()).getMessage());
        // 1E+50 has 51 digits before the point, one more than an observed figure may have.
        assertEquals("lower is too large: at most 50 digits before the decimal point, not -1E+50",
                assertThrows(InvalidValueException.class, () -> Observation.builder().date(D).value(BigDecimal.ONE)
                        .lower(new BigDecimal("-1e50")).upper(BigDecimal.ONE).build()).getMessage());
        assertEquals("upper is too large: at most 50 digits before the decimal point, not 1E+50",
                assertThrows(InvalidValueException.class, () -> Observation.builder().date(D).value(BigDecimal.ONE)
                        .lower(BigDecimal.ZERO).upper(new BigDecimal("1e50")).build()).getMessage());
        assertEquals(0, Organisation.builder().type(OrganisationType.TRUST).name("Trust").employeeCount(0).build()
                .getEmployeeCount().getAsInt());
        assertEquals(Period.ofDays(9999), TimeFrame.within(Period.ofDays(9999)).getDuration());
        assertEquals(Period.ofMonths(9999), TimeFrame.within(Period.ofMonths(9999)).getDuration());
        assertEquals(Period.ofYears(9999), TimeFrame.within(Period.ofYears(9999)).getDuration());
        assertEquals("duration must have at most 9999 years, months and days, not P10000D",
                assertThrows(InvalidValueException.class, () -> TimeFrame.within(Period.ofDays(10_000)))
                        .getMessage());
        assertEquals("duration must have at most 9999 years, months and days, not P10000M",
                assertThrows(InvalidValueException.class, () -> TimeFrame.within(Period.ofMonths(10_000)))
                        .getMessage());
        assertEquals("duration must have at most 9999 years, months and days, not P10000Y",
                assertThrows(InvalidValueException.class, () -> TimeFrame.within(Period.ofYears(10_000)))
                        .getMessage());
        assertEquals("duration must be a positive period, not P0D",
                assertThrows(InvalidValueException.class, () -> TimeFrame.within(Period.ZERO)).getMessage());
        // A slash first: the start is empty, so the dates are at fault, not the form.
        assertEquals("period '/2026-08-31' must use ISO-8601 dates (yyyy-mm-dd)", assertThrows(
                InvalidValueException.class, () -> org.equalityduty.core.plan.PlanPeriod.parse("/2026-08-31"))
                .getMessage());
    }

    @Test
    void echoedValuesAreCutAfterFortyCharacters() {
        String forty = "x".repeat(40);
        assertEquals("category reference '" + forty + "' must have the form dimension:code", assertThrows(
                InvalidValueException.class, () -> org.equalityduty.core.population.Dimensions.category(forty))
                .getMessage());
        assertEquals("category reference '" + forty + "...' must have the form dimension:code", assertThrows(
                InvalidValueException.class, () -> org.equalityduty.core.population.Dimensions.category(forty + "y"))
                .getMessage());
        // A decimal of 40 characters is shown whole, one of 41 cut to 40 and an ellipsis.
        BigDecimal fortyDigits = new BigDecimal("1" + "0".repeat(39));
        assertEquals("value is too large: at most 30 digits before the decimal point, not 1" + "0".repeat(39),
                assertThrows(InvalidValueException.class, () -> Target.of(TargetKind.LEVEL, fortyDigits))
                        .getMessage());
        assertEquals("value is too large: at most 30 digits before the decimal point, not 1" + "0".repeat(39) + "...",
                assertThrows(InvalidValueException.class, () -> Target.of(TargetKind.LEVEL,
                        fortyDigits.multiply(BigDecimal.TEN))).getMessage());
    }

    @Test
    void figuresOfAnObservationAreBoundedLikeEveryFigure() {
        // Figures have at most 50 digits before the point (Decimals.FIGURE_INTEGER_DIGITS): 1E+50 has 51.
        assertEquals("value is too large: at most 50 digits before the decimal point, not 1E+50",
                assertThrows(InvalidValueException.class, () -> Observation.of(D, new BigDecimal("1E+50")))
                        .getMessage());
        assertEquals(new BigDecimal("1E+49"), Observation.of(D, new BigDecimal("1E+49")).getValue().orElseThrow());
    }

    @Test
    void aPublicationCyclesProgressIntervalMustBePositive() {
        assertEquals("progressEvery must be a positive period, not P0D", assertThrows(InvalidValueException.class,
                () -> org.equalityduty.core.duty.PublicationCycle.builder().instrument("SI 2017/353")
                        .informationEvery(Period.ofYears(1))
                        .objectivesEvery(Period.ofYears(4)).progressEvery(Period.ZERO).build()).getMessage());
    }

    @Test
    void boundsThatAreAllowed() {
        // A tolerance of zero means exactly in line; a share of one person in one is a share.
        assertEquals(BigDecimal.ZERO, org.equalityduty.core.plan.InLineWith.builder()
                .benchmark(org.equalityduty.core.plan.Benchmark.of("national", BigDecimal.TEN))
                .tolerance(BigDecimal.ZERO).build().getTolerance().orElseThrow());
        assertEquals(1, org.equalityduty.core.plan.StatedShare.of(new BigDecimal("100"), 1, 1).getDenominator());
        assertEquals("denominator must be 1 or more, not 0", assertThrows(InvalidValueException.class,
                () -> org.equalityduty.core.plan.StatedShare.of(BigDecimal.ZERO, 0, 0)).getMessage());
    }

    @Test
    void targetsReadAsTheirKind() {
        assertEquals("level 30", Target.of(TargetKind.LEVEL, "30").toString());
        assertEquals("change of 5", Target.of(TargetKind.CHANGE, "5").toString());
        assertEquals("5% of the baseline", Target.of(TargetKind.RELATIVE_PERCENT, "5").toString());
    }
}

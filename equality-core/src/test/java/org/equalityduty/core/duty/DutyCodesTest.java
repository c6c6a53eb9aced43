package org.equalityduty.core.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The wire codes, sections and labels of the duty's enums. The codes are those of the format: the enums of
 * equality-json's {@code equality-plan.schema.json} ({@code aims}, {@code characteristics}, {@code populations},
 * {@code organisation.type}, {@code publicationRule.publisher}, {@code publicationRule.items},
 * {@code timeFrame.every}), copied here by hand; sections and labels are the Equality Act 2010's.
 */
class DutyCodesTest {

    private static <E extends Enum<E>> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toList());
    }

    @Test
    void aimsAreTheThreeLimbsOfSection149_1() {
        assertEquals(List.of("eliminate_discrimination", "advance_equality_of_opportunity", "foster_good_relations"),
                codes(DutyAim.values(), DutyAim::getCode));
        assertEquals(List.of("149(1)(a)", "149(1)(b)", "149(1)(c)"), codes(DutyAim.values(), DutyAim::getSection));
        assertEquals(List.of("eliminate discrimination, harassment and victimisation",
                "advance equality of opportunity", "foster good relations"), codes(DutyAim.values(), DutyAim::getLabel));
        for (DutyAim a : DutyAim.values()) {
            assertSame(a, DutyAim.fromCode(a.getCode()));
        }
    }

    @Test
    void limbsAreSection149_3And149_5() {
        assertEquals(List.of("remove_or_minimise_disadvantage", "meet_different_needs", "encourage_participation",
                "tackle_prejudice", "promote_understanding"), codes(DutyLimb.values(), DutyLimb::getCode));
        assertEquals(List.of("149(3)(a)", "149(3)(b)", "149(3)(c)", "149(5)(a)", "149(5)(b)"),
                codes(DutyLimb.values(), DutyLimb::getSection));
        for (DutyLimb l : DutyLimb.values()) {
            assertSame(l, DutyLimb.fromCode(l.getCode()));
        }
    }

    @Test
    void characteristicsAreSection4sList() {
        assertEquals(List.of("age", "disability", "gender_reassignment", "marriage_and_civil_partnership",
                "pregnancy_and_maternity", "race", "religion_or_belief", "sex", "sexual_orientation"),
                codes(ProtectedCharacteristic.values(), ProtectedCharacteristic::getCode));
        assertEquals(List.of("Age", "Disability", "Gender reassignment", "Marriage and civil partnership",
                "Pregnancy and maternity", "Race", "Religion or belief", "Sex", "Sexual orientation"),
                codes(ProtectedCharacteristic.values(), ProtectedCharacteristic::getLabel));
    }

    @Test
    void populationsOrganisationsPublishersAndItems() {
        assertEquals(List.of("pupils", "staff", "job_applicants", "parents_and_community", "governors", "volunteers"),
                codes(Population.values(), Population::getCode));
        // Staff and applicants are the employment populations (Equality Act 2010 Part 5; the specific duties'
        // employment information).
        assertEquals(List.of(false, true, true, false, false, false), // governors and volunteers are not employees
                Arrays.stream(Population.values()).map(Population::isEmployment).collect(Collectors.toList()));
        assertEquals(List.of("trust", "school"), codes(OrganisationType.values(), OrganisationType::getCode));
        assertEquals(List.of("trust", "each_school"), codes(Publisher.values(), Publisher::getCode));
        assertEquals(List.of("equality_information", "objectives", "reasons", "planned_actions", "progress"),
                codes(PublishedItem.values(), PublishedItem::getCode));
        assertSame(Publisher.EACH_SCHOOL, Publisher.fromCode("each_school"));
        assertSame(PublishedItem.PLANNED_ACTIONS, PublishedItem.fromCode("planned_actions"));
        assertSame(OrganisationType.SCHOOL, OrganisationType.fromCode("school"));
        assertSame(Population.JOB_APPLICANTS, Population.fromCode("job_applicants"));
    }

    @Test
    void recurrencesWithTheirLongestInterval() {
        assertEquals(List.of("half_termly", "termly", "annually"), codes(Recurrence.values(), Recurrence::getCode));
        // A half term is at most 7 weeks, a term at most 4 months (the English school year's three terms).
        assertEquals(List.of(Period.ofWeeks(7), Period.ofMonths(4), Period.ofYears(1)),
                Arrays.stream(Recurrence.values()).map(Recurrence::getMaximumInterval).collect(Collectors.toList()));
        assertSame(Recurrence.TERMLY, Recurrence.fromCode("termly"));
    }

    @Test
    void phasesAndSchoolTypes() {
        assertEquals(List.of("primary", "secondary", "all_through", "special"),
                codes(Phase.values(), Phase::getCode));
        assertSame(Phase.ALL_THROUGH, Phase.fromCode("all_through"));
        assertEquals(List.of("maintained", "academy"), codes(SchoolType.values(), SchoolType::getCode));
        assertSame(SchoolType.ACADEMY, SchoolType.fromCode("academy"));
    }
}

package org.equalityduty.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.junit.jupiter.api.Test;

/**
 * {@link Adoptions.Problem}: what each status is about, as indices and a field, and the path built from them. The
 * plans are made here so that each index is known by construction: a school with two adoptions, the second of the
 * trust's, whose objectives are listed at indices 0, 1 and 2.
 */
class AdoptionsTest {
    private static final EqualityPlan TRUST = EqualityPlan.builder().organisation(Organisation.trust("T"))
            .jurisdiction(Jurisdiction.ENGLAND).version("v1")
            .addObjectives(Objective.builder().id("t1").title("Curriculum").build())
            .addObjectives(Objective.builder().id("t2").title("Staff").build())
            .build();

    /** A school that adopts first from another trust U, then from T with the given version and objectives. */
    private static EqualityPlan school(Optional<String> version, AdoptedObjective... fromT) {
        return EqualityPlan.builder().organisation(Organisation.school("S", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addAdoptions(Adoption.builder().organisation("U").addObjectives(AdoptedObjective.of("u1")).build())
                .addAdoptions(Adoption.builder().organisation("T").version(version).addObjectives(fromT).build())
                .build();
    }

    @Test
    void eachStatusCarriesTheIndicesAndTheFieldItIsAbout() {
        // Adoption 1 (T's) cites v2, not v1; its objective 1 (t9) is not T's; its objective 2 (t2) is reworded.
        List<Adoptions.Problem> problems = Adoptions.check(school(Optional.of("v2"), AdoptedObjective.of("t1"),
                AdoptedObjective.of("t9"), AdoptedObjective.builder().id("t2").title("Our staff").build()), TRUST);
        assertEquals(3, problems.size(), problems::toString);

        Adoptions.Problem version = problems.get(0);
        assertEquals(Adoptions.Status.VERSION_MISMATCH, version.getStatus());
        assertEquals(Optional.of(1), version.getAdoptionIndex());
        assertEquals(Optional.empty(), version.getObjectiveIndex());
        assertEquals("version", version.getField());
        assertEquals("adoptions[1].version", version.getPath());

        Adoptions.Problem missing = problems.get(1);
        assertEquals(Adoptions.Status.OBJECTIVE_MISSING, missing.getStatus());
        assertEquals(Optional.of(1), missing.getAdoptionIndex());
        assertEquals(Optional.of(1), missing.getObjectiveIndex());
        assertEquals("id", missing.getField());
        assertEquals("adoptions[1].objectives[1].id", missing.getPath());
        assertEquals("objective 't9' is not in T's plan", missing.getReason());

        Adoptions.Problem title = problems.get(2);
        assertEquals(Adoptions.Status.TITLE_DIFFERS, title.getStatus());
        assertEquals(Optional.of(1), title.getAdoptionIndex());
        assertEquals(Optional.of(2), title.getObjectiveIndex());
        assertEquals("title", title.getField());
        assertEquals("adoptions[1].objectives[2].title", title.getPath());
        assertEquals("objective 't2' is reproduced in wording that differs from T's plan", title.getReason());
    }

    @Test
    void nothingAdoptedIsAboutThePlansAdoptionsAsAWhole() {
        EqualityPlan other = EqualityPlan.builder().organisation(Organisation.trust("V"))
                .jurisdiction(Jurisdiction.ENGLAND).build();
        Adoptions.Problem nothing = Adoptions.check(school(Optional.empty(), AdoptedObjective.of("t1")), other).get(0);
        assertEquals(Adoptions.Status.NOTHING_ADOPTED, nothing.getStatus());
        assertEquals(Optional.empty(), nothing.getAdoptionIndex());
        assertEquals(Optional.empty(), nothing.getObjectiveIndex());
        assertEquals("adoptions", nothing.getField());
        assertEquals("adoptions", nothing.getPath());
        assertEquals("NOTHING_ADOPTED at adoptions: the plan adopts no objectives from V", nothing.toString());
    }

    @Test
    void theFirstAdoptionAndItsFirstObjectiveAreIndexZero() {
        // Only T's adoption, at index 0: its objective 0 (t9) is missing.
        EqualityPlan school = EqualityPlan.builder().organisation(Organisation.school("S", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addAdoptions(Adoption.builder().organisation("T").version("v0").addObjectives(
                        AdoptedObjective.of("t9")).build())
                .build();
        List<Adoptions.Problem> problems = Adoptions.check(school, TRUST);
        assertEquals(List.of("VERSION_MISMATCH at adoptions[0].version: the plan cites version 'v0' of T's plan, "
                        + "which is version 'v1'",
                "OBJECTIVE_MISSING at adoptions[0].objectives[0].id: objective 't9' is not in T's plan"),
                problems.stream().map(Adoptions.Problem::toString).toList());
        assertEquals(Optional.of(0), problems.get(0).getAdoptionIndex());
        assertEquals(Optional.of(0), problems.get(1).getAdoptionIndex());
        assertEquals(Optional.of(0), problems.get(1).getObjectiveIndex());
    }

    @Test
    void problemsAreEqualWhenStatusIndicesFieldAndReasonAre() {
        EqualityPlan school = school(Optional.of("v2"), AdoptedObjective.of("t8"), AdoptedObjective.of("t9"));
        List<Adoptions.Problem> problems = Adoptions.check(school, TRUST);
        List<Adoptions.Problem> again = Adoptions.check(school, TRUST);
        assertEquals(problems, again);
        for (int i = 0; i < problems.size(); i++) {
            assertEquals(problems.get(i).hashCode(), again.get(i).hashCode());
        }
        // t8 and t9: the same status, adoption and field, at other objective indices and with other reasons.
        // Another objective index alone (the same missing id t8 at index 1 instead of 0) makes problems differ too.
        assertNotEquals(problems.get(1), problems.get(2));
        Adoptions.Problem moved = Adoptions.check(school(Optional.of("v1"), AdoptedObjective.of("t1"),
                AdoptedObjective.of("t8")), TRUST).get(0);
        assertEquals("OBJECTIVE_MISSING at adoptions[1].objectives[1].id: objective 't8' is not in T's plan",
                moved.toString());
        assertNotEquals(problems.get(1), moved);
        assertNotEquals(problems.get(1).hashCode(), moved.hashCode());
        // Another adoption index alone: the same adoption as the only one, at index 0.
        EqualityPlan first = EqualityPlan.builder().organisation(Organisation.school("S", "123456"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .addAdoptions(Adoption.builder().organisation("T").version("v2").addObjectives(
                        AdoptedObjective.of("t8")).build())
                .build();
        Adoptions.Problem atZero = Adoptions.check(first, TRUST).get(1);
        assertEquals("adoptions[0].objectives[0].id", atZero.getPath());
        assertEquals(problems.get(1).getReason(), atZero.getReason());
        assertNotEquals(problems.get(1), atZero);
        assertNotEquals(problems.get(1).hashCode(), atZero.hashCode());
        assertNotEquals(problems.get(0), (Object) problems.get(0).toString());
    }

    @Test
    void checkRejectsNullPlansByName() {
        assertEquals("adopting", assertThrows(NullPointerException.class, () -> Adoptions.check(null, TRUST))
                .getMessage());
        assertEquals("adopted", assertThrows(NullPointerException.class,
                () -> Adoptions.check(school(Optional.empty(), AdoptedObjective.of("t1")), null)).getMessage());
    }
}

package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.junit.jupiter.api.Test;

/**
 * {@link Walk}'s sites of the problems of adoptions, built from each problem's indices and field. A school adopts
 * from two trusts, T (adoption 0) and U (adoption 1); every index below follows from the plans made here.
 */
class WalkTest {
    static EqualityPlan trust(String name, String version, String id, String title) {
        return EqualityPlan.builder().organisation(Organisation.trust(name)).jurisdiction(Jurisdiction.ENGLAND)
                .version(version).addObjectives(Objective.builder().id(id).title(title).build()).build();
    }

    static final EqualityPlan T = trust("T", "v1", "t1", "Curriculum");
    static final EqualityPlan U = trust("U", "2024", "u1", "Staff");

    /** From T: version v2 (T's is v1), t1 reworded, t9 missing. From U: u1 as it stands, u7 missing. */
    static final EqualityPlan SCHOOL = EqualityPlan.builder()
            .organisation(Organisation.school("S", "123456")).jurisdiction(Jurisdiction.ENGLAND)
            .addAdoptions(Adoption.builder().organisation("T").version("v2")
                    .addObjectives(AdoptedObjective.builder().id("t1").title("Our curriculum").build(),
                            AdoptedObjective.of("t9"))
                    .build())
            .addAdoptions(Adoption.builder().organisation("U").version("2024")
                    .addObjectives(AdoptedObjective.of("u1"), AdoptedObjective.of("u7")).build())
            .build();

    @Test
    void aSiteIsBuiltFromTheProblemsIndicesAndField() {
        List<Adoptions.Problem> problems = Adoptions.check(SCHOOL, T);
        assertEquals(Site.adoption(0).field("version"), Walk.site(problems.get(0)));
        assertEquals(Site.adoptedObjective(0, 0).field("title"), Walk.site(problems.get(1)));
        assertEquals(Site.adoptedObjective(0, 1).field("id"), Walk.site(problems.get(2)));
        assertEquals("/adoptions/0/objectives/1/id", Walk.site(problems.get(2)).getPointer());
        assertEquals("id", Walk.site(problems.get(2)).describe());
        Site u7 = Walk.site(Adoptions.check(SCHOOL, U).get(0));
        assertEquals(Site.adoptedObjective(1, 1).field("id"), u7);
        assertEquals(Optional.of(1), u7.getAdoptionIndex());
        assertEquals(Optional.of(1), u7.getAdoptedObjectiveIndex());
        Site nothing = Walk.site(Adoptions.check(SCHOOL, trust("V", "1", "v1", "x")).get(0));
        assertEquals(Site.plan().field("adoptions"), nothing);
        assertEquals("/adoptions", nothing.getPointer());
        assertEquals(Optional.empty(), nothing.getAdoptionIndex());
    }
}

package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.SplittableRandom;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.NearMiss;
import org.equalityduty.testkit.Pupil;
import org.equalityduty.testkit.PupilCohortConfig;
import org.junit.jupiter.api.Test;

/** The testkit README section's examples, kept compiling and true. Keep the two in step. */
class TestkitExampleTest {

    /** Stands in for a user's own code under test: here, a summary line for a plan. */
    static String summarise(EqualityPlan plan) {
        return plan.getOrganisation().getName() + ": " + plan.getObjectives().size() + " objective(s), "
                + plan.getPeriod().map(Object::toString).orElse("no period");
    }

    @Test
    void quickTheoriesFace() {
        // Every generated plan is structurally valid, and the user's code handles each one.
        qt().forAll(EqualityGenerators.plans().toGen())
                .check(plan -> EqualityValidation.validate(plan).isEmpty()
                        && summarise(plan).startsWith(plan.getOrganisation().getName()));

        // Near misses break exactly one named rule: test your error handling against each.
        qt().withExamples(50)
                .forAll(EqualityGenerators.nearMiss(Rule.NO_BASELINE).toGen())
                .check(miss -> miss.path().startsWith("objectives[")
                        && EqualityValidation.validate(miss.plan()).isEmpty());
    }

    @Test
    void neutralFace() {
        // Any tool, or a plain seeded test: a Sample is a Function<RandomGenerator, T>.
        EqualityPlan plan = EqualityGenerators.smartCompletePlans().sample(42L);
        assertEquals(plan, EqualityGenerators.smartCompletePlans().sample(42L));

        List<Pupil> cohort = EqualityGenerators
                .pupilCohorts(PupilCohortConfig.defaults().withSize(60).withDisadvantagedShare(0.4))
                .apply(new SplittableRandom(7L));
        assertEquals(60, cohort.size());

        for (NearMiss miss : EqualityGenerators.nearMisses().samples(1L, 20)) {
            assertTrue(NearMiss.rules().contains(miss.rule()), miss::toString);
        }
    }
}

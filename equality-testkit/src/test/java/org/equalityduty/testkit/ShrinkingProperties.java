package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;

/** Deliberately failing properties shrink to the smallest counterexample. */
class ShrinkingProperties {

    /** Records the smallest falsifying value QuickTheories reports, then fails as usual. */
    static final class Recorder extends ExceptionReporter {
        final List<Object> smallest = new ArrayList<>();

        @Override
        public void falisification(long seed, int examplesUsed, Object smallestFound, List<Object> examples,
                AsString<Object> toString) {
            smallest.add(smallestFound);
            super.falisification(seed, examplesUsed, smallestFound, examples, toString);
        }
    }

    @Test
    void planWithTwoObjectivesShrinksToExactlyTwoBareObjectives() {
        Recorder recorder = new Recorder();
        AssertionError error = assertThrows(AssertionError.class, () -> qt().withFixedSeed(11L)
                .withReporter(recorder)
                .forAll(EqualityGenerators.plans().toGen())
                .check(plan -> plan.getObjectives().size() < 2));
        assertTrue(error.getMessage().startsWith("Property falsified"), error.getMessage());
        EqualityPlan plan = (EqualityPlan) recorder.smallest.get(0);
        assertEquals(2, plan.getObjectives().size());
        for (Objective o : plan.getObjectives()) {
            assertEquals(List.of(), o.getActions(), o::toString);
            assertEquals(List.of(), o.getSuccessCriteria(), o::toString);
            assertEquals(List.of(), o.getGroups(), o::toString);
        }
    }

    @Test
    void smartPlanWithAnActionOfTwoCriteriaShrinksToOneSuchAction() {
        Recorder recorder = new Recorder();
        assertThrows(AssertionError.class, () -> qt().withFixedSeed(12L)
                .withReporter(recorder)
                .forAll(EqualityGenerators.smartCompletePlans().toGen())
                .check(plan -> plan.getObjectives().stream().flatMap(o -> o.getActions().stream())
                        .allMatch(a -> a.getSuccessCriteria().size() < 2)));
        EqualityPlan plan = (EqualityPlan) recorder.smallest.get(0);
        // Lists keep their first elements when they shrink, so objectives and actions before the failing one stay,
        // each shrunk to the SMART minimum of one action and one criterion.
        List<Integer> sizes = plan.getObjectives().stream().flatMap(o -> o.getActions().stream())
                .map(a -> a.getSuccessCriteria().size()).collect(Collectors.toList());
        assertEquals(2, sizes.get(sizes.size() - 1), sizes::toString);
        assertTrue(sizes.subList(0, sizes.size() - 1).stream().allMatch(n -> n == 1), sizes::toString);
        for (Objective o : plan.getObjectives()) {
            assertEquals(List.of(), o.getSuccessCriteria(), o::toString);
        }
    }

    @Test
    void cohortWithADisadvantagedPupilShrinksToTheSmallestCohort() {
        Recorder recorder = new Recorder();
        PupilCohortConfig config = PupilCohortConfig.defaults().withSizeBetween(1, 40);
        assertThrows(AssertionError.class, () -> qt().withFixedSeed(13L)
                .withReporter(recorder)
                .forAll(EqualityGenerators.pupilCohorts(config).toGen())
                .check(cohort -> cohort.stream().noneMatch(Pupil::disadvantaged)));
        @SuppressWarnings("unchecked")
        List<Pupil> cohort = (List<Pupil>) recorder.smallest.get(0);
        // the smallest cohort ends with its one disadvantaged pupil: none before it, none after
        assertEquals(1, cohort.stream().filter(Pupil::disadvantaged).count(), cohort::toString);
        assertTrue(cohort.get(cohort.size() - 1).disadvantaged(), cohort::toString);
    }
}

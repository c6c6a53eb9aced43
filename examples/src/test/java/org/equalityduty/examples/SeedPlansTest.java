package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.validation.EqualityValidation;
import org.junit.jupiter.api.Test;

/** The seed plans against the seed documents in shared/seeds/, counted by hand from the text. */
class SeedPlansTest {

    @Test
    void bothSeedPlansAreWellFormed() {
        for (EqualityPlan plan : SeedPlans.all()) {
            assertEquals(List.of(), EqualityValidation.validate(plan), plan.getOrganisation().getName());
        }
    }

    @Test
    void theMainJobsJsonDocumentsReadBackEqualToTheJavaPlans() {
        assertEquals(SeedPlans.all(), SeedPlans.fromJson());
    }

    @Test
    void sokeHasThreeObjectivesOfThreeActionsEach() {
        EqualityPlan soke = SeedPlans.soke();
        assertEquals(3, soke.getObjectives().size());
        for (Objective o : soke.getObjectives()) {
            assertEquals(3, o.getActions().size(), o.getId());
            assertTrue(o.getChildFriendlyVersion().isPresent(), o.getId());
            assertTrue(o.getRationale().isPresent(), o.getId());
        }
        assertEquals(9, criteria(soke).size());
        assertTrue(soke.getImpactStatement().orElseThrow().startsWith("By successfully implementing"));
        assertEquals(Optional.empty(), soke.getPublishedOn());
    }

    @Test
    void vagueSeedTargetsStayVague() {
        QuantitativeTarget gap = (QuantitativeTarget) criterion(SeedPlans.soke(), "o2.a2.c1");
        assertEquals(TargetKind.PERCENT_AS_STATED, gap.getTarget().orElseThrow().getKind());
        assertEquals(new BigDecimal("10"), gap.getTarget().orElseThrow().getValue());
        assertEquals(Optional.empty(), gap.getBaseline());
        assertEquals(Optional.empty(), gap.getDeadline());
        QuantitativeTarget bame = (QuantitativeTarget) criterion(SeedPlans.kent(), "k6.c1");
        assertEquals(new BigDecimal("2"), bame.getBaseline().orElseThrow().getValue());
        assertEquals(Optional.empty(), bame.getTarget());
        assertEquals(List.of(new BigDecimal("9"), new BigDecimal("6")),
                bame.getBenchmarks().stream().map(b -> b.getValue().orElseThrow()).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void kentHasEightStrategicAimsToTheEndOf2027AndSevenKeyAreas() {
        EqualityPlan kent = SeedPlans.kent();
        assertEquals(15, kent.getObjectives().size());
        assertEquals(8, kent.getObjectives().stream()
                .filter(o -> o.getTargetDate().equals(Optional.of(LocalDate.of(2027, 12, 31)))).count());
        assertEquals(2, kent.getPublicationRules().size());
    }

    private static List<SuccessCriterion> criteria(EqualityPlan plan) {
        List<SuccessCriterion> all = new ArrayList<>();
        plan.forEachCriterion((path, c) -> all.add(c));
        return all;
    }

    private static SuccessCriterion criterion(EqualityPlan plan, String id) {
        return criteria(plan).stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }
}

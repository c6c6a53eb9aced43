package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.equalityduty.testkit.EqualityGenerators;
import org.junit.jupiter.api.Test;

/**
 * Round trips over the testkit's format version 2 plans (stated dates, open and unstated periods, thresholds,
 * benchmarks without figures, emphases, undefined groups, reviews, adoptions): write, read, equal; write twice,
 * identical bytes; every written document satisfies the schema and maps every objective to its own pointer.
 */
class Version2RoundTripProperties {
    private static final EqualityJson PRETTY = EqualityJson.defaults();
    private static final EqualityJson COMPACT = PRETTY.withPrettyPrint(false);

    @Test
    void version2PlansReadBackEqualInBothModesAndWriteIdenticalBytes() {
        qt().withExamples(300).forAll(EqualityGenerators.version2Plans().toGen()).checkAssert(plan -> {
            String first = PRETTY.writePlan(plan);
            assertEquals(plan, PRETTY.readPlan(first));
            assertEquals(first, PRETTY.writePlan(PRETTY.readPlan(first)));
            assertEquals(plan, COMPACT.readPlan(COMPACT.writePlan(plan)));
        });
    }

    @Test
    void writtenVersion2PlansSatisfyTheSchemaAndPointWhereTheirPartsAre() {
        qt().withExamples(100).forAll(EqualityGenerators.version2Plans().toGen()).checkAssert(plan -> {
            String written = PRETTY.writePlan(plan);
            assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PLAN, written));
            PlanDocument doc = PRETTY.readPlanDocument(written);
            for (int o = 0; o < plan.getObjectives().size(); o++) {
                assertEquals("/objectives/" + o + "/title", doc.pointerTo("objectives[" + o + "].title"));
            }
        });
    }
}

package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.ProgressRecord;
import org.equalityduty.testkit.EqualityGens;
import org.junit.jupiter.api.Test;

/**
 * Round trips over the testkit's generated plans and progress records: write, read, equal; write twice, identical
 * bytes. (That generated plans are well formed is the testkit's own property.)
 */
class RoundTripProperties {
    private static final EqualityJson PRETTY = EqualityJson.defaults();
    private static final EqualityJson COMPACT = PRETTY.withPrettyPrint(false);

    @Test
    void planReadsBackEqualInBothModes() {
        qt().withExamples(300).forAll(EqualityGens.plans()).checkAssert(plan -> {
            assertEquals(plan, PRETTY.readPlan(PRETTY.writePlan(plan)));
            assertEquals(plan, COMPACT.readPlan(COMPACT.writePlan(plan)));
        });
    }

    @Test
    void equalPlansWriteIdenticalBytes() {
        qt().withExamples(300).forAll(EqualityGens.plans()).checkAssert(plan -> {
            String first = PRETTY.writePlan(plan);
            assertEquals(first, PRETTY.writePlan(plan));
            assertEquals(first, PRETTY.writePlan(PRETTY.readPlan(first)));
        });
    }

    @Test
    void progressRecordReadsBackEqualAndWritesIdenticalBytes() {
        qt().withExamples(300).forAll(EqualityGens.progressRecords()).checkAssert(record -> {
            String first = COMPACT.writeProgress(record);
            assertEquals(record, COMPACT.readProgress(first));
            assertEquals(first, COMPACT.writeProgress(COMPACT.readProgress(first)));
            assertEquals(record, PRETTY.readProgress(PRETTY.writeProgress(record)));
        });
    }

    @Test
    void everyWrittenDocumentSatisfiesTheSchema() {
        qt().withExamples(100).forAll(EqualityGens.plans()).checkAssert(plan ->
                assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PLAN, PRETTY.writePlan(plan))));
        qt().withExamples(100).forAll(EqualityGens.progressRecords()).checkAssert(record ->
                assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PROGRESS, PRETTY.writeProgress(record))));
    }
}

package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Set;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.ProgressRecord;
import org.equalityduty.core.validation.EqualityValidation;
import org.junit.jupiter.api.Test;

/** Round trips over generated plans and progress records: write, read, equal; write twice, identical bytes. */
class RoundTripProperties {
    private static final EqualityJson PRETTY = EqualityJson.defaults();
    private static final EqualityJson COMPACT = PRETTY.withPrettyPrint(false);

    @Test
    void generatedPlansAreWellFormed() {
        qt().withExamples(200).forAll(longs().all())
                .checkAssert(seed -> assertEquals(java.util.List.of(),
                        EqualityValidation.validate(PlanGen.plan(seed))));
    }

    @Test
    void planReadsBackEqualInBothModes() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            EqualityPlan plan = PlanGen.plan(seed);
            assertEquals(plan, PRETTY.readPlan(PRETTY.writePlan(plan)));
            assertEquals(plan, COMPACT.readPlan(COMPACT.writePlan(plan)));
        });
    }

    @Test
    void equalPlansWriteIdenticalBytes() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            String first = PRETTY.writePlan(PlanGen.plan(seed));
            assertEquals(first, PRETTY.writePlan(PlanGen.plan(seed)));
            assertEquals(first, PRETTY.writePlan(PRETTY.readPlan(first)));
        });
    }

    @Test
    void progressRecordReadsBackEqualAndWritesIdenticalBytes() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            ProgressRecord record = PlanGen.progress(seed);
            String first = COMPACT.writeProgress(record);
            assertEquals(record, COMPACT.readProgress(first));
            assertEquals(first, COMPACT.writeProgress(COMPACT.readProgress(first)));
            assertEquals(record, PRETTY.readProgress(PRETTY.writeProgress(record)));
        });
    }

    @Test
    void everyWrittenDocumentSatisfiesTheSchema() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PLAN, PRETTY.writePlan(PlanGen.plan(seed))));
            assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PROGRESS,
                    PRETTY.writeProgress(PlanGen.progress(seed))));
        });
    }
}

package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.core.progress.Reading;
import org.equalityduty.testkit.EqualityGenerators;
import org.junit.jupiter.api.Test;

/**
 * Round trips over the testkit's generated plans and progress records, and over the progress reports made by
 * evaluating them at dates from before the plan to after it: write, read, equal; write twice, identical bytes.
 * (That generated plans are well formed is the testkit's own property.)
 */
class RoundTripProperties {
    private static final EqualityJson PRETTY = EqualityJson.defaults();
    private static final EqualityJson COMPACT = PRETTY.withPrettyPrint(false);

    @Test
    void planReadsBackEqualInBothModes() {
        qt().withExamples(300).forAll(EqualityGenerators.plans().toGen()).checkAssert(plan -> {
            assertEquals(plan, PRETTY.readPlan(PRETTY.writePlan(plan)));
            assertEquals(plan, COMPACT.readPlan(COMPACT.writePlan(plan)));
        });
    }

    @Test
    void equalPlansWriteIdenticalBytes() {
        qt().withExamples(300).forAll(EqualityGenerators.plans().toGen()).checkAssert(plan -> {
            String first = PRETTY.writePlan(plan);
            assertEquals(first, PRETTY.writePlan(plan));
            assertEquals(first, PRETTY.writePlan(PRETTY.readPlan(first)));
        });
    }

    @Test
    void progressRecordReadsBackEqualAndWritesIdenticalBytes() {
        qt().withExamples(300).forAll(EqualityGenerators.progressRecords().toGen()).checkAssert(record -> {
            String first = COMPACT.writeProgress(record);
            assertEquals(record, COMPACT.readProgress(first));
            assertEquals(first, COMPACT.writeProgress(COMPACT.readProgress(first)));
            assertEquals(record, PRETTY.readProgress(PRETTY.writeProgress(record)));
        });
    }

    /** The report of a generated plan and record as of a date some days from the plan's start. */
    private static ProgressReport report(EqualityPlan plan, ProgressRecord record, int days, boolean relative) {
        return ProgressEvaluator.evaluate(plan, record, plan.getPeriod().orElseThrow().getStart().plusDays(days),
                ProgressOptions.defaults().withPercentAsStated(relative ? Reading.RELATIVE : Reading.PERCENTAGE_POINTS));
    }

    @Test
    void progressReportReadsBackEqualInBothModesAndWritesIdenticalBytes() {
        qt().withExamples(300).forAll(EqualityGenerators.plans().toGen(), EqualityGenerators.progressRecords().toGen(),
                        integers().between(-400, 2_500), integers().between(0, 1))
                .checkAssert((plan, record, days, reading) -> {
                    ProgressReport report = report(plan, record, days, reading == 0);
                    String first = PRETTY.writeProgressReport(report);
                    assertEquals(report, PRETTY.readProgressReport(first));
                    assertEquals(first, PRETTY.writeProgressReport(report));
                    assertEquals(first, PRETTY.writeProgressReport(PRETTY.readProgressReport(first)));
                    String compact = COMPACT.writeProgressReport(report);
                    assertEquals(report, COMPACT.readProgressReport(compact));
                    assertEquals(compact, COMPACT.writeProgressReport(report));
                });
    }

    @Test
    void everyWrittenDocumentSatisfiesTheSchema() {
        qt().withExamples(100).forAll(EqualityGenerators.plans().toGen(), EqualityGenerators.progressRecords().toGen(),
                        integers().between(-400, 2_500))
                .checkAssert((plan, record, days) -> assertEquals(Set.of(), SchemaTest.errors(SchemaTest.REPORT,
                        PRETTY.writeProgressReport(report(plan, record, days, true)))));
        qt().withExamples(100).forAll(EqualityGenerators.plans().toGen()).checkAssert(plan ->
                assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PLAN, PRETTY.writePlan(plan))));
        qt().withExamples(100).forAll(EqualityGenerators.progressRecords().toGen()).checkAssert(record ->
                assertEquals(Set.of(), SchemaTest.errors(SchemaTest.PROGRESS, PRETTY.writeProgress(record))));
    }
}

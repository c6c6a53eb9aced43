package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.core.progress.ProgressReport;
import org.junit.jupiter.api.Test;

/**
 * Assessment and progress evaluation never throw on generated plans and records, at any date from long before the
 * plan to long after it (issues 5 and 7). Lives here because core cannot depend on the testkit.
 */
class EvaluationNeverThrowsProperties {

    @Test
    void assessmentNeverThrowsAndCoversEveryObjective() {
        qt().withExamples(300).forAll(EqualityGenerators.plans().toGen(), integers().between(-3_000, 6_000))
                .checkAssert((plan, days) -> {
                    LocalDate asOf = plan.getPeriod().orElseThrow().getStart().plusDays(days);
                    Assessment assessment = PlanAssessor.assess(plan, asOf);
                    assertEquals(plan.getObjectives().size(), assessment.getObjectives().size());
                });
    }

    @Test
    void progressEvaluationNeverThrowsAndCoversEveryCriterion() {
        qt().withExamples(300).forAll(EqualityGenerators.plans().toGen(), EqualityGenerators.progressRecords().toGen(),
                        integers().between(-3_000, 6_000))
                .checkAssert((plan, record, days) -> {
                    LocalDate asOf = plan.getPeriod().orElseThrow().getStart().plusDays(days);
                    ProgressReport report = ProgressEvaluator.evaluate(plan, record, asOf, ProgressOptions.defaults());
                    List<String> criteria = new ArrayList<>();
                    plan.forEachCriterion((path, c) -> criteria.add(c.getId()));
                    assertEquals(criteria.size(), report.getCriteria().size());
                    report.getCriteria().forEach(c -> assertNotNull(c.getExplanation()));
                });
    }
}

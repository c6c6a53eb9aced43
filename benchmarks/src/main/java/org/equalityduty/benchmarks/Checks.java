package org.equalityduty.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.json.EqualityJson;

/**
 * "Same answer" checks, run before any timing (and by the tests on small data): every implementation of a benchmark
 * must give the reference answer, or the run fails loudly with the implementation, the figure and both values.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * B1: all per-school gap implementations agree with the hand-written loop.
     *
     * @param records the number of pupils
     * @param schools the number of schools
     * @return a one-line summary of what was checked
     * @throws IllegalStateException if an implementation differs
     * @throws SQLException if DuckDB fails
     */
    public static String b1(int records, int schools) throws SQLException {
        Cohort cohort = Cohort.generate(records, schools, Cohort.SEED);
        Cohort.SchoolColumns columns = cohort.bySchool();
        SchoolGaps expected = B1Implementations.handLoop(columns);
        List<Pupil> pupils = cohort.toPupils();
        expected.requireSame("library (objects, Intersection keys)",
                B1Implementations.libraryObjectsIntersectionKeys(pupils, schools));
        expected.requireSame("library (objects, school keys)",
                B1Implementations.libraryObjectsSchoolKeys(pupils, schools));
        expected.requireSame("library (primitive columns)", B1Implementations.libraryColumns(columns));
        expected.requireSame("hand loop (objects)", B1Implementations.handLoopObjects(pupils, schools));
        expected.requireSame("library (intervals only, on aggregates)",
                B1Implementations.libraryIntervalsOnly(B1Implementations.Aggregates.of(columns)));
        expected.requireSame("library (objects, PerSchoolGaps)", B1Implementations.libraryObjectsGrouped(pupils, schools));
        expected.requireSame("library (per-school columns, PerSchoolGaps)",
                B1Implementations.libraryGroupedColumns(columns));
        B1Implementations.FlatColumns flat = B1Implementations.FlatColumns.of(cohort);
        expected.requireSame("library (flat columns, PerSchoolGaps)", B1Implementations.libraryGroupedFlatColumns(flat));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            expected.requireSame("library (flat columns, PerSchoolGaps, parallel)",
                    B1Implementations.libraryGroupedFlatColumnsParallel(flat, pool, 2));
        } finally {
            pool.shutdownNow();
        }
        expected.requireSame("library (PerSchoolGaps intervals only)", B1Implementations.libraryGroupedIntervalsOnly(
                org.equalityduty.metrics.accumulators.PerSchoolGaps.of(flat.school(), flat.schools(), flat.score(), flat.met(),
                        flat.disadvantaged())));
        expected.requireSame("Java Streams groupingBy", B1Implementations.streams(pupils, schools));
        try (Connection conn = B1Implementations.loadDuckDb(cohort)) {
            expected.requireSame("DuckDB", B1Implementations.duckDb(conn, schools));
        }
        return String.format(Locale.ROOT, "B1: 13 implementations agree on %d schools x 2 gaps (%,d pupils, tolerance %s)",
                schools, records, SchoolGaps.TOLERANCE);
    }

    /**
     * B2: the library's histogram, its sort-based path and the independent reference give the same index.
     *
     * @param pupils the cohort size
     * @return a one-line summary
     * @throws IllegalStateException if an implementation differs
     */
    public static String b2(int pupils) {
        B2Implementations.KeyStage2 cohort = B2Implementations.cohort(pupils, Cohort.SEED);
        double expected = B2Implementations.sortBasedReference(cohort);
        require("B2 library histogram", expected, B2Implementations.library(cohort), B2Implementations.TOLERANCE);
        require("B2 hand-written histogram", expected, B2Implementations.handHistogram(cohort),
                B2Implementations.TOLERANCE);
        require("B2 library sortBased", expected, B2Implementations.librarySortBased(cohort),
                B2Implementations.TOLERANCE);
        require("B2 library int fast path", expected, B2Implementations.libraryInt(
                B2Implementations.wholeScores(cohort), cohort.disadvantaged()), B2Implementations.TOLERANCE);
        return String.format(Locale.ROOT, "B2: 5 implementations agree on index %.6f (%,d pupils, tolerance %s)",
                expected, pupils, B2Implementations.TOLERANCE);
    }

    /**
     * B5: streaming through the library gives the same mean gap as a hand loop over the same stream.
     *
     * @param records the number of streamed pupils
     * @return a one-line summary
     * @throws IllegalStateException if they differ
     */
    public static String b5(long records) {
        Iterable<Pupil> stream = Cohort.streamed(records, Cohort.SEED);
        double library = B5Streaming.library(stream);
        double sumD = 0;
        double sumO = 0;
        long nD = 0;
        long nO = 0;
        for (Pupil p : stream) {
            if (p.disadvantaged()) {
                sumD += p.scaledScore();
                nD++;
            } else {
                sumO += p.scaledScore();
                nO++;
            }
        }
        require("B5 streamed library mean gap", sumD / nD - sumO / nO, library, 1e-9);
        return String.format(Locale.ROOT, "B5: streamed library gap %.6f agrees with a hand loop (%,d pupils)", library,
                records);
    }

    /**
     * B3 and B4: the library's reading of the large plan and a plain tree parse hold the same plan (writing the plan
     * read back gives the same JSON tree); the assessment and structural validation both accept the plan's structure,
     * and the assessment is deterministic.
     *
     * @return a one-line summary
     * @throws IllegalStateException if they disagree
     */
    public static String b3b4() {
        PlanDocuments.Document document = PlanDocuments.large(Cohort.SEED);
        EqualityPlan plan = PlanDocuments.readPlan(document.bytes());
        JsonNode tree = PlanDocuments.treeParse(document.bytes());
        JsonNode written = PlanDocuments.treeParse(EqualityJson.defaults().writePlan(plan)
                .getBytes(StandardCharsets.UTF_8));
        if (!tree.equals(written)) {
            throw new IllegalStateException("B3: the plan read by equality-json does not write back to the tree that"
                    + " Jackson parsed from the same bytes");
        }
        Set<ConstraintViolation<EqualityPlan>> structural = PlanDocuments.validateStructure(
                EqualityValidation.validator(), plan);
        if (!structural.isEmpty()) {
            throw new IllegalStateException("B4: structural validation rejects the plan that equality-json accepted: "
                    + structural);
        }
        Assessment first = PlanDocuments.assess(plan);
        Assessment second = PlanDocuments.assess(PlanDocuments.readPlan(document.bytes()));
        if (!first.equals(second) || first.getObjectives().size() != document.objectives()) {
            throw new IllegalStateException("B4: the assessment is not deterministic or misses objectives: " + first);
        }
        return String.format(Locale.ROOT, "B3: equality-json and a Jackson tree parse agree on a plan of %,d bytes,"
                + " %d objectives, %d actions; B4: structural validation accepts it and the assessment (%d findings)"
                + " is deterministic", document.bytes().length, document.objectives(), document.actions(),
                first.getFindings().size());
    }

    static void require(String name, double expected, double actual, double tolerance) {
        if (!(Math.abs(expected - actual) <= tolerance)) {
            throw new IllegalStateException(name + " gives a different answer: expected " + expected + ", got "
                    + actual);
        }
    }
}

package org.equalityduty.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.validation.EqualityValidation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * B3: reading and validating a large plan (at least 200 actions) from JSON against a plain Jackson tree parse of the
 * same bytes. B4: assessing that plan against structural Bean Validation alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class B3B4PlanBenchmark {

    byte[] bytes;
    EqualityPlan plan;
    Validator validator;

    /** Builds the document and reads it once (not timed). */
    @Setup(Level.Trial)
    public void setUp() {
        bytes = PlanDocuments.large(Cohort.SEED).bytes();
        plan = PlanDocuments.readPlan(bytes);
        validator = EqualityValidation.validator();
    }

    /**
     * Gets the plan.
     *
     * @return the plan
     */
    @Benchmark
    public EqualityPlan b3ReadPlan() {
        return PlanDocuments.readPlan(bytes);
    }

    /**
     * Gets the tree.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode b3TreeParse() {
        return PlanDocuments.treeParse(bytes);
    }

    /**
     * Gets the assessment.
     *
     * @return the assessment
     */
    @Benchmark
    public Assessment b4Assess() {
        return PlanDocuments.assess(plan);
    }

    /**
     * Gets the violations.
     *
     * @return the violations
     */
    @Benchmark
    public Set<ConstraintViolation<EqualityPlan>> b4ValidateStructure() {
        return PlanDocuments.validateStructure(validator, plan);
    }
}

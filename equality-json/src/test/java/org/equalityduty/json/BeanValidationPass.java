package org.equalityduty.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.core.validation.StructuralCheck;
import org.equalityduty.core.validation.ValidationProblem;
import org.equalityduty.json.internal.BeanPaths;

/**
 * The oracle of structural validation: how the reader worked before it checked structure while mapping. The
 * document is mapped without structural checks (the module with validation off); if that finds a problem, those
 * are the problems; otherwise they are what a Bean Validation pass over the value gives, each at the pointer of
 * its path, in {@link EqualityValidation#validate} order, cut at the reader's problem limit.
 *
 * <p>{@link #reader} is the same document read by {@link EqualityJson}; the two must agree on every document. For
 * every plan mapped, core's {@link StructuralCheck} must also agree with Bean Validation on whether it is well
 * formed.
 */
final class BeanValidationPass {
    private static final ObjectMapper UNVALIDATED = JsonMapper.builder()
            .addModule(new EqualityDutyModule().withValidation(false))
            .build();
    private static final int MAX = JsonLimits.defaults().getMaxProblems();

    private BeanValidationPass() {
    }

    /**
     * The problems of a plan document by mapping and then Bean Validation.
     *
     * @param json the document
     * @return the problems, one {@code pointer: message} a line, and {@code (truncated)} last if the list was cut
     */
    static List<String> plan(String json) {
        return viaBeanValidation(json, EqualityPlan.class);
    }

    /**
     * The problems of a progress record document by mapping and then Bean Validation.
     *
     * @param json the document
     * @return the problems, as {@link #plan}
     */
    static List<String> progress(String json) {
        return viaBeanValidation(json, ProgressRecord.class);
    }

    /**
     * The problems {@link EqualityJson} reports for a plan document.
     *
     * @param json the document
     * @return the problems, as {@link #plan}
     */
    static List<String> reader(String json) {
        try {
            EqualityJson.defaults().readPlan(json);
            return List.of();
        } catch (EqualityJsonException ex) {
            return lines(ex.getProblems(), ex.isTruncated());
        }
    }

    /**
     * The problems {@link EqualityJson} reports for a progress record document.
     *
     * @param json the document
     * @return the problems, as {@link #plan}
     */
    static List<String> progressReader(String json) {
        try {
            EqualityJson.defaults().readProgress(json);
            return List.of();
        } catch (EqualityJsonException ex) {
            return lines(ex.getProblems(), ex.isTruncated());
        }
    }

    private static <T> List<String> viaBeanValidation(String json, Class<T> type) {
        T value;
        try {
            value = UNVALIDATED.readValue(json, type);
        } catch (Exception ex) { // Jackson 2 declares a checked exception here; Jackson 3 does not
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof EqualityJsonException e) {
                    return lines(e.getProblems(), e.isTruncated());
                }
            }
            throw new AssertionError("the document could not be mapped: " + ex, ex);
        }
        List<JsonProblem> problems = new ArrayList<>();
        List<ValidationProblem> found = EqualityValidation.validate(value);
        if (value instanceof EqualityPlan plan && StructuralCheck.isWellFormed(plan) != found.isEmpty()) {
            // core's plain-Java check, which lets the assessment skip Bean Validation, must agree with it too
            throw new AssertionError("StructuralCheck says " + StructuralCheck.isWellFormed(plan)
                    + ", Bean Validation " + found);
        }
        for (ValidationProblem p : found) {
            if (problems.size() < MAX) {
                problems.add(JsonProblem.of(BeanPaths.toPointer(p.getPath()), p.getMessage()));
            }
        }
        return lines(problems, found.size() > MAX);
    }

    private static List<String> lines(List<JsonProblem> problems, boolean truncated) {
        List<String> out = new ArrayList<>();
        for (JsonProblem p : problems) {
            out.add(p.getPointer() + ": " + p.getMessage());
        }
        if (truncated) {
            out.add("(truncated)");
        }
        return out;
    }
}

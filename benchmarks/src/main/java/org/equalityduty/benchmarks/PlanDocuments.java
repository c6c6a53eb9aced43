package org.equalityduty.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.json.EqualityJson;
import org.equalityduty.testkit.EqualityGenerators;

/**
 * B3 and B4: a large, valid plan document and the implementations that read and assess it.
 *
 * <p>The plan is a SMART-complete plan from {@code equality-testkit} (fixed seed), written by {@code equality-json},
 * whose objectives' action lists are then repeated in the JSON tree until the plan has at least
 * {@link #MINIMUM_ACTIONS} actions (identifiers inside a copy get a suffix so that they stay unique; the reader
 * confirms the result is valid).
 */
public final class PlanDocuments {

    /** The minimum plan size. */
    public static final int MINIMUM_ACTIONS = 200;
    /** The fixed date every assessment is made as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private PlanDocuments() {
    }

    /**
     * A plan document and what it holds.
     *
     * @param bytes the UTF-8 JSON document
     * @param actions the number of actions in it
     * @param objectives the number of objectives in it
     */
    public record Document(byte[] bytes, int actions, int objectives) {
    }

    /**
     * Builds the large plan document.
     *
     * @param seed the seed of the generated plan
     * @return the document
     */
    public static Document large(long seed) {
        EqualityPlan plan = EqualityGenerators.smartCompletePlans().sample(seed);
        String json = EqualityJson.defaults().withPrettyPrint(false).writePlan(plan);
        try {
            JsonNode root = PLAIN.readTree(json);
            List<ArrayNode> actionLists = new ArrayList<>();
            root.findParents("actions").forEach(parent -> {
                JsonNode actions = parent.get("actions");
                if (actions.isArray() && actions.size() > 0) { // objectives: format 2 omits empty criteria lists
                    actionLists.add((ArrayNode) actions);
                }
            });
            if (actionLists.isEmpty()) {
                throw new IllegalStateException("the generated plan (seed " + seed + ") has no actions to repeat");
            }
            List<List<JsonNode>> originals = new ArrayList<>();
            for (ArrayNode list : actionLists) {
                List<JsonNode> copy = new ArrayList<>();
                list.forEach(copy::add);
                originals.add(copy);
            }
            int total = actionLists.stream().mapToInt(ArrayNode::size).sum();
            int round = 0;
            while (total < MINIMUM_ACTIONS) {
                round++;
                for (int i = 0; i < actionLists.size() && total < MINIMUM_ACTIONS; i++) {
                    for (JsonNode action : originals.get(i)) {
                        JsonNode copy = action.deepCopy();
                        suffixIds(copy, ".r" + round);
                        actionLists.get(i).add(copy);
                        total++;
                    }
                }
            }
            byte[] bytes = PLAIN.writeValueAsBytes((ObjectNode) root);
            EqualityPlan read = readPlan(bytes);
            int actions = read.getObjectives().stream().mapToInt(o -> o.getActions().size()).sum();
            if (actions < MINIMUM_ACTIONS) {
                throw new IllegalStateException("the large plan has " + actions + " actions, fewer than "
                        + MINIMUM_ACTIONS);
            }
            return new Document(bytes, actions, read.getObjectives().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Identifiers (of success criteria, milestones) must stay unique in the plan: copies get a suffix. */
    private static void suffixIds(JsonNode node, String suffix) {
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("id");
            if (id != null && id.isTextual()) {
                object.put("id", id.asText() + suffix);
            }
        }
        for (JsonNode child : node) {
            suffixIds(child, suffix);
        }
    }

    /**
     * B3, the library: reads, checks and validates the plan with {@code equality-json} (limits, duplicate keys,
     * Bean Validation).
     *
     * @param bytes the document
     * @return the plan
     */
    public static EqualityPlan readPlan(byte[] bytes) {
        try {
            return EqualityJson.defaults().readPlan(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * B3, the baseline: a plain Jackson tree parse of the same bytes (no mapping, no validation).
     *
     * @param bytes the document
     * @return the tree
     */
    public static JsonNode treeParse(byte[] bytes) {
        try {
            return PLAIN.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * B4, the library: the full assessment (structure, SMART, duty, child-friendly rules) with the shared validator.
     *
     * @param plan the plan
     * @return the assessment
     */
    public static Assessment assess(EqualityPlan plan) {
        return PlanAssessor.assess(EqualityValidation.validator(), plan, AS_OF);
    }

    /**
     * B4, the baseline: structural Bean Validation of the plan alone (default group), what a user gets without the
     * assessment rules.
     *
     * @param validator the validator
     * @param plan the plan
     * @return the violations
     */
    public static Set<ConstraintViolation<EqualityPlan>> validateStructure(Validator validator, EqualityPlan plan) {
        return validator.validate(plan);
    }
}

package org.equalityduty.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.json.EqualityJson;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.Sample;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link PlanShape} agrees with Bean Validation's default group on generated plans and on the same plans damaged
 * at one text (blank, empty, or just within and just over each length limit) or with a repeated identifier: the
 * reader may skip Bean Validation only for a plan Bean Validation has nothing to say about.
 */
class PlanShapeProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int[] LIMITS = {200, 300, 500, 1000, 2000, 5000, 10000};

    @Test
    void wellFormedExactlyWhenBeanValidationFindsNothing() {
        int[] counts = new int[2];
        qt().withExamples(200).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            RandomGenerator random = Sample.random(seed);
            EqualityPlan generated = (random.nextBoolean() ? EqualityGenerators.plans()
                    : EqualityGenerators.smartCompletePlans()).apply(random);
            EqualityPlan plan = random.nextInt(4) == 0 ? generated : damaged(generated, random);
            if (plan == null) {
                return; // the damage made a plan that cannot be built (a construction check): nothing to compare
            }
            boolean valid = EqualityValidation.validate(plan).isEmpty();
            counts[valid ? 0 : 1]++;
            assertEquals(valid, PlanShape.isWellFormed(plan), () -> "Bean Validation says "
                    + EqualityValidation.validate(plan));
        });
        // Both answers were exercised, or the property says little.
        assertEquals(true, counts[0] > 20 && counts[1] > 20, () -> "valid " + counts[0] + ", invalid " + counts[1]);
    }

    /** The plan written, one text or identifier changed, read back without validation (null if it cannot be built). */
    private static EqualityPlan damaged(EqualityPlan plan, RandomGenerator random) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(EqualityJson.defaults().writePlan(plan));
        } catch (Exception e) { // Jackson 2 declares a checked exception here; the Jackson 3 build of this test does not
            throw new AssertionError(e);
        }
        List<Object[]> texts = new ArrayList<>();
        collect(tree, texts);
        if (texts.isEmpty()) {
            return null;
        }
        Object[] target = texts.get(random.nextInt(texts.size()));
        String value;
        int kind = random.nextInt(5);
        if (kind == 0) {
            value = "";
        } else if (kind == 1) {
            value = " \t ";
        } else {
            int limit = LIMITS[random.nextInt(LIMITS.length)];
            value = "x".repeat(limit + (kind == 2 ? 0 : 1));
        }
        if (target[0] instanceof ObjectNode o) {
            String field = (String) target[1];
            if ("id".equals(field) && random.nextBoolean() && !texts.isEmpty()) {
                value = firstId(tree); // a repeated identifier
            }
            o.set(field, TextNode.valueOf(value));
        } else {
            ((ArrayNode) target[0]).set((Integer) target[1], TextNode.valueOf(value));
        }
        Problems problems = new Problems(100);
        EqualityPlan read = new NodeReader(problems, false).planDocument(tree, "");
        return problems.count() == 0 ? read : null;
    }

    private static String firstId(JsonNode tree) {
        for (JsonNode o : tree.path("objectives")) {
            for (JsonNode c : o.path("successCriteria")) {
                return c.path("id").asText("x");
            }
            return o.path("id").asText("x");
        }
        return "x";
    }

    private static void collect(JsonNode node, List<Object[]> out) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                if (e.getValue().isTextual() && !"kind".equals(e.getKey()) && !"formatVersion".equals(e.getKey())) {
                    out.add(new Object[] {o, e.getKey()});
                }
                collect(e.getValue(), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    out.add(new Object[] {a, i});
                }
                collect(a.get(i), out);
            }
        }
    }
}

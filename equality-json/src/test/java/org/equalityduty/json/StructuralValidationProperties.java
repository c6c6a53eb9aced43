package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.Sample;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Structural validation while mapping gives exactly the problems of a Bean Validation pass over the value read
 * ({@link BeanValidationPass}), the same pointers and messages in the same order, on the testkit's plans (format
 * versions 1 and 2, written by the library) and the golden plans, as they are and damaged: texts made empty,
 * blank (in the several senses of blank that {@code @NotBlank}, {@code @Pattern} and the reader's own checks have),
 * or just within or just over a length limit; lists made just within or just over a size limit; identifiers
 * repeated; several damages at once.
 */
class StructuralValidationProperties {
    /** Every length limit of a structural constraint on a plan's texts and lists, from core's annotations. */
    private static final int[] LIMITS = {20, 50, 100, 200, 300, 500, 1000, 2000, 5000, 10000};
    private static final String[] BLANKS = {"", " ", "\t\n", "\u0001", "\u0000 ", "\u2003", "\u00a0", "\u000b\f",
        " x ", "\u001c"};
    private static final String[] GOLDEN = {"plan-full.json", "plan-minimal.json", "plan-full-v2.json",
        "plan-v2-school.json", "plan-v2-trust.json", "plan-v2-undated.json", "plan-minimal-v2.json"};

    @Test
    void theReaderAndABeanValidationPassGiveTheSameProblems() {
        int[] counts = new int[3];
        qt().withExamples(300).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            RandomGenerator random = Sample.random(seed);
            String base = base(random);
            String json = random.nextInt(6) == 0 ? base : damaged(base, random);
            List<String> expected = BeanValidationPass.plan(json);
            List<String> actual = BeanValidationPass.reader(json);
            assertEquals(expected, actual, () -> "seed " + seed);
            counts[expected.isEmpty() ? 0 : structural(expected) ? 1 : 2]++;
        });
        // Valid plans, plans only structural validation rejects, and plans the mapping rejects were all read.
        assertTrue(counts[0] > 30 && counts[1] > 30 && counts[2] > 10,
                () -> "valid " + counts[0] + ", structural problems " + counts[1] + ", mapping problems " + counts[2]);
    }

    /** Whether the problems are those of structural constraints (their messages). */
    private static boolean structural(List<String> problems) {
        return problems.stream().allMatch(p -> p.endsWith(": must not be blank") || p.contains(": size must be between ")
                || p.endsWith("is already used earlier in the plan") || p.equals("(truncated)"));
    }

    private static String base(RandomGenerator random) {
        switch (random.nextInt(4)) {
            case 0:
                return EqualityJson.defaults().writePlan(EqualityGenerators.plans().apply(random));
            case 1:
                return EqualityJson.defaults().writePlan(EqualityGenerators.version2Plans().apply(random));
            case 2:
                return EqualityJson.defaults().writePlan(EqualityGenerators.smartCompletePlans().apply(random));
            default:
                try {
                    return Files.readString(Golden.path(GOLDEN[random.nextInt(GOLDEN.length)]), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
        }
    }

    /** One to three damages: a text replaced, a list lengthened, an identifier repeated. */
    private static String damaged(String json, RandomGenerator random) {
        ObjectNode root = (ObjectNode) BadDocuments.parse(json);
        int damages = 1 + random.nextInt(3);
        for (int d = 0; d < damages; d++) {
            List<Object[]> texts = new ArrayList<>();
            List<ArrayNode> lists = new ArrayList<>();
            collect(root, texts, lists);
            int kind = random.nextInt(10);
            if (kind < 6 && !texts.isEmpty()) {
                Object[] target = texts.get(random.nextInt(texts.size()));
                String value;
                if (random.nextBoolean()) {
                    value = BLANKS[random.nextInt(BLANKS.length)];
                } else {
                    int limit = LIMITS[random.nextInt(LIMITS.length)];
                    value = (random.nextBoolean() ? "x" : " ").repeat(limit - 1 + random.nextInt(3))
                            + (random.nextBoolean() ? "" : "y");
                }
                set(target, value);
            } else if (kind < 8 && !lists.isEmpty()) {
                ArrayNode list = lists.get(random.nextInt(lists.size()));
                int limit = LIMITS[random.nextInt(5)];
                int count = limit - 1 + random.nextInt(3);
                List<JsonNode> originals = new ArrayList<>();
                list.forEach(originals::add);
                for (int i = originals.size(); i < count; i++) {
                    JsonNode copy = originals.get(i % originals.size()).deepCopy();
                    if (random.nextInt(4) != 0) {
                        suffixIds(copy, "-" + i);
                    }
                    list.add(copy);
                }
            } else {
                List<Object[]> ids = new ArrayList<>();
                for (Object[] t : texts) {
                    if ("id".equals(t[1])) {
                        ids.add(t);
                    }
                }
                if (ids.size() >= 2) {
                    Object[] from = ids.get(random.nextInt(ids.size()));
                    Object[] to = ids.get(random.nextInt(ids.size()));
                    set(to, ((ObjectNode) from[0]).get("id").textValue());
                }
            }
        }
        return root.toString();
    }

    private static void set(Object[] target, String value) {
        if (target[0] instanceof ObjectNode o) {
            o.put((String) target[1], value);
        } else {
            ((ArrayNode) target[0]).set((Integer) target[1], JsonNodeFactory.instance.textNode(value));
        }
    }

    private static void suffixIds(JsonNode node, String suffix) {
        if (node instanceof ObjectNode o) {
            if (o.has("id") && o.get("id").isTextual()) {
                o.put("id", o.get("id").textValue() + suffix);
            }
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                suffixIds(e.getValue(), suffix);
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode e : a) {
                suffixIds(e, suffix);
            }
        }
    }

    /** Texts other than the header, codes and dates (as holder and field name or index), and non-empty lists. */
    private static void collect(JsonNode node, List<Object[]> texts, List<ArrayNode> lists) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                String name = e.getKey();
                if (e.getValue().isTextual() && !name.equals("kind") && !name.equals("type")) {
                    texts.add(new Object[] {o, name});
                }
                collect(e.getValue(), texts, lists);
            }
        } else if (node instanceof ArrayNode a) {
            if (a.size() > 0) {
                lists.add(a);
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    texts.add(new Object[] {a, i});
                }
                collect(a.get(i), texts, lists);
            }
        }
    }
}

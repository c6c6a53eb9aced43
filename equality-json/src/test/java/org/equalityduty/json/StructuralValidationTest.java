package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.equalityduty.core.constraints.UniqueIds;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.ReviewSchedule;
import org.equalityduty.core.plan.StatedShare;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.validation.EqualityValidation;
import org.junit.jupiter.api.Test;

/**
 * The reader checks, while mapping, every structural constraint that Bean Validation knows on the types of a plan
 * and of a progress record (format versions 1 and 2), with the same pointer and message as a Bean Validation pass
 * over the value read ({@link BeanValidationPass}).
 *
 * <p>The constraints are enumerated from the validator's own metadata, following every {@code @Valid} (and every
 * member of a sealed family), so a constraint added to core, or a type newly reached, fails this test until the
 * reader checks it and {@link #WHERE} says where the type is in a document. For each constraint the test makes
 * documents that violate it (values from the constraint's own attributes: just over its maximum, under its
 * minimum, blank) at every place of its type in the golden documents, and one just within its maximum, and
 * asserts that the reader lists exactly the problems the Bean Validation pass lists; and that at some place the
 * Bean Validation pass reports the constraint itself (its message at the field), unless the reader's mapping
 * already rejects every value that breaks it ({@link #REJECTED_WHILE_MAPPING}).
 */
class StructuralValidationTest {
    private static final String V1 = "plan-full.json";
    private static final String V2 = "plan-full-v2.json";
    private static final String V2_SCHOOL = "plan-v2-school.json";
    private static final String PROGRESS = "progress.json";

    /** Where each type reached through {@code @Valid} is found: a golden document and a pointer into it. */
    private static final Map<Class<?>, List<String[]>> WHERE = new LinkedHashMap<>();

    static {
        where(EqualityPlan.class, V1, "", V2, "", V2_SCHOOL, "");
        where(Organisation.class, V1, "/organisation", V2, "/organisation/schools/0");
        where(PublicationRule.class, V1, "/publicationRules/0", V2, "/publicationRules/0");
        where(ReviewSchedule.class, V2_SCHOOL, "/review");
        where(Adoption.class, V2_SCHOOL, "/adoptions/0");
        where(AdoptedObjective.class, V2_SCHOOL, "/adoptions/0/objectives/1", V2_SCHOOL, "/adoptions/0/objectives/0");
        where(Objective.class, V1, "/objectives/0", V1, "/objectives/1", V2, "/objectives/1", V2, "/objectives/0");
        where(Action.class, V1, "/objectives/0/actions/0", V2, "/objectives/0/actions/1");
        where(QuantitativeTarget.class, V1, "/objectives/0/actions/0/successCriteria/0", V2,
                "/objectives/1/successCriteria/0");
        where(Milestone.class, V1, "/objectives/0/actions/1/successCriteria/0", V2,
                "/objectives/0/actions/1/successCriteria/0");
        where(QualitativeCriterion.class, V1, "/objectives/1/successCriteria/1", V2, "/objectives/1/successCriteria/1");
        where(Measure.class, V1, "/objectives/0/actions/0/successCriteria/0/measure", V2,
                "/objectives/1/successCriteria/1/measure");
        where(Baseline.class, V1, "/objectives/0/actions/0/successCriteria/0/baseline", V2,
                "/objectives/0/actions/0/successCriteria/0/baseline", V2_SCHOOL,
                "/objectives/0/successCriteria/1/baseline");
        where(StatedShare.class, V2_SCHOOL, "/objectives/0/successCriteria/1/baseline/shares/0");
        where(Benchmark.class, V1, "/objectives/0/actions/0/successCriteria/0/benchmarks/0", V2,
                "/objectives/1/successCriteria/1/measure/reference", V2_SCHOOL,
                "/objectives/0/successCriteria/0/inLineWith/benchmark");
        where(InLineWith.class, V2_SCHOOL, "/objectives/0/successCriteria/0/inLineWith");
        where(GroupReference.class, V1, "/objectives/1/successCriteria/0/measure/reference");
        where(Group.class, V1, "/objectives/0/groups/1", V2, "/objectives/1/successCriteria/0/measure/reference/group",
                V2_SCHOOL, "/objectives/0/successCriteria/0/inLineWith/benchmark/group");
        where(ProgressRecord.class, PROGRESS, "");
        where(ObservationSeries.class, PROGRESS, "/series/0");
        where(Observation.class, PROGRESS, "/series/0/observations/0");
    }

    /**
     * Constraints that no document can break past the reader's mapping, so that Bean Validation never reports them:
     * the period, the review and a stated share's label in words are read as at most 300 characters, not blank, and a longer one is a
     * problem worded by the reader ("is too long: at most 300 characters"). (A blank one, or a blank optional
     * identifier-like text, is rejected while mapping too, but with the message the constraint has.)
     */
    private static final Set<String> REJECTED_WHILE_MAPPING = Set.of(
            "EqualityPlan.periodAsWritten<>: Size", "ReviewSchedule.asWritten<>: Size", "StatedShare.label<>: Size");

    private static void where(Class<?> type, String... documentsAndPointers) {
        List<String[]> places = new ArrayList<>();
        for (int i = 0; i < documentsAndPointers.length; i += 2) {
            places.add(new String[] {documentsAndPointers[i], documentsAndPointers[i + 1]});
        }
        WHERE.put(type, places);
    }

    /** One constraint of one property (or of a type), from the metadata. */
    private record Constraint(Class<?> type, String property, Class<?> container, ConstraintDescriptor<?> descriptor) {
        String key() {
            return type.getSimpleName() + (property.isEmpty() ? "" : "." + property) + (container == null ? "" : "<>")
                    + ": " + descriptor.getAnnotation().annotationType().getSimpleName();
        }

        int attribute(String name) {
            return (Integer) descriptor.getAttributes().get(name);
        }
    }

    @Test
    void everyStructuralConstraintIsCheckedWhileMappingWithTheMessagesOfBeanValidation() {
        List<Constraint> constraints = new ArrayList<>();
        constraints.addAll(constraints(EqualityPlan.class));
        constraints.addAll(constraints(ProgressRecord.class));
        assertTrue(constraints.size() > 60, "the metadata lists " + constraints.size() + " constraints");
        Map<String, String> outcome = new TreeMap<>();
        for (Constraint c : constraints) {
            outcome.put(c.key(), check(c));
        }
        Set<String> notSeen = new TreeSet<>();
        for (Map.Entry<String, String> e : outcome.entrySet()) {
            if (!e.getValue().equals("reported")) {
                notSeen.add(e.getKey());
            }
        }
        assertEquals(new TreeSet<>(REJECTED_WHILE_MAPPING), notSeen,
                "constraints the Bean Validation pass never reported at their field");
    }

    /** Checks one constraint; returns "reported" if Bean Validation reported it at its field somewhere. */
    private static String check(Constraint c) {
        List<String[]> places = WHERE.get(c.type());
        assertTrue(places != null, c.type().getSimpleName() + " is reached through @Valid but WHERE does not say "
                + "where a document has one: add it, and the reader's checks of its constraints");
        boolean reported = false;
        int documents = 0;
        for (String[] place : places) {
            for (Violation v : violations(c, place[0], place[1])) {
                documents++;
                List<String> expected;
                try {
                    expected = v.document.startsWith("{\"kind\":\"progress-record\"")
                            ? BeanValidationPass.progress(v.document) : BeanValidationPass.plan(v.document);
                } catch (AssertionError ex) {
                    throw new AssertionError(c.key() + " in " + place[0] + " at " + v.pointer + ": " + v.what, ex);
                }
                List<String> actual = v.document.startsWith("{\"kind\":\"progress-record\"")
                        ? BeanValidationPass.progressReader(v.document) : BeanValidationPass.reader(v.document);
                assertEquals(expected, actual, () -> c.key() + " in " + place[0] + " at " + v.pointer + ": " + v.what);
                if (v.message != null) {
                    assertFalse(actual.isEmpty(), c.key() + " in " + place[0] + " at " + v.pointer + ": " + v.what
                            + " reads without a problem");
                    assertTrue(actual.stream().anyMatch(line -> line.startsWith(v.pointer + ": ")),
                            () -> c.key() + " in " + place[0] + ": no problem at " + v.pointer + " for " + v.what
                                    + ": " + actual.subList(0, Math.min(5, actual.size())));
                    reported |= actual.contains(v.pointer + ": " + v.message);
                }
            }
        }
        assertTrue(documents > 0, c.key() + ": no document could be made to break it");
        return reported ? "reported" : "rejected while mapping";
    }

    /** A document, what was changed, the pointer of the change and the message expected there (null if valid). */
    private record Violation(String document, String pointer, String what, String message) {
    }

    private static List<Violation> violations(Constraint c, String file, String at) {
        List<Violation> out = new ArrayList<>();
        String type = c.descriptor().getAnnotation().annotationType().getSimpleName();
        if (c.descriptor().getAnnotation() instanceof UniqueIds) {
            out.add(repeat(file, "/objectives/0", "/objectives/1", "objective"));
            out.add(repeat(file, "/objectives/1/successCriteria/0", "/objectives/1/successCriteria/1",
                    "success criterion"));
            out.add(repeat(file, "/objectives/0/actions/0/successCriteria/0", "/objectives/1/successCriteria/0",
                    "success criterion"));
            out.removeIf(v -> v == null);
            return out;
        }
        String field = c.property().equals("periodAsWritten") ? "/period/asWritten" : "/" + c.property();
        String pointer = at + field;
        boolean list = c.container() == null && List.class.isAssignableFrom(propertyType(c));
        switch (type) {
            case "NotBlank":
                // Hibernate Validator's @NotBlank is String.isBlank: Character.isWhitespace, no-break spaces excepted
                for (String blank : new String[] {" ", "\t\r\n ", "\u001c\u2003", "\u3000"}) {
                    out.add(text(file, c, pointer, blank, "must not be blank"));
                }
                for (String notBlank : new String[] {"\u0001", "\u00a0", "\u0000"}) {
                    out.add(text(file, c, pointer, notBlank, null));
                }
                break;
            case "Pattern":
                assertEquals("(?s).*\\S.*", c.descriptor().getAttributes().get("regexp"),
                        c.key() + ": a @Pattern other than core's NOT_BLANK; check it in NodeReader");
                for (String blank : new String[] {" ", "\n\t\u000b\f\r", "  \r\n"}) {
                    out.add(text(file, c, pointer, blank, (String) c.descriptor().getAttributes().get("message")));
                }
                // not blank for the pattern (a \S character), though blank for String.isBlank
                out.add(text(file, c, pointer, "\u001c", null));
                out.add(text(file, c, pointer, "\u2003", null));
                out.add(text(file, c, pointer, "\u0001", null));
                break;
            case "Size": {
                int min = c.attribute("min");
                int max = c.attribute("max");
                String message = "size must be between " + min + " and " + max;
                if (list) {
                    out.add(elements(file, pointer, max + 1, message));
                    out.add(elements(file, pointer, max, null));
                } else {
                    out.add(text(file, c, pointer, "x".repeat(max + 1), message));
                    out.add(text(file, c, pointer, "y".repeat(max), null));
                    if (min > 0) {
                        out.add(text(file, c, pointer, "", message));
                    }
                }
                break;
            }
            default:
                throw new AssertionError(c.key() + ": a constraint this test (and the reader) does not know");
        }
        out.removeIf(v -> v == null);
        return out;
    }

    private static Class<?> propertyType(Constraint c) {
        PropertyDescriptor p = EqualityValidation.validator().getConstraintsForClass(c.type())
                .getConstraintsForProperty(c.property());
        return p.getElementClass();
    }

    /** Gives the identified part at {@code second} the identifier of the one at {@code first}; null if none. */
    private static Violation repeat(String file, String first, String second, String kind) {
        ObjectNode root = (ObjectNode) BadDocuments.parse(golden(file));
        JsonNode id = root.at(first + "/id");
        if (!id.isTextual() || !(root.at(second) instanceof ObjectNode again)) {
            return null;
        }
        again.put("id", id.textValue());
        return new Violation(root.toString(), second + "/id", "a repeated " + kind + " identifier",
                kind + " identifier '" + id.textValue() + "' is already used earlier in the plan");
    }

    /** Sets a text field, a list's first text or a map's first value to a value; null if the place has none. */
    private static Violation text(String file, Constraint c, String pointer, String value, String message) {
        ObjectNode root = (ObjectNode) BadDocuments.parse(golden(file));
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        if (!(parent instanceof ObjectNode holder)) {
            return null;
        }
        String name = pointer.substring(slash + 1);
        String at = pointer;
        if (c.container() != null && List.class.isAssignableFrom(c.container())) {
            JsonNode existing = holder.get(name);
            ArrayNode array = existing instanceof ArrayNode a ? a : holder.putArray(name);
            if (array.size() == 0) {
                array.add("x");
            }
            array.set(0, JsonNodeFactory.instance.textNode(value));
            at = pointer + "/0";
        } else if (c.container() != null && Map.class.isAssignableFrom(c.container())) {
            JsonNode existing = holder.get(name);
            ObjectNode map = existing instanceof ObjectNode m ? m : holder.putObject(name);
            String key = map.size() == 0 ? "o1.q1" : map.properties().iterator().next().getKey();
            map.put(key, value);
            at = pointer + "/" + key;
        } else {
            holder.put(name, value);
        }
        return new Violation(root.toString(), at, c.key() + " = '" + shortened(value) + "'", message);
    }

    /** Makes a list {@code count} long by repeating its elements (identifiers and dates kept unique). */
    private static Violation elements(String file, String pointer, int count, String message) {
        ObjectNode root = (ObjectNode) BadDocuments.parse(golden(file));
        JsonNode list = root.at(pointer);
        if (!(list instanceof ArrayNode array) || array.size() == 0) {
            return null;
        }
        List<JsonNode> originals = new ArrayList<>();
        array.forEach(originals::add);
        if (originals.size() > count) {
            return null;
        }
        int[] days = {0};
        for (int i = originals.size(); i < count; i++) {
            JsonNode copy = originals.get(i % originals.size()).deepCopy();
            unique(copy, "-" + i, days);
            array.add(copy);
        }
        return new Violation(root.toString(), pointer, count + " elements", message);
    }

    /** Gives a copy its own identifiers and, for an observation, its own (later) date. */
    private static void unique(JsonNode node, String suffix, int[] days) {
        if (node instanceof ObjectNode o) {
            for (String field : new String[] {"id", "criterionId"}) {
                if (o.has(field) && o.get(field).isTextual()) {
                    o.put(field, o.get(field).textValue() + suffix);
                }
            }
            if (o.has("date") && (o.has("value") || o.has("status"))) { // an observation: dates increase
                o.put("date", LocalDate.of(2030, 1, 1).plusDays(days[0]++).toString());
            }
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                unique(e.getValue(), suffix, days);
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode e : a) {
                unique(e, suffix, days);
            }
        }
    }

    private static String shortened(String value) {
        String s = value.length() > 12 ? value.substring(0, 12) + "...(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            out.append(ch < 0x20 || ch > 0x7e ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
        }
        return out.toString();
    }

    private static String golden(String name) {
        try {
            return Files.readString(Golden.path(name), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Every default-group constraint reached from a root type, following {@code @Valid} on properties and container
     * elements, and the members of sealed families.
     */
    static List<Constraint> constraints(Class<?> root) {
        List<Constraint> found = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type.isSealed()) {
                todo.addAll(List.of(type.getPermittedSubclasses()));
            }
            BeanDescriptor bean = EqualityValidation.validator().getConstraintsForClass(type);
            for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
                if (c.getGroups().contains(Default.class)) {
                    found.add(new Constraint(type, "", null, c));
                }
            }
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                    if (c.getGroups().contains(Default.class)) {
                        found.add(new Constraint(type, p.getPropertyName(), null, c));
                    }
                }
                for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                    for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
                        if (c.getGroups().contains(Default.class)) {
                            found.add(new Constraint(type, p.getPropertyName(), e.getContainerClass(), c));
                        }
                    }
                    if (e.isCascaded()) {
                        todo.add(e.getElementClass());
                    }
                    assertTrue(e.getConstrainedContainerElementTypes().isEmpty(),
                            type.getSimpleName() + "." + p.getPropertyName() + " has nested container constraints");
                }
                if (p.isCascaded()) {
                    todo.add(p.getElementClass());
                }
            }
        }
        return found;
    }
}

package org.equalityduty.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps a path in the model of a plan to the JSON Pointer of its field in the submitted document. Not part of the
 * public API.
 *
 * <p>Wire field names equal the core property names, except for the properties that have no field of their own:
 * a date stated less precisely than a day is kept by the core types twice (the day, and the date as stated) and
 * written once, in the field of the day; a plan's open-ended start and its period in words are fields of its
 * {@code period}; a direction left unstated is the {@code direction} field. A part that the document leaves out is
 * given the pointer of the object that should hold it, the rule read errors follow. Format version 2 moved no field
 * of version 1, so the map is the same for documents of both versions.
 *
 * @since 0.2.0
 */
public final class SourcePointers {
    /** Properties of the core types whose wire field has another name. */
    private static final Map<String, String> RENAMED = Map.of(
            "deadlineAsStated", "deadline",
            "targetDateAsStated", "targetDate",
            "dueAsStated", "due",
            "dateAsStated", "date",
            "startAsStated", "start",
            "endAsStated", "end",
            "directionStated", "direction");

    private SourcePointers() {
    }

    /**
     * Gets the pointer of a model path in a document.
     *
     * @param document  the document as submitted, not null
     * @param modelPath  a Bean Validation or assessment path such as {@code objectives[2].successCriteria[0].deadline};
     *     empty, {@code plan} or {@code (plan)} for the whole plan, not null
     * @return the pointer of the deepest part of the path that the document holds, {@code ""} for the document
     */
    public static String pointer(JsonNode document, String modelPath) {
        String path = modelPath.trim();
        if (path.equals("plan") || path.equals("(plan)")) {
            path = "";
        } else if (path.startsWith("plan.")) {
            path = path.substring("plan.".length());
        }
        List<String> tokens = tokens(BeanPaths.toPointer(path));
        if (!tokens.isEmpty() && tokens.get(0).equals("openEndedStart")) {
            tokens.set(0, "start");
            tokens.add(0, "period");
        } else if (!tokens.isEmpty() && tokens.get(0).equals("periodAsWritten")) {
            tokens.set(0, "asWritten");
            tokens.add(0, "period");
        }
        StringBuilder pointer = new StringBuilder();
        JsonNode node = document;
        for (String token : tokens) {
            String name = RENAMED.getOrDefault(token, token);
            JsonNode next = child(node, name);
            if (next == null) {
                break;
            }
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            node = next;
        }
        return pointer.toString();
    }

    private static @Nullable JsonNode child(JsonNode node, String token) {
        if (node.isObject()) {
            return node.get(token);
        }
        if (node.isArray() && token.matches("[0-9]{1,9}")) {
            int i = Integer.parseInt(token);
            return i < node.size() ? node.get(i) : null;
        }
        return null;
    }

    /** Splits a pointer into its unescaped tokens. */
    private static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String t : pointer.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}

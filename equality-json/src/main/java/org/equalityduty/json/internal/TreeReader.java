package org.equalityduty.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON value from a parser into a tree, exactly: every number with a fraction or exponent becomes a
 * decimal node built from its text (never a double), integers keep their size, and a repeated field name is
 * recorded as a problem rather than silently overwriting. Not part of the public API.
 *
 * @since 0.1.0
 */
public final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeReader() {
    }

    /**
     * Reads the value at the parser's current token (advancing to the first token if there is none yet).
     *
     * @param parser  the parser, not null
     * @param problems  receives repeated field names, not null
     * @param pointer  the JSON Pointer of the value, not null
     * @return the value, null if the input has no value at all
     * @throws IOException if the input is malformed or cannot be read
     */
    public static @Nullable JsonNode read(JsonParser parser, Problems problems, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
            if (token == null) {
                return null;
            }
        }
        return value(parser, token, problems, pointer);
    }

    private static JsonNode value(JsonParser p, JsonToken token, Problems problems, String pointer) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String name = p.currentName();
                    String at = Problems.child(pointer, name);
                    JsonNode child = value(p, p.nextToken(), problems, at);
                    if (object.has(name)) {
                        problems.add(at, "field '" + Problems.abbreviate(name) + "' appears more than once");
                    } else {
                        object.set(name, child);
                    }
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t, problems, Problems.child(pointer, array.size())));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // Embedded objects only come from non-JSON sources; treat them as unreadable.
                problems.add(pointer, "is not a JSON value");
                return NODES.nullNode();
        }
    }
}

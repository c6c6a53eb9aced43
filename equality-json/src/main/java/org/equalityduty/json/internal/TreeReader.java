package org.equalityduty.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON value from a parser into a tree, exactly: every number with a fraction or exponent becomes a
 * decimal node built from its text (never a double), integers keep their size, and a repeated field name is
 * recorded as a problem rather than silently overwriting. Not part of the public API.
 *
 * <p>The reader is iterative, so that the depth of the input is bounded by the parser's nesting limit and the
 * heap, never by the thread's stack. Text (values and field names) must be valid Unicode: an unpaired surrogate,
 * which an escape such as {@code \ud800} or bytes that are not valid UTF-8 leave behind, is a problem. A number
 * whose exponent lies outside {@code -}{@value #MAX_EXPONENT} to {@value #MAX_EXPONENT} is a problem too, so that
 * no later arithmetic on its scale can overflow.
 *
 * @since 0.1.0
 */
public final class TreeReader {
    /** The largest exponent magnitude of a number: far beyond any limit on digits, well inside int range. */
    static final int MAX_EXPONENT = 1000;

    /** The message for text that is not valid Unicode. */
    static final String INVALID_TEXT = "is not valid text: it has an unpaired surrogate (an escape \\ud800 to "
            + "\\udfff without its pair) or bytes that are not valid UTF-8";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeReader() {
    }

    /** An open array or object and where it is. */
    private static final class Frame {
        final ContainerNode<?> node;
        final Pointer location;

        Frame(ContainerNode<?> node, Pointer location) {
            this.node = node;
            this.location = location;
        }
    }

    /**
     * Reads the value at the parser's current token (advancing to the first token if there is none yet).
     *
     * @param parser  the parser, not null
     * @param problems  receives repeated field names, invalid text and numbers out of range, not null
     * @param pointer  the JSON Pointer of the value, not null
     * @return the value, null if the input has no value at all
     * @throws IOException if the input is malformed or cannot be read
     * @throws Problems.Stop if a field name is longer than the parser's limit (recorded as a problem at the object
     *     that holds it), or the problem limit is reached
     */
    public static @Nullable JsonNode read(JsonParser parser, Problems problems, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
            if (token == null) {
                return null;
            }
        }
        Pointer base = Pointer.of(pointer);
        ContainerNode<?> root = container(token);
        if (root == null) {
            return scalar(parser, token, problems, base, null, -1);
        }
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(root, base));
        while (!open.isEmpty()) {
            Frame top = open.peek();
            if (top.node.isObject()) {
                JsonToken t = nextName(parser, problems, top.location);
                if (t == JsonToken.END_OBJECT) {
                    open.pop();
                    continue;
                }
                if (t != JsonToken.FIELD_NAME) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "Unexpected end-of-input in an object");
                }
                String name = parser.currentName();
                if (Problems.unpairedSurrogate(name) >= 0) {
                    problems.add(top.location.toString(), "a field name " + INVALID_TEXT);
                }
                JsonNode child = value(parser, parser.nextToken(), problems, top.location, name, -1, open);
                ObjectNode object = (ObjectNode) top.node;
                // One look-up when the name is new (the usual case); a repeat keeps the first value.
                JsonNode first = object.replace(name, child);
                if (first != null) {
                    object.replace(name, first);
                    problems.add(top.location.child(name).toString(), "field '" + Problems.abbreviate(name)
                            + "' appears more than once");
                }
            } else {
                JsonToken t = parser.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                ArrayNode array = (ArrayNode) top.node;
                array.add(value(parser, t, problems, top.location, null, array.size(), open));
            }
        }
        return root;
    }

    /**
     * Reads a value, the field {@code name} (or, if null, the element {@code index}) of the container at
     * {@code parent}; a new array or object is returned empty and opened on the stack. A scalar's location is made
     * only if it has a problem.
     */
    private static JsonNode value(JsonParser p, JsonToken token, Problems problems, Pointer parent,
            @Nullable String name, int index, Deque<Frame> open) throws IOException {
        if (token == null) {
            // A parser over buffered tokens can end inside a value; a parser over text reports this itself.
            throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input within a value");
        }
        ContainerNode<?> node = container(token);
        if (node == null) {
            return scalar(p, token, problems, parent, name, index);
        }
        open.push(new Frame(node, name != null ? parent.child(name) : parent.child(index)));
        return node;
    }

    private static @Nullable ContainerNode<?> container(JsonToken token) {
        if (token == JsonToken.START_OBJECT) {
            return NODES.objectNode();
        }
        return token == JsonToken.START_ARRAY ? NODES.arrayNode() : null;
    }

    /**
     * Advances to the next field name or the end of the object. A name longer than the limits is reported at the
     * object holding it, with the parser's name limit: the parser may find it too long either as a name or, when
     * it spans buffers, as text, and the context it gives still points at the previous field.
     */
    private static JsonToken nextName(JsonParser p, Problems problems, Pointer object) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException ex) {
            String original = ex.getOriginalMessage();
            if (original != null && (original.startsWith("Name length") || original.startsWith("String value length"))) {
                problems.stop(object.toString(), "a field name is longer than the limit of "
                        + p.streamReadConstraints().getMaxNameLength() + " characters");
            }
            throw ex;
        }
    }

    /** The pointer of a value: the field {@code name} or element {@code index} of {@code parent}, or it itself. */
    private static String pointer(Pointer parent, @Nullable String name, int index) {
        return (name != null ? parent.child(name) : index >= 0 ? parent.child(index) : parent).toString();
    }

    private static JsonNode scalar(JsonParser p, JsonToken token, Problems problems, Pointer parent,
            @Nullable String name, int index) throws IOException {
        switch (token) {
            case VALUE_STRING:
                String text = p.getText();
                if (Problems.unpairedSurrogate(text) >= 0) {
                    problems.add(pointer(parent, name, index), INVALID_TEXT);
                }
                return NODES.textNode(text);
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
                if (!saneExponent(p.getText())) {
                    problems.add(pointer(parent, name, index), "is out of range: the exponent of a number must be between -" + MAX_EXPONENT
                            + " and " + MAX_EXPONENT);
                    return NODES.nullNode();
                }
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // Embedded objects only come from non-JSON sources; treat them as unreadable.
                problems.add(pointer(parent, name, index), "is not a JSON value");
                return NODES.nullNode();
        }
    }

    /**
     * Checks the exponent of a JSON number's text (which the parser has already checked to be a number) without
     * converting it: {@code 1e2147483648} would overflow the scale of a decimal.
     */
    static boolean saneExponent(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return true;
        }
        int i = e + 1;
        if (i < number.length() && (number.charAt(i) == '+' || number.charAt(i) == '-')) {
            i++;
        }
        while (i < number.length() - 1 && number.charAt(i) == '0') {
            i++;
        }
        String digits = number.substring(i);
        return !digits.isEmpty() && digits.length() <= 4 && Integer.parseInt(digits) <= MAX_EXPONENT;
    }
}

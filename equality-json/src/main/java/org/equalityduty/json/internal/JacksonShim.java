package org.equalityduty.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * What differs between Jackson 2 and Jackson 3 beyond names: the signatures of serializers and deserializers and
 * how input and output failures surface. The rest of this package is written once, against Jackson 2, and
 * {@code equality-json-jackson3} rewrites it to Jackson 3 at build time by renaming; it replaces this one class
 * by its own, with the same members. Not part of the public API.
 *
 * <p>This is the Jackson 2 version: I/O failures are {@link IOException}s, and Jackson's own exceptions are
 * checked {@code IOException}s too.
 *
 * @since 0.2.0
 */
final class JacksonShim {
    private JacksonShim() {
    }

    /**
     * Rethrows an input failure that the parser wrapped, so that it is not taken for malformed content. Jackson 2
     * does not wrap them: a failing stream or reader throws its own {@link IOException}, never a
     * {@link JsonProcessingException}.
     *
     * @param ex  what the parser threw, not null
     */
    static void rethrowInputFailure(JsonProcessingException ex) {
        // nothing to unwrap in Jackson 2
    }

    /**
     * Gets the parser's message for a malformed document, in Jackson 2's words (the messages are part of the
     * reader contract).
     *
     * @param ex  what the parser threw, not null
     * @return the message without location, null if there is none
     */
    static @Nullable String originalMessage(JsonProcessingException ex) {
        return ex.getOriginalMessage();
    }

    /**
     * Checks whether the parser stopped at a field name that is not valid Unicode text. Jackson 2 reads such names
     * (the tree reader reports them and reads on), so never.
     *
     * @param ex  what the parser threw, not null
     * @return false
     */
    static boolean unpairedSurrogateInName(JsonProcessingException ex) {
        return false;
    }

    /**
     * Gets where the parser found a document malformed, as Jackson 2 reports it: the position it had reached.
     *
     * @param parser  the parser, not null
     * @param ex  what it threw, not null
     * @return the location, null if unknown
     */
    static @Nullable JsonLocation errorLocation(JsonParser parser, JsonProcessingException ex) {
        return ex.getLocation();
    }

    /**
     * Writes a tree to a writer.
     *
     * @param writer  the configured writer, not null
     * @param out  the destination, not null
     * @param tree  the document, not null
     * @throws IOException if the destination fails
     */
    static void writeValue(ObjectWriter writer, Writer out, JsonNode tree) throws IOException {
        writer.writeValue(out, tree);
    }

    /**
     * A serializer that writes a value as a tree.
     *
     * @param <T> the type
     */
    abstract static class TreeSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        TreeSerializer(Class<T> type) {
            super(type);
        }

        /**
         * Makes the tree of a value.
         *
         * @param value  the value, not null
         * @return the tree, not null
         */
        abstract JsonNode tree(T value);

        @Override
        public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeTree(tree(value));
        }
    }

    /**
     * A deserializer that reads a value from the parser.
     *
     * @param <T> the type
     */
    abstract static class TreeDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        TreeDeserializer(Class<T> type) {
            super(type);
        }

        /**
         * Reads a value.
         *
         * @param p  the parser, at the value's first token, not null
         * @return the value, not null
         * @throws IOException if the input cannot be read or the value has problems
         */
        abstract T read(JsonParser p) throws IOException;

        @Override
        public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p);
        }
    }
}

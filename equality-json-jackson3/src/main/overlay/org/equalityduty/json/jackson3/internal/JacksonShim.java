package org.equalityduty.json.jackson3.internal;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * What differs between Jackson 2 and Jackson 3 beyond names: the signatures of serializers and deserializers and
 * how input and output failures surface. The rest of this package is equality-json's, rewritten to Jackson 3 at
 * build time by renaming; this class stands in for equality-json's {@code JacksonShim}, with the same members.
 * Not part of the public API.
 *
 * <p>This is the Jackson 3 version: Jackson's exceptions are unchecked, and a failing stream, reader or writer
 * surfaces as a {@link JacksonIOException} wrapping the {@link IOException}.
 *
 * @since 0.2.0
 */
final class JacksonShim {
    private JacksonShim() {
    }

    /**
     * Rethrows an input failure that the parser wrapped, so that it is not taken for malformed content: the
     * reader's own {@link IOException} (such as a document over its length limit) reaches the caller as itself.
     *
     * @param ex  what the parser threw, not null
     * @throws IOException the wrapped failure, if {@code ex} wraps one
     */
    static void rethrowInputFailure(JacksonException ex) throws IOException {
        if (ex instanceof JacksonIOException && ex.getCause() instanceof IOException) {
            throw (IOException) ex.getCause();
        }
    }

    /**
     * Gets the parser's message for a malformed document, in Jackson 2's words (the messages are part of the
     * reader contract): Jackson 3 says "property name" where Jackson 2 said "field name".
     *
     * @param ex  what the parser threw, not null
     * @return the message without location, null if there is none
     */
    static @Nullable String originalMessage(JacksonException ex) {
        String original = ex.getOriginalMessage();
        return original == null ? null : original.replace("property name", "field name");
    }

    /**
     * Checks whether the parser stopped at a field name that is not valid Unicode text: Jackson 3 checks the
     * surrogates of escapes in names itself ("Unexpected low surrogate in property name", "Broken surrogate pair
     * in property name"), where Jackson 2 reads them and leaves the check to the tree reader. The problem is the
     * same; only what comes after it in the document is not read.
     *
     * @param ex  what the parser threw, not null
     * @return true if it is about a surrogate in a name
     */
    static boolean unpairedSurrogateInName(JacksonException ex) {
        String original = ex.getOriginalMessage();
        return original != null && original.contains("surrogate") && original.contains("in property name");
    }

    /**
     * Gets where the parser found a document malformed, as Jackson 2 reports it: for an unrecognized token, the
     * position the parser had reached (Jackson 3 gives the token's start); otherwise the exception's own.
     *
     * @param parser  the parser, not null
     * @param ex  what it threw, not null
     * @return the location, null if unknown
     */
    static @Nullable TokenStreamLocation errorLocation(JsonParser parser, JacksonException ex) {
        String original = ex.getOriginalMessage();
        return original != null && original.startsWith("Unrecognized token") ? parser.currentLocation() : ex.getLocation();
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
        try {
            writer.writeValue(out, tree);
        } catch (JacksonIOException ex) {
            rethrowInputFailure(ex);
            throw ex;
        }
    }

    /**
     * A serializer that writes a value as a tree.
     *
     * @param <T> the type
     */
    abstract static class TreeSerializer<T> extends StdSerializer<T> {
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
        public final void serialize(T value, JsonGenerator gen, SerializationContext provider) {
            gen.writeTree(tree(value));
        }
    }

    /**
     * A deserializer that reads a value from the parser.
     *
     * @param <T> the type
     */
    abstract static class TreeDeserializer<T> extends StdDeserializer<T> {
        TreeDeserializer(Class<T> type) {
            super(type);
        }

        /**
         * Reads a value.
         *
         * @param p  the parser, at the value's first token, not null
         * @return the value, not null
         * @throws IOException if the input cannot be read (the shared code declares it; Jackson 3 wraps such
         *     failures itself)
         */
        abstract T read(JsonParser p) throws IOException;

        @Override
        public final T deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return read(p);
            } catch (IOException ex) {
                throw JacksonIOException.construct(ex);
            }
        }
    }
}

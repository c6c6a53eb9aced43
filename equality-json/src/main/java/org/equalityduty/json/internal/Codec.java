package org.equalityduty.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Generic Jackson serializer and deserializer of one core type, delegating to {@link NodeWriter} and
 * {@link NodeReader}, so that the module and the facade share one wire format. Not part of the public API.
 *
 * @since 0.1.0
 */
public final class Codec {
    private Codec() {
    }

    /** Reads a part of a document. */
    @FunctionalInterface
    public interface Mapping<T> {
        /**
         * Reads a value.
         *
         * @param reader  the reader, not null
         * @param node  the node, not null
         * @param at  its pointer, not null
         * @return the value, null if there were problems
         */
        T read(NodeReader reader, JsonNode node, Pointer at);
    }

    /**
     * Writes a core value through its JSON tree.
     *
     * @param <T> the type
     * @since 0.1.0
     */
    public static final class Serializer<T> extends JacksonShim.TreeSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, JsonNode> write;

        /**
         * Creates a serializer.
         *
         * @param type  the type handled, not null
         * @param write  makes the tree, not null
         */
        public Serializer(Class<T> type, Function<T, JsonNode> write) {
            super(type);
            this.write = write;
        }

        @Override
        JsonNode tree(T value) {
            return write.apply(value);
        }
    }

    /**
     * Reads a core value through its JSON tree, listing every problem with a pointer.
     *
     * @param <T> the type
     * @since 0.1.0
     */
    public static final class Deserializer<T> extends JacksonShim.TreeDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Mapping<T> mapping;
        private final boolean validate;
        private final int maxProblems;
        private final transient Function<ReadFailure, ? extends RuntimeException> exceptions;

        /**
         * Creates a deserializer.
         *
         * @param type  the type handled, not null
         * @param mapping  maps the tree, not null
         * @param validate  whether to run structural validation on plans and progress records
         * @param maxProblems  the most problems to list, positive
         * @param exceptions  makes the exception that lists the problems, the cause of the one thrown, not null
         */
        public Deserializer(Class<T> type, Mapping<T> mapping, boolean validate, int maxProblems,
                Function<ReadFailure, ? extends RuntimeException> exceptions) {
            super(type);
            this.mapping = mapping;
            this.validate = validate;
            this.maxProblems = maxProblems;
            this.exceptions = exceptions;
        }

        @Override
        T read(JsonParser p) throws IOException {
            String base = basePointer(p);
            Problems problems = new Problems(maxProblems);
            T value = null;
            try {
                JsonNode tree = TreeReader.read(p, problems, base);
                if (tree != null && problems.count() == 0) {
                    value = mapping.read(new NodeReader(problems, validate), tree, Pointer.of(base));
                }
            } catch (Problems.Stop stop) {
                // the exception lists the problems found so far
            }
            if (problems.count() > 0) {
                RuntimeException cause = exceptions.apply(problems.failure());
                MismatchedInputException ex = MismatchedInputException.from(p, handledType(), cause.getMessage());
                ex.initCause(cause);
                throw ex;
            }
            // No problem, so the tree was read and mapped: both record a problem whenever they give null.
            return Objects.requireNonNull(value, "value");
        }

        private static String basePointer(JsonParser p) {
            JsonStreamContext context = p.getParsingContext();
            JsonToken token = p.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
                context = context.getParent();
            }
            return context.pathAsPointer().toString();
        }
    }
}

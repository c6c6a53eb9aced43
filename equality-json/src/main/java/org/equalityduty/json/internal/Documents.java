package org.equalityduty.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Strict parsing and deterministic writing of whole documents. Not part of the public API.
 *
 * <p>Parsing applies the caller's limits ({@link StreamReadConstraints}), rejects repeated field names
 * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}, or the tree reader's own check in a quick read of bytes)
 * and content after the document (the equivalent of
 * {@code FAIL_ON_TRAILING_TOKENS}), reads every decimal exactly from its text, and never enables default typing
 * or coercion: the tree is mapped to core types by {@link NodeReader}, which accepts only the JSON types the
 * format names.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Documents {
    /**
     * The writers, built on first write: reading needs only the parser factory and the tree, and an
     * {@code ObjectMapper} loads and initialises a few hundred classes (serializers, introspection), which a command
     * that only reads (such as {@code check}) would pay for at every start.
     */
    private static final class Writers {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .build();
        static final ObjectWriter COMPACT = MAPPER.writer();
        static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")));

        private Writers() {
        }
    }

    private final JsonFactory factory;
    private final ReadLimits limits;
    /** The parser factory of a quick read, {@link #factory} without its own repeated-name check. */
    private final JsonFactory quick;

    /**
     * Creates the documents reader and writer for some limits.
     *
     * @param limits  the limits of every read, not null
     */
    public Documents(ReadLimits limits) {
        this.limits = limits;
        this.factory = factory(limits, true);
        this.quick = factory(limits, false);
    }

    /**
     * A parser factory with the limits. With {@code duplicates}, the parser itself rejects a repeated field name,
     * stopping there (the problem the contract lists); without, the tree reader records it, which is all the quick
     * read of a document that has no problem needs to know.
     */
    private static JsonFactory factory(ReadLimits limits, boolean duplicates) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.getMaxDocumentLength())
                        .maxNestingDepth(limits.getMaxNestingDepth())
                        .maxStringLength(limits.getMaxStringLength())
                        .maxNumberLength(limits.getMaxNumberLength())
                        .maxNameLength(limits.getMaxNameLength())
                        .build())
                // No buffers carried from one parse to the next: a thread's history must not change what a
                // document reads as (a recycled buffer large enough for a long name changes which limit trips).
                .recyclerPool(JsonRecyclerPools.nonRecyclingPool())
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicates)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Gets the parser factory, configured with the limits.
     *
     * @return the factory, not null
     */
    public JsonFactory factory() {
        return factory;
    }

    /** Opens a parser on some input. */
    @FunctionalInterface
    public interface Source {
        /**
         * Opens the parser.
         *
         * @param factory  the factory, not null
         * @return the parser, not null
         * @throws IOException if the input cannot be opened
         */
        JsonParser open(JsonFactory factory) throws IOException;
    }

    /**
     * Reads one document.
     *
     * @param <T> the document type
     * @param source  the input, not null
     * @param mapping  maps the tree; returns null if it recorded problems, not null
     * @return the value, not null
     * @throws ReadFailure if the document has any problem (the facade turns it into its exception)
     * @throws IOException if the input cannot be read (not for malformed content)
     */
    public <T> T read(Source source, BiFunction<NodeReader, JsonNode, T> mapping) throws IOException {
        Problems problems = new Problems(limits.getMaxProblems());
        T value = null;
        try {
            try (JsonParser parser = source.open(factory)) {
                JsonNode tree = parse(parser, problems);
                if (tree != null && problems.count() == 0) {
                    value = mapping.apply(new NodeReader(problems, true), tree);
                }
            }
        } catch (Problems.Stop stop) {
            // fall through: the exception lists the problems found so far
        } catch (Limited.TooLong ex) {
            // while opening: the first bytes are read to detect the encoding
            problems.add("", "the document is longer than the limit of " + limits.getMaxDocumentLength() + " characters");
        }
        problems.throwIfAny();
        // No problem, so the tree was read and mapped: parse and the mapping record a problem whenever they give null.
        return Objects.requireNonNull(value, "value");
    }

    /**
     * Reads one document from a stream of bytes; the stream is not closed. Bytes that fit the document length
     * limit are read whole first; if they are plain UTF-8 ({@link Input.Bytes#utf8Start()}), a parser of bytes
     * reads them, and a document without any problem is returned from that quick read. Anything else (a problem
     * of any kind, other bytes, a longer or failing stream) is read again the one way the contract describes,
     * {@link Input#of(InputStream, long)} and {@link #read(Source, BiFunction)}, from the same bytes, so that
     * the problems, their pointers, messages and order, and any exception are exactly the ones that read gives.
     *
     * @param <T> the document type
     * @param in  the input, not null
     * @param mapping  maps the tree; returns null if it recorded problems, not null
     * @return the value, not null
     * @throws ReadFailure if the document has any problem (the facade turns it into its exception)
     * @throws IOException if the stream cannot be read (not for malformed content)
     */
    public <T> T read(InputStream in, BiFunction<NodeReader, JsonNode, T> mapping) throws IOException {
        Input.Bytes bytes = Input.Bytes.read(in, limits.getMaxDocumentLength());
        int start = bytes.utf8Start();
        if (start >= 0) {
            T value = quickly(bytes.buffer(), start, bytes.length(), mapping);
            if (value != null) {
                return value;
            }
        }
        return read(f -> f.createParser(Input.of(bytes.replay(in), limits.getMaxDocumentLength())), mapping);
    }

    /**
     * Reads a document of well-formed UTF-8 with the parser of bytes, giving up at the first problem of any kind.
     * The tokens are the ones the parser of characters reads from the decoded text, and the limits trip no later
     * (the document fits its length limit in bytes, and a name, string or number is no shorter in bytes than in
     * characters), so a document that reads here without a problem reads to the same value the other way.
     *
     * @return the value, or null if the document has any problem
     */
    private <T> @Nullable T quickly(byte[] bytes, int from, int to, BiFunction<NodeReader, JsonNode, T> mapping) {
        Problems problems = new Problems(limits.getMaxProblems());
        try (JsonParser parser = quick.createParser(bytes, from, to - from)) {
            JsonNode tree = TreeReader.read(parser, problems, "");
            if (tree == null || problems.count() > 0 || parser.nextToken() != null) {
                return null;
            }
            T value = mapping.apply(new NodeReader(problems, true), tree);
            return problems.count() == 0 ? value : null;
        } catch (IOException | RuntimeException ex) {
            // A problem (malformed, over a limit, repeated, or the problem limit reached): the full read says which.
            return null;
        }
    }

    private @Nullable JsonNode parse(JsonParser parser, Problems problems) throws IOException {
        try {
            JsonNode tree = TreeReader.read(parser, problems, "");
            if (tree == null) {
                problems.add("", "the document is empty; it must be a JSON object");
                return null;
            }
            if (parser.nextToken() != null) {
                problems.add("", "there is more content after the end of the document at "
                        + where(parser.currentTokenLocation()) + "; a file holds exactly one document");
                return null;
            }
            return tree;
        } catch (Limited.TooLong ex) {
            problems.add("", "the document is longer than the limit of " + limits.getMaxDocumentLength() + " characters");
        } catch (StreamConstraintsException ex) {
            problems.add(pointer(parser), limitMessage(ex.getOriginalMessage()));
        } catch (JsonProcessingException ex) {
            JacksonShim.rethrowInputFailure(ex);
            String original = JacksonShim.originalMessage(ex);
            JsonLocation at = JacksonShim.errorLocation(parser, ex);
            if (original != null && original.startsWith("Duplicate")) {
                String name = parser.currentName();
                problems.add(pointer(parser), "field '" + Problems.abbreviate(name == null ? "" : name)
                        + "' appears more than once");
            } else if (JacksonShim.unpairedSurrogateInName(ex)) {
                problems.add(holder(parser), "a field name " + TreeReader.INVALID_TEXT);
            } else if (surrogateCharacter(original)) {
                problems.add(pointer(parser), "the document is not valid text at " + where(at)
                        + ": it has an unpaired surrogate or bytes that are not valid UTF-8");
            } else {
                problems.add(pointer(parser), "the document is not well-formed JSON at " + where(at)
                        + ": " + syntaxMessage(original));
            }
        } catch (java.io.CharConversionException ex) {
            // Only from a parser given bytes directly (the readers here decode bytes themselves); never a crash.
            problems.add(pointer(parser), "the document is not valid text in its encoding (UTF-8, UTF-16 or UTF-32)");
        }
        return null;
    }

    /** The parser's description of an unexpected character, such as {@code (code 57343 / 0xdfff)}. */
    private static final java.util.regex.Pattern CHARACTER_CODE = java.util.regex.Pattern.compile("\\(code ([0-9]{1,7}) /");

    /** Whether a parser message is about an unexpected surrogate (U+D800 to U+DFFF) outside a string. */
    static boolean surrogateCharacter(@Nullable String original) {
        if (original == null) {
            return false;
        }
        java.util.regex.Matcher m = CHARACTER_CODE.matcher(original);
        return m.find() && Character.isSurrogate((char) Integer.parseInt(m.group(1)))
                && Integer.parseInt(m.group(1)) <= Character.MAX_VALUE;
    }

    /** The pointer of the object or array the parser is in. */
    private static String holder(JsonParser parser) {
        try {
            JsonStreamContext context = parser.getParsingContext();
            return context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
        } catch (RuntimeException ex) {
            return "";
        }
    }

    private static String pointer(JsonParser parser) {
        try {
            return parser.getParsingContext().pathAsPointer().toString();
        } catch (RuntimeException ex) {
            return "";
        }
    }

    private static String where(@Nullable JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "an unknown position";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Keeps the first sentence of a parser message, without hints about Java configuration. */
    static String syntaxMessage(@Nullable String original) {
        if (original == null) {
            return "unexpected input";
        }
        String s = original;
        for (String cut : new String[] {"\n", "`", " (for ", "(not recognized", "; enable", ": enable", " enable "}) {
            int i = s.indexOf(cut);
            if (i >= 0) {
                s = s.substring(0, i);
            }
        }
        s = s.trim();
        if (s.endsWith(":") || s.endsWith(";") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.length() > 120 ? s.substring(0, 120) + "..." : s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    private String limitMessage(String original) {
        String s = original == null ? "" : original;
        if (s.startsWith("Document length")) {
            return "the document is longer than the limit of " + limits.getMaxDocumentLength() + " characters";
        }
        if (s.contains("nesting depth")) {
            return "lists and objects are nested more than " + limits.getMaxNestingDepth() + " levels deep";
        }
        if (s.startsWith("String value length")) {
            return "text is longer than the limit of " + limits.getMaxStringLength() + " characters";
        }
        if (s.startsWith("Number value length")) {
            return "a number is longer than the limit of " + limits.getMaxNumberLength() + " characters";
        }
        if (s.startsWith("Name length")) {
            return "a field name is longer than the limit of " + limits.getMaxNameLength() + " characters";
        }
        return "the document exceeds a reading limit";
    }

    /**
     * Writes a tree deterministically.
     *
     * @param tree  the document, not null
     * @param pretty  true for two-space indentation, one field per line and a final newline
     * @param out  the destination, not closed, not null
     * @throws IOException if writing fails
     */
    public static void write(JsonNode tree, boolean pretty, Writer out) throws IOException {
        JacksonShim.writeValue(pretty ? Writers.PRETTY : Writers.COMPACT, out, tree);
        if (pretty) {
            out.write('\n');
        }
        out.flush();
    }

    /**
     * Writes a tree deterministically to a string.
     *
     * @param tree  the document, not null
     * @param pretty  true for two-space indentation, one field per line and a final newline
     * @return the text, not null
     */
    public static String write(JsonNode tree, boolean pretty) {
        try {
            String s = (pretty ? Writers.PRETTY : Writers.COMPACT).writeValueAsString(tree);
            return pretty ? s + "\n" : s;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a JSON tree could not be written", ex);
        }
    }
}

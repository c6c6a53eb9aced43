package org.equalityduty.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.equalityduty.json.EqualityJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code schema [plan|progress-record|progress-report]}: prints the JSON Schema of a document kind, as shipped in the
 * equality-json jar.
 *
 * @since 0.2.0
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of a document kind, as shipped in equality-json's jar.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the schema was printed", "2:the arguments cannot be used"})
final class SchemaCommand implements Callable<Integer> {

    /** The document kinds with a schema. */
    enum Kind {
        plan(EqualityJson.PLAN_SCHEMA_RESOURCE),
        progress_record(EqualityJson.PROGRESS_SCHEMA_RESOURCE),
        progress_report(EqualityJson.REPORT_SCHEMA_RESOURCE);

        private final String resource;

        Kind(String resource) {
            this.resource = resource;
        }

        /** The name on the command line. */
        @Override
        public String toString() {
            return name().replace('_', '-');
        }

        static Kind parse(String value) {
            for (Kind k : values()) {
                if (k.toString().equals(value)) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a document kind; it must"
                    + " be plan, progress-record or progress-report"
                    + suggestion(value));
        }

        private static String suggestion(String value) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Kind k : values()) {
                names.add(k.toString());
            }
            java.util.List<String> near = Suggestions.closest(value, names);
            return near.isEmpty() ? "" : ". Did you mean " + Suggestions.alternatives(near) + "?";
        }
    }

    @ParentCommand
    private EqualityDutyCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", defaultValue = "plan",
            converter = KindConverter.class,
            description = "plan, progress-record or progress-report; default ${DEFAULT-VALUE}.")
    private Kind kind;

    /** Reads a kind by its command-line name. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return Kind.parse(value);
        }
    }

    @Override
    public Integer call() {
        parent.out().print(schema(kind));
        return 0;
    }

    /** The schema text of a kind, ending with a new line. */
    static String schema(Kind kind) {
        try (InputStream in = EqualityJson.class.getResourceAsStream(kind.resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + kind.resource + " is missing from equality-json");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

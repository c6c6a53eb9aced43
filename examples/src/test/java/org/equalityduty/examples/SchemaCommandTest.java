package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code schema}: prints the JSON Schemas shipped in equality-json's jar, byte for byte. */
class SchemaCommandTest {
    private static final String HELP =
            "For help: mvn -q -pl examples -am test-compile exec:java -Dexec.args='schema --help'\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Read here straight from the class path, not through the command. */
    private static String shipped(String name) throws IOException {
        try (InputStream in = SchemaCommandTest.class.getResourceAsStream("/org/equalityduty/json/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        }
    }

    @Test
    void printsThePlanSchemaByDefault() throws IOException {
        assertEquals(0, run("schema"));
        assertEquals("", err());
        assertEquals(shipped("equality-plan.schema.json"), out());
        JsonNode schema = new ObjectMapper().readTree(out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals("equality-plan", schema.at("/properties/kind/const").asText(), schema.at("/properties/kind")
                .toString());
        assertEquals(0, run("schema", "plan"));
        assertEquals(shipped("equality-plan.schema.json"), out());
    }

    @Test
    void printsTheProgressSchemas() throws IOException {
        assertEquals(0, run("schema", "progress-record"));
        assertEquals(shipped("progress-record.schema.json"), out());
        assertEquals(0, run("schema", "progress-report"));
        assertEquals(shipped("progress-report.schema.json"), out());
    }

    @Test
    void anUnknownKindExitsTwoWithADidYouMean() {
        assertEquals(2, run("schema", "progres-report"));
        assertEquals("Invalid KIND: 'progres-report' is not a document kind; it must be plan, progress-record or"
                + " progress-report. Did you mean 'progress-report'?\n" + HELP, err());
        assertEquals("", out());
        assertEquals(2, run("schema", "pdf"));
        assertEquals("Invalid KIND: 'pdf' is not a document kind; it must be plan, progress-record or"
                + " progress-report\n" + HELP, err());
        assertEquals(2, run("schema", "plan", "extra"));
        assertEquals("Unexpected argument: 'extra'\n" + HELP, err());
    }
}

package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suppress}: outputs for good tables, and the exact one-line message for every kind of bad input. */
class SuppressCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String json) throws IOException {
        Path f = dir.resolve("table.json");
        Files.writeString(f, json);
        return f;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * Two small counts in one column, w|c = 4 and x|c = 5, with every total published. A cycle through w|a and x|a
     * alone is not enough: w|c could then move only between 1 and 8 (x|c must stay at least 1), a width of 7. The
     * command withholds columns a and c whole. Worked by hand from the published totals (rows 34, 95, 151; columns
     * a 212, c 68; every hidden count at least 1): w|c lies in [1, 33] (33 when w|a = 1) and x|c in [1, 66]
     * (66 when w|c = y|c = 1), both at least 10 wide.
     */
    @Test
    void suppressesSmallCountsAndEnoughOthers() throws IOException {
        Path f = file("{\"rows\": [\"w\", \"x\", \"y\"], \"cols\": [\"a\", \"b\", \"c\"],"
                + " \"cells\": [[30, 47, 4], [90, 124, 5], [92, 100, 59]]}");
        assertEquals(0, run("suppress", f.toString()), err());
        assertEquals("{\n"
                + "  \"rows\" : [ \"w\", \"x\", \"y\" ],\n"
                + "  \"cols\" : [ \"a\", \"b\", \"c\" ],\n"
                + "  \"cells\" : [ [ 30, 47, 4 ], [ 90, 124, 5 ], [ 92, 100, 59 ] ],\n"
                + "  \"suppressed\" : [ [ 0, 0 ], [ 0, 2 ], [ 1, 0 ], [ 1, 2 ], [ 2, 0 ], [ 2, 2 ] ],\n"
                + "  \"primary\" : [ [ 0, 2 ], [ 1, 2 ] ]\n"
                + "}\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err());
    }

    @Test
    void aTableWithNoSmallCountIsUnchanged() throws IOException {
        Path f = file("{\"rows\": [\"a\", \"b\"], \"cols\": [\"x\", \"y\"], \"cells\": [[10, 20], [30, 0]]}");
        assertEquals(0, run("suppress", f.toString(), "--threshold", "10"));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("[]", root.get("suppressed").toString());
        assertEquals("[]", root.get("primary").toString());
    }

    @Test
    void theThresholdIsAnOption() throws IOException {
        Path f = file("{\"rows\": [\"a\", \"b\"], \"cols\": [\"x\", \"y\"], \"cells\": [[10, 20], [30, 40]]}");
        assertEquals(0, run("suppress", f.toString(), "--threshold", "5"));
        assertEquals("[]", new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("primary").toString());
    }

    /** A row total of 7 is published and below the threshold: the table cannot be shown safely; fail closed. */
    @Test
    void aSmallPublishedTotalWithholdsTheTable() throws IOException {
        Path f = file("{\"rows\": [\"a\", \"b\"], \"cols\": [\"x\", \"y\"], \"cells\": [[3, 4], [30, 40]]}");
        assertEquals(1, run("suppress", f.toString()));
        assertEquals("The table cannot be published safely with its totals (the total of row 'a' is below the"
                + " threshold); withhold it.\n", err());
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(root.get("withheld").asBoolean());
        assertEquals(4, root.get("suppressed").size());
    }

    private void assertBad(String json, String message) throws IOException {
        Path f = file(json);
        out.reset();
        err.reset();
        assertEquals(2, run("suppress", f.toString()), json);
        assertEquals(f + message + "\n", err(), json);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputGetsOneLineAndExitTwo() throws IOException {
        assertBad("", " is empty; it must hold {\"rows\": [...], \"cols\": [...], \"cells\": [[...]]}");
        assertBad("{\"rows\": [", " is not valid JSON at line 1, column 11");
        assertBad("[1, 2]", ": the document must be an object {\"rows\": [...], \"cols\": [...], \"cells\": [[...]]}");
        assertBad("{\"rows\": [\"a\"], \"rows\": [\"b\"], \"cols\": [\"x\"], \"cells\": [[1]]}",
                " is not valid JSON at line 1, column 23: a field appears twice");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[1]]} {}",
                " is not valid JSON at line 1, column 48: there is content after the table");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[1]], \"extra\": 1}",
                ": /extra is not a field of a table (the fields are rows, cols and cells)");
        assertBad("{\"cols\": [\"x\"], \"cells\": [[1]]}", ": /rows is missing");
        assertBad("{\"rows\": [\"a\"], \"cells\": [[1]]}", ": /cols is missing");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"]}", ": /cells is missing");
        assertBad("{\"rows\": [], \"cols\": [\"x\"], \"cells\": []}", ": /rows must be a non-empty array of labels");
        assertBad("{\"rows\": \"a\", \"cols\": [\"x\"], \"cells\": [[1]]}", ": /rows must be a non-empty array of labels");
        assertBad("{\"rows\": [\"a\", 3], \"cols\": [\"x\"], \"cells\": [[1], [2]]}",
                ": /rows/1 must be a non-blank text label: 3");
        assertBad("{\"rows\": [\"a\", \" \"], \"cols\": [\"x\"], \"cells\": [[1], [2]]}",
                ": /rows/1 must be a non-blank text label: \" \"");
        assertBad("{\"rows\": [\"a\", \"a\"], \"cols\": [\"x\"], \"cells\": [[1], [2]]}",
                ": /rows/1 repeats the label \"a\"");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"Total\"], \"cells\": [[1]]}",
                ": /cols/0 must not be \"Total\": the totals are added");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": {}}", ": /cells must be an array of rows of counts");
        assertBad("{\"rows\": [\"a\", \"b\"], \"cols\": [\"x\"], \"cells\": [[1]]}",
                ": /cells must have 2 rows, one per label in /rows, but has 1");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [1]}", ": /cells/0 must be an array of counts");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\", \"y\"], \"cells\": [[1]]}",
                ": /cells/0 must have 2 counts, one per label in /cols, but has 1");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[-3]]}",
                ": /cells/0/0 must be a whole number of people, at least 0: -3");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[1.5]]}",
                ": /cells/0/0 must be a whole number of people, at least 0: 1.5");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[\"7\"]]}",
                ": /cells/0/0 must be a whole number of people, at least 0: \"7\"");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[null]]}",
                ": /cells/0/0 must be a whole number of people, at least 0: null");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[99999999999999999999]]}",
                ": /cells/0/0 is larger than 1000000000: 99999999999999999999");
        assertBad("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[[[[[[[[[1]]]]]]]]]]}",
                " is not a table: it exceeds a size limit (nesting, number or text length)");
        StringBuilder many = new StringBuilder("{\"rows\": [");
        for (int i = 0; i < 41; i++) {
            many.append(i == 0 ? "" : ", ").append("\"r").append(i).append('"');
        }
        assertBad(many + "], \"cols\": [\"x\"], \"cells\": []}", ": /rows has 41 labels; at most 40 are accepted");
    }

    @Test
    void missingFileDirectoryAndBadThreshold() throws IOException {
        assertEquals(2, run("suppress", dir.resolve("nope.json").toString()));
        assertEquals("No such file: " + dir.resolve("nope.json") + "\n", err());
        err.reset();
        assertEquals(2, run("suppress", dir.toString()));
        assertEquals(dir + " is a directory, not a table file\n", err());
        err.reset();
        Path f = file("{\"rows\": [\"a\"], \"cols\": [\"x\"], \"cells\": [[10]]}");
        assertEquals(2, run("suppress", f.toString(), "--threshold", "0"));
        assertEquals("--threshold must be from 1 to 1000: 0\n", err());
        err.reset();
        assertEquals(2, run("suppress", f.toString(), "--threshold", "ten"));
        assertTrue(err().startsWith("Invalid value for option '--threshold': 'ten' is not an int"), err());
    }
}

package org.equalityduty.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.equalityduty.disclosure.CellStatus;
import org.equalityduty.disclosure.DisclosureControl;
import org.equalityduty.disclosure.DisclosureRules;
import org.equalityduty.disclosure.ProtectedPublication;
import org.equalityduty.disclosure.ProtectedTable;
import org.equalityduty.disclosure.ProtectionStatus;
import org.equalityduty.disclosure.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code suppress TABLE.json [--threshold K]}: primary and secondary suppression of a two-way table of counts whose
 * row, column and grand totals are published.
 *
 * <p>Reads {@code {"rows": [...], "cols": [...], "cells": [[...]]}} (the interior counts, one array per row) and
 * prints the same object with {@code "suppressed"} (every withheld interior cell, primary and secondary, as
 * {@code [row, col]}) and {@code "primary"}. Exit 0 when the table is protected; 1 when it cannot be published
 * safely with its totals (a total is itself a small count, or no suppression protects every small count): the
 * output then marks it {@code "withheld": true} and suppresses every cell; 2 with a one-line message when the input
 * cannot be used.
 *
 * @since 0.2.0
 */
@Command(name = "suppress", mixinStandardHelpOptions = true,
        description = "Suppresses small counts in a table of counts whose row, column and grand totals are published,"
                + " and enough other cells that no small count can be worked out from the totals.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the table is protected", "1:the table cannot be published safely with its totals; withhold it",
            "2:the input or the arguments cannot be used"})
final class SuppressCommand implements Callable<Integer> {
    /** The largest table accepted: the exact audit is meant for published tables, not data sets. */
    static final int MAX_LABELS = 40;
    /** The largest count accepted. */
    static final long MAX_COUNT = 1_000_000_000L;
    private static final int MAX_BYTES = 1 << 20;

    @ParentCommand
    private EqualityDutyCommand parent;

    @Parameters(index = "0", paramLabel = "TABLE.json",
            description = "The table: {\"rows\": [...], \"cols\": [...], \"cells\": [[...]]} with the interior counts.")
    private Path file;

    @Option(names = "--threshold", paramLabel = "K", defaultValue = "10",
            description = "Counts from 1 to K-1 are suppressed, and each is protected to a width of K; default"
                    + " ${DEFAULT-VALUE}.")
    private int threshold;

    /** A problem with the input, reported as one line. */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** The table read from the file: its row and column labels and its counts, a row of counts a label. */
    static final class Table {
        private final List<String> rows;
        private final List<String> cols;
        private final long[][] cells;

        Table(List<String> rows, List<String> cols, long[][] cells) {
            this.rows = rows;
            this.cols = cols;
            this.cells = cells;
        }

        List<String> rows() {
            return rows;
        }

        List<String> cols() {
            return cols;
        }

        /** The counts, by row then column; the array itself, not a copy, for this command's one use. */
        long[][] cells() {
            return cells;
        }
    }

    @Override
    public Integer call() {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        if (threshold < 1 || threshold > 1000) {
            err.println("--threshold must be from 1 to 1000: " + threshold);
            return 2;
        }
        Table table;
        try {
            table = read(file);
        } catch (BadInput ex) {
            err.println(ex.getMessage());
            return 2;
        }
        Publication pub = Publication.builder().table("t", "table")
                .rows(table.rows().toArray(new String[0])).columns(table.cols().toArray(new String[0]))
                .counts(table.cells()).totals().totalsMayBeWithheld(false).add().build();
        ProtectedPublication result = DisclosureControl.protect(pub, DisclosureRules.defaults().withThreshold(threshold));
        ProtectedTable t = result.getTable("t");
        int nr = table.rows().size();
        int nc = table.cols().size();
        String totalProblem = null;
        for (int r = 0; r <= nr && totalProblem == null; r++) {
            for (int c = 0; c <= nc; c++) {
                if ((r == nr || c == nc) && !t.getCell(r, c).isShown()) {
                    totalProblem = (r == nr && c == nc ? "the grand total"
                            : r == nr ? "the total of column '" + table.cols().get(c) + "'"
                            : "the total of row '" + table.rows().get(r) + "'") + " is below the threshold";
                    break;
                }
            }
        }
        boolean withheld = totalProblem != null || result.getStatus() != ProtectionStatus.PROTECTED;
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode rows = root.putArray("rows");
        table.rows().forEach(rows::add);
        ArrayNode cols = root.putArray("cols");
        table.cols().forEach(cols::add);
        ArrayNode cells = root.putArray("cells");
        for (long[] row : table.cells()) {
            ArrayNode a = cells.addArray();
            for (long v : row) {
                a.add(v);
            }
        }
        ArrayNode suppressed = root.putArray("suppressed");
        ArrayNode primary = root.putArray("primary");
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                CellStatus status = t.getCell(r, c).getStatus();
                if (withheld || status != CellStatus.SHOWN) {
                    suppressed.addArray().add(r).add(c);
                }
                if (status == CellStatus.PRIMARY || (withheld && isSmall(table.cells()[r][c]))) {
                    primary.addArray().add(r).add(c);
                }
            }
        }
        if (withheld) {
            root.put("withheld", true);
        }
        try {
            out.print(mapper.writeValueAsString(root) + "\n");
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the table as JSON", ex);
        }
        if (withheld) {
            err.println("The table cannot be published safely with its totals (" + (totalProblem != null
                    ? totalProblem : "no suppression protects every small count") + "); withhold it.");
            return 1;
        }
        return 0;
    }

    private boolean isSmall(long v) {
        return v > 0 && v < threshold;
    }

    /** Reads and checks the table, strictly: exact messages, no stack traces, nothing coerced. */
    static Table read(Path file) throws BadInput {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new BadInput(file + " is a directory, not a table file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInput(file + " is larger than 1 MiB; a published table is much smaller");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException ex) {
            throw new BadInput("No such file: " + file);
        } catch (IOException ex) {
            throw new BadInput("Cannot read " + file + ": " + ex.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxNumberLength(30)
                        .maxStringLength(1000).maxDocumentLength(MAX_BYTES).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();
        JsonNode root;
        try (JsonParser parser = factory.createParser(bytes)) {
            root = mapper.readTree(parser);
        } catch (StreamConstraintsException ex) {
            throw new BadInput(file + " is not a table: it exceeds a size limit (nesting, number or text length)");
        } catch (JsonProcessingException ex) {
            JsonLocation at = ex.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = ex.getOriginalMessage().startsWith("Duplicate field")
                    ? ": a field appears twice" : ex.getOriginalMessage().startsWith("Trailing token")
                    ? ": there is content after the table" : "";
            throw new BadInput(file + " is not valid JSON" + where + what);
        } catch (IOException ex) {
            throw new BadInput("Cannot read " + file);
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInput(file + " is empty; it must hold {\"rows\": [...], \"cols\": [...], \"cells\": [[...]]}");
        }
        if (!root.isObject()) {
            throw new BadInput(file + ": the document must be an object {\"rows\": [...], \"cols\": [...],"
                    + " \"cells\": [[...]]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!List.of("rows", "cols", "cells").contains(name)) {
                throw new BadInput(file + ": /" + pointer(name) + " is not a field of a table (the fields are rows,"
                        + " cols and cells)");
            }
        }
        List<String> rows = labels(file, root, "rows");
        List<String> cols = labels(file, root, "cols");
        JsonNode cells = root.get("cells");
        if (cells == null) {
            throw new BadInput(file + ": /cells is missing");
        }
        if (!cells.isArray()) {
            throw new BadInput(file + ": /cells must be an array of rows of counts");
        }
        if (cells.size() != rows.size()) {
            throw new BadInput(file + ": /cells must have " + rows.size() + " rows, one per label in /rows, but has "
                    + cells.size());
        }
        long[][] counts = new long[rows.size()][cols.size()];
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = cells.get(r);
            if (!row.isArray()) {
                throw new BadInput(file + ": /cells/" + r + " must be an array of counts");
            }
            if (row.size() != cols.size()) {
                throw new BadInput(file + ": /cells/" + r + " must have " + cols.size() + " counts, one per label in"
                        + " /cols, but has " + row.size());
            }
            for (int c = 0; c < cols.size(); c++) {
                JsonNode v = row.get(c);
                String at = file + ": /cells/" + r + "/" + c;
                if (!v.isIntegralNumber()) {
                    throw new BadInput(at + " must be a whole number of people, at least 0: " + shown(v));
                }
                if (v.bigIntegerValue().signum() < 0) {
                    throw new BadInput(at + " must be a whole number of people, at least 0: " + v.bigIntegerValue());
                }
                if (v.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(MAX_COUNT)) > 0) {
                    throw new BadInput(at + " is larger than " + MAX_COUNT + ": " + v.bigIntegerValue());
                }
                counts[r][c] = v.longValue();
            }
        }
        return new Table(rows, cols, counts);
    }

    private static List<String> labels(Path file, JsonNode root, String field) throws BadInput {
        JsonNode node = root.get(field);
        if (node == null) {
            throw new BadInput(file + ": /" + field + " is missing");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new BadInput(file + ": /" + field + " must be a non-empty array of labels");
        }
        if (node.size() > MAX_LABELS) {
            throw new BadInput(file + ": /" + field + " has " + node.size() + " labels; at most " + MAX_LABELS
                    + " are accepted");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode l = node.get(i);
            if (!l.isTextual() || l.asText().isBlank()) {
                throw new BadInput(file + ": /" + field + "/" + i + " must be a non-blank text label: " + shown(l));
            }
            if (l.asText().equals("Total")) {
                throw new BadInput(file + ": /" + field + "/" + i + " must not be \"Total\": the totals are added");
            }
            if (!seen.add(l.asText())) {
                throw new BadInput(file + ": /" + field + "/" + i + " repeats the label " + l);
            }
            out.add(l.asText());
        }
        return out;
    }

    /** A JSON value as a short text for a message: its kind for long or structured values. */
    private static String shown(JsonNode v) {
        if (v.isContainerNode()) {
            return v.isArray() ? "an array" : "an object";
        }
        String text = v.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static String pointer(String name) {
        String escaped = name.replace("~", "~0").replace("/", "~1");
        return escaped.length() > 40 ? escaped.substring(0, 37) + "..." : escaped;
    }
}

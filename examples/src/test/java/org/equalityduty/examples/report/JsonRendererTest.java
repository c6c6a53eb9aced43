package org.equalityduty.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.equalityduty.examples.SeedPlans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code equality-report.json}: every table of the HTML page is in it with the same caption, columns and cells, as
 * published; withheld rows are listed and hold only symbols; the file names its kind, version, organisation and
 * date; strings are escaped so that any text parses back as itself.
 */
class JsonRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<Path> writeDemo(Path dir) throws IOException {
        return EqualityReport.write(EqualityReport.build(2026, SeedPlans.soke(),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)), dir);
    }

    @Test
    void everyTableOfThePageIsInTheDataFileCellForCell() throws IOException {
        writeDemo(dir);
        Document doc = Jsoup.parse(dir.resolve(EqualityReport.HTML).toFile(), "UTF-8");
        JsonNode root = JSON.readTree(dir.resolve(EqualityReport.JSON).toFile());
        assertEquals("equality-report-data", root.get("kind").asText());
        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals("Example Academy Trust (invented data)", root.get("organisation").asText());
        assertEquals("2026-01-31", root.get("publishedOn").asText());
        List<Element> tables = doc.select("table");
        JsonNode jt = root.get("tables");
        assertEquals(tables.size(), jt.size());
        int cells = 0;
        for (int t = 0; t < tables.size(); t++) {
            Element table = tables.get(t);
            JsonNode j = jt.get(t);
            assertEquals(table.selectFirst("caption").text(), "Table: " + j.get("caption").asText());
            assertEquals(table.select("thead th").eachText(), texts(j.get("columns")));
            List<Element> rows = table.select("tbody tr");
            assertEquals(rows.size(), j.get("rows").size(), j.get("id").asText());
            for (int r = 0; r < rows.size(); r++) {
                // jsoup's text() trims, as a reader sees it; the data file holds the same text.
                assertEquals(rows.get(r).select("th, td").stream().map(Element::text).toList(),
                        texts(j.get("rows").get(r)),
                        j.get("id").asText() + " row " + r);
                cells += rows.get(r).select("th, td").size();
            }
            List<Integer> withheld = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).hasClass("suppressed")) {
                    withheld.add(r);
                }
            }
            assertEquals(withheld.toString(), j.get("withheldRows").toString().replace(",", ", "));
        }
        assertTrue(cells > 1000, "cells compared: " + cells);
    }

    @Test
    void aWithheldRowHoldsOnlyItsLabelsAndSymbols() throws IOException {
        writeDemo(dir);
        JsonNode root = JSON.readTree(dir.resolve(EqualityReport.JSON).toFile());
        int withheld = 0;
        for (JsonNode t : root.get("tables")) {
            for (JsonNode i : t.get("withheldRows")) {
                withheld++;
                for (JsonNode cell : t.get("rows").get(i.asInt())) {
                    assertFalse(cell.asText().matches("[1-9]"), t.get("id") + ": " + t.get("rows").get(i.asInt()));
                }
                assertTrue(texts(t.get("rows").get(i.asInt())).contains("c"), t.get("id").asText());
                assertTrue(texts(t.get("symbols")).contains("c"), "the symbol is explained: " + t.get("id"));
            }
        }
        assertTrue(withheld > 20, "withheld rows: " + withheld);
    }

    @Test
    void escapesEveryCharacterJsonRequires() throws IOException {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 line separator \u2028 </script>";
        assertEquals("\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 line separator \\u2028 </script>\"",
                JsonRenderer.str(nasty));
        assertEquals(nasty, JSON.readTree(JsonRenderer.str(nasty)).asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

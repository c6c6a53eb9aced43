package org.equalityduty.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalityduty.examples.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published page, for the demo trust and for the sample own data in {@code examples/data}: the structure a
 * reader with a phone or a screen reader needs, no developer words, figures rounded for publication, and no
 * withheld number in any of the three files (the withheld numbers are counted here straight from the sample CSV
 * files, independently of the import and of the report).
 */
class HtmlRendererTest {
    /** Words of the library or of Java that a reader of the published page must never see. */
    private static final List<String> DEVELOPER_WORDS = List.of("MetricOptions", "MeasureEvaluator",
            "ProgressEvaluator", "seed 2026", "seed", "empty: focus group", "focus group", "BELOW_MINIMUM", "OK",
            "not_obtained", "_", "java", "Exception", "null", "NaN", "Optional", "testkit", "comparator", "suppressed");

    @TempDir
    Path dir;

    private Path demo() {
        return run("demo", "report", "--demo");
    }

    private Path own() {
        return run("own", "report", "--pupils", "data/pupils.csv", "--staff", "data/staff.csv", "--applicants",
                "data/applicants.csv", "--organisation", "Example Learning Trust", "--published-on", "2026-09-30");
    }

    private Path run(String name, String... args) {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(out.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Main.run(all.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8));
        return out;
    }

    private static Document page(Path out) throws IOException {
        return Jsoup.parse(out.resolve(EqualityReport.HTML).toFile(), "UTF-8");
    }

    @Test
    void thePageHasWhatPhonesAndScreenReadersNeed() throws IOException {
        for (Path out : List.of(demo(), own())) {
            Document doc = page(out);
            assertEquals("en-GB", doc.selectFirst("html").attr("lang"));
            assertEquals("width=device-width, initial-scale=1",
                    doc.selectFirst("meta[name=viewport]").attr("content"));
            assertEquals(1, doc.select("main#main").size(), "one main landmark");
            Element skip = doc.selectFirst("body > a.skip");
            assertEquals("#main", skip.attr("href"), "the skip link is first and leads to main");
            assertEquals(skip, doc.body().child(0));
            assertEquals(1, doc.select("h1").size());
            for (Element table : doc.select("table")) {
                assertFalse(table.selectFirst("caption").text().isBlank());
                assertTrue(table.select("thead th").stream().allMatch(th -> th.attr("scope").equals("col")));
                assertTrue(table.select("tbody tr").stream()
                        .allMatch(tr -> tr.child(0).tagName().equals("th") && tr.child(0).attr("scope").equals("row")));
                Element wrap = table.parent();
                assertEquals("table-wrap", wrap.className(), "scrolls sideways in its own box");
                assertEquals("0", wrap.attr("tabindex"), "a keyboard user can scroll it");
                assertEquals("region", wrap.attr("role"));
            }
            for (Element svg : doc.select("svg")) {
                String title = svg.selectFirst("title").id();
                String desc = svg.selectFirst("desc").id();
                assertEquals(title + " " + desc, svg.attr("aria-labelledby"));
                assertEquals("img", svg.attr("role"));
                assertTrue(svg.selectFirst("desc").text().endsWith("The figures are in the table below the chart."));
            }
            assertTrue(doc.select("svg").size() >= 4, "charts in both reports: " + out);
        }
    }

    @Test
    void theOrganisationAndTheDateAreOnThePage() throws IOException {
        Document own = page(own());
        assertEquals("Example Learning Trust", own.selectFirst("header.masthead").text());
        assertEquals("Published by Example Learning Trust on 30 September 2026", own.selectFirst("p.published").text());
        assertEquals("2026-09-30", own.selectFirst("p.published time").attr("datetime"));
        Document demo = page(demo());
        assertEquals("Published by Example Academy Trust (invented data) on 31 January 2026",
                demo.selectFirst("p.published").text());
    }

    @Test
    void noDeveloperWordsInAnyOfTheThreeFiles() throws IOException {
        for (Path out : List.of(demo(), own())) {
            String text = page(out).text();
            String md = Files.readString(out.resolve(EqualityReport.MARKDOWN), StandardCharsets.UTF_8);
            for (String w : DEVELOPER_WORDS) {
                assertFalse(Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(text).find()
                        && !w.equals("_"), w + " in the page of " + out);
                assertFalse(w.equals("_") ? text.contains(w) : Pattern.compile("\\b" + Pattern.quote(w) + "\\b")
                        .matcher(text).find(), w);
                if (!w.equals("_")) {
                    assertFalse(Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(md).find(), w + " in " + md);
                }
            }
        }
    }

    @Test
    void figuresAreRoundedForPublication() throws IOException {
        Document doc = page(demo());
        int checked = 0;
        for (Element table : doc.select("table")) {
            List<String> header = table.select("thead th").eachText();
            for (Element tr : table.select("tbody tr")) {
                List<String> cells = tr.select("th, td").stream().map(Element::text).toList();
                for (int i = 0; i < cells.size(); i++) {
                    String h = header.get(i);
                    String c = cells.get(i);
                    if ((h.contains("%") || h.startsWith("Average percentile")) && c.matches("[-+]?[0-9.]+")) {
                        assertTrue(c.matches("[-+]?[0-9]+\\.[0-9]"), h + ": " + c);
                        checked++;
                    }
                    if (h.equals("Gap index") && !c.equals("c") && !c.equals("x")) {
                        assertTrue(c.matches("[0-9]+\\.[0-9]{2}"), h + ": " + c);
                        checked++;
                    }
                }
            }
        }
        // Seed 2026 shows 77 such figures once the whole report is protected as one publication.
        assertTrue(checked > 60, "rounded figures checked: " + checked);
        // Every number anywhere in the text has at most two decimals (no "target 3.92418").
        Matcher m = Pattern.compile("[0-9]+\\.([0-9]+)").matcher(doc.text());
        while (m.find()) {
            assertTrue(m.group(1).length() <= 2, m.group());
        }
    }

    @Test
    void aBinaryCharacteristicIsChartedOnceAndCombinedGroupsStandBesideTheDetail() throws IOException {
        Document doc = page(demo());
        Element ks2 = doc.getElementById("gap-ks2-reading");
        List<String> labels = ks2.select("svg text").eachText();
        assertTrue(labels.contains("Sex: Female"), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.startsWith("Sex: Male")), "boys mirror girls: " + labels);
        assertFalse(labels.stream().anyMatch(l -> l.startsWith("Disadvantage: Not disadvantaged")), labels.toString());
        List<String> groups = ks2.select("tbody tr").stream().map(tr -> tr.child(1).text()).toList();
        assertTrue(groups.contains("All minority ethnic groups combined"), groups.toString());
        assertTrue(groups.contains("SEN support and EHC plans combined"), groups.toString());
        // The combined row is published although some minority groups are withheld (seed 2026, KS4 English: Black,
        // Chinese, any other).
        Element ks4 = doc.getElementById("gap-ks4-english");
        Element combined = ks4.select("tbody tr").stream()
                .filter(tr -> tr.child(1).text().equals("All minority ethnic groups combined")).findFirst()
                .orElseThrow();
        assertFalse(combined.hasClass("suppressed"), combined.text());
        // Counted here from the synthetic trust: KS4 pupils of any minority ethnic group.
        long minority = SyntheticTrust.generate(2026).pupils().stream().filter(p -> p.ks4().isPresent())
                .filter(p -> p.category("ethnic_group").map(c -> java.util.Set.of("mixed", "asian", "black", "chinese",
                        "any_other").contains(c.getCode())).orElse(false)).count();
        assertEquals(Long.toString(minority), combined.child(2).text());
    }

    @Test
    void noMarkerCanHideAnother() throws IOException {
        Element fig = page(demo()).getElementById("workforce-ethnicity");
        // Each of the three markers (staff circle, pupil diamond, local square) sits in its own lane: no two markers
        // of a group share a vertical position.
        List<Double> ys = new ArrayList<>();
        for (Element c : fig.select("svg circle")) {
            ys.add(Double.parseDouble(c.attr("cy")));
        }
        for (Element r : fig.select("svg rect")) {
            ys.add(Double.parseDouble(r.attr("y")) + 4);
        }
        for (Element p : fig.select("svg path")) {
            Matcher m = Pattern.compile("M[0-9.]+ ([0-9.]+)").matcher(p.attr("d"));
            assertTrue(m.find());
            ys.add(Double.parseDouble(m.group(1)) + 5);
        }
        assertEquals(ys.size(), ys.stream().distinct().count(), "marker centres: " + ys);
    }

    @Test
    void noWithheldNumberIsInAnyOfTheThreeFiles() throws IOException {
        Path out = own();
        // Counted here from the sample files: leadership women and men; men applicants by furthest stage.
        long[] leadership = new long[2];
        for (String line : Files.readAllLines(Path.of("data", "staff.csv")).subList(1, 153)) {
            String[] f = line.split(",", -1);
            if (f[4].equals("leadership")) {
                leadership[f[2].equals("F") ? 0 : 1]++;
            }
        }
        long[] men = new long[3];
        for (String line : Files.readAllLines(Path.of("data", "applicants.csv")).subList(1, 151)) {
            String[] f = line.split(",", -1);
            if (f[2].equals("M")) {
                men[0]++;
                men[1] += f[5].equals("applied") ? 0 : 1;
                men[2] += f[5].equals("appointed") ? 1 : 0;
            }
        }
        assertTrue(leadership[0] > 0 && leadership[0] < 10 || leadership[1] > 0 && leadership[1] < 10);
        assertTrue(men[1] > 0 && men[1] < 10, "men shortlisted: " + men[1]);
        String html = Files.readString(out.resolve(EqualityReport.HTML), StandardCharsets.UTF_8);
        String md = Files.readString(out.resolve(EqualityReport.MARKDOWN), StandardCharsets.UTF_8);
        String json = Files.readString(out.resolve(EqualityReport.JSON), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        List<String> leadershipRow = doc.select("#staff-sex-role tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals("Leadership")).findFirst().orElseThrow()
                .select("td").eachText();
        assertEquals(List.of("c", "c", "c", "c"), leadershipRow);
        assertTrue(md.contains("| Leadership | c | c | c | c |"), md);
        assertTrue(json.contains("[\"Leadership\", \"c\", \"c\", \"c\", \"c\"]"), json);
        List<String> menRow = doc.select("#recruitment-table tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals("Men")).findFirst().orElseThrow().select("td").eachText();
        // The men's applicants are shown: the quoted total less the women's gives them anyway.
        assertEquals(List.of(Long.toString(men[0]), "c", "c", "c", "c"), menRow);
        assertTrue(json.contains("[\"Men\", \"" + men[0] + "\", \"c\", \"c\", \"c\", \"c\"]"), json);
        // Nor on a chart, nor in a sentence: the men's shortlisted count never follows "Men" anywhere.
        for (String file : List.of(html, md, json)) {
            assertFalse(file.contains("Men: " + men[1]) || file.contains("Men: shortlisted: " + men[1]), file);
            assertFalse(file.contains(men[0] + " men"), file);
        }
        assertTrue(doc.getElementById("recruitment-table").select("svg text").eachText()
                .containsAll(List.of("Men: shortlisted: c", "Men: appointed: c")));
    }

    @Test
    void everySymbolIsExplainedNextToTheTableThatUsesIt() throws IOException {
        Document doc = page(own());
        for (Element fig : doc.select("figure")) {
            List<String> cells = fig.select("tbody td").eachText();
            List<String> notes = fig.select("p.symbols").eachText();
            assertEquals(cells.contains("c"), notes.contains(ReportModel.SUPPRESSED_MEANING), fig.id());
            assertEquals(cells.contains("x"), notes.contains(ReportModel.UNAVAILABLE_MEANING), fig.id());
        }
        assertNotNull(doc.selectFirst("p.symbols"));
    }
}

package org.equalityduty.examples.report;

import java.util.List;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Section;

/**
 * Renders the report as one self-contained HTML page: inline CSS, an inline SVG chart per figure with its data table
 * beside it, no scripts and no external resources. Every piece of text is escaped.
 */
public final class HtmlRenderer {
    private static final String CSS = """
            body{font-family:sans-serif;max-width:1400px;margin:1em auto;padding:0 1em;color:#111}
            figure{margin:1.5em 0;border-top:1px solid #ccc;padding-top:.5em}
            figure.chart-figure .pair{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
            table{border-collapse:collapse;font-size:.85em}
            th,td{border:1px solid #bbb;padding:2px 6px;text-align:left}
            td.num{text-align:right}
            tr.suppressed td{color:#555;background:#f3f3f3}
            tr.unavailable td{color:#555;font-style:italic}
            caption{caption-side:top;text-align:left;font-weight:bold;padding-bottom:4px}""";

    private HtmlRenderer() {
    }

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @return the page, ending with a newline, not null
     */
    public static String render(Report report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.esc(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.esc(report.title())).append("</h1>\n");
        paragraphs(h, report.intro());
        h.append("<nav><ul>\n");
        for (Section s : report.sections()) {
            h.append("<li><a href=\"#").append(Html.esc(s.id())).append("\">").append(Html.esc(s.heading()))
                    .append("</a></li>\n");
        }
        h.append("</ul></nav>\n");
        for (Section s : report.sections()) {
            h.append("<section id=\"").append(Html.esc(s.id())).append("\">\n<h2>").append(Html.esc(s.heading()))
                    .append("</h2>\n");
            paragraphs(h, s.paragraphs());
            for (Figure f : s.figures()) {
                figure(h, f);
            }
            h.append("</section>\n");
        }
        h.append("<footer>\n<h2>Notes</h2>\n<ol class=\"footnotes\">\n");
        for (String n : report.footnotes()) {
            h.append("<li>").append(Html.esc(n)).append("</li>\n");
        }
        h.append("</ol>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void paragraphs(StringBuilder h, List<String> paragraphs) {
        for (String p : paragraphs) {
            h.append("<p>").append(Html.esc(p)).append("</p>\n");
        }
    }

    private static void figure(StringBuilder h, Figure f) {
        h.append("<figure id=\"").append(Html.esc(f.id())).append("\" class=\"")
                .append(f.chart().isPresent() ? "chart-figure" : "table-figure").append("\">\n<h3>")
                .append(Html.esc(f.title())).append("</h3>\n");
        paragraphs(h, f.notes());
        h.append("<div class=\"pair\">\n");
        f.chart().ifPresent(c -> h.append(SvgChart.render(c, f.id() + "-chart")).append('\n'));
        h.append("<table>\n<caption>").append(Html.esc(f.title())).append("</caption>\n<thead><tr>");
        for (String c : f.table().header()) {
            h.append("<th scope=\"col\">").append(Html.esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row r : f.table().rows()) {
            h.append("<tr").append(r.kind() == RowKind.SHOWN ? ""
                    : r.kind() == RowKind.SUPPRESSED ? " class=\"suppressed\"" : " class=\"unavailable\"")
                    .append('>');
            for (String c : r.cells()) {
                boolean numeric = c.matches("[-+]?[0-9][0-9.]*( to [-+]?[0-9][0-9.]*)?|c|x");
                h.append(numeric ? "<td class=\"num\">" : "<td>").append(Html.esc(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</figure>\n");
    }
}

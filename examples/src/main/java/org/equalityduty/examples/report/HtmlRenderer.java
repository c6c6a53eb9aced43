package org.equalityduty.examples.report;

import java.util.List;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Section;

/**
 * Renders the report as one self-contained HTML page for publication: inline CSS, an inline SVG chart per figure
 * above its data table (the table is the chart's text alternative), no scripts and no external resources. The page
 * has a language, a viewport for phones, a skip link, a {@code <main>} landmark, captioned tables with scoped
 * headers that scroll sideways inside their own box, and every symbol explained under the table that uses it.
 * Every piece of text is escaped.
 */
public final class HtmlRenderer {
    private static final String CSS = """
            *,*::before,*::after{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;\
            line-height:1.5;color:#0b0c0c;background:#fff}
            .skip{position:absolute;left:-10000px;top:0}
            .skip:focus{left:.5em;top:.5em;z-index:2;background:#ffdd00;color:#0b0c0c;padding:.5em;outline:3px \
            solid #0b0c0c}
            header.masthead{background:#1d4f6e;color:#fff;padding:1em}
            header.masthead p{margin:0;max-width:1100px;margin:0 auto;font-weight:bold}
            main{display:block;max-width:1100px;margin:0 auto;padding:0 1em 2em}
            h1{font-size:1.75rem;line-height:1.2;margin:.8em 0 .3em}
            h2{font-size:1.4rem;line-height:1.25;margin:1.6em 0 .4em;border-top:3px solid #1d4f6e;padding-top:.4em}
            h3{font-size:1.15rem;line-height:1.3;margin:1.2em 0 .3em}
            p,li{max-width:44em;overflow-wrap:break-word}
            .published{color:#383f43;margin-top:0}
            a{color:#1d4f6e}a:focus{outline:3px solid #ffdd00;background:#ffdd00;color:#0b0c0c}
            figure{margin:1.5em 0;padding:0}
            .chart{margin:.5em 0 1em;max-width:500px}
            .chart svg{display:block;width:100%;height:auto}
            .table-wrap{overflow-x:auto;max-width:100%;margin:.5em 0}
            .table-wrap:focus{outline:3px solid #ffdd00}
            table{border-collapse:collapse;font-size:.9rem}
            caption{caption-side:top;text-align:left;font-weight:bold;padding:0 0 .4em;position:sticky;left:0;\
            max-width:calc(100vw - 2rem)}
            th,td{border-bottom:1px solid #b1b4b6;padding:.35em .6em;text-align:left;vertical-align:top}
            thead th{border-bottom:2px solid #0b0c0c;background:#f3f2f1}
            tbody th{font-weight:normal}
            td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            td.date{white-space:nowrap}
            tr.suppressed td,tr.suppressed th{background:#f3f2f1}
            tr.unavailable td{font-style:italic}
            .symbols{font-size:.9rem;color:#383f43;margin:.3em 0 0}
            footer{border-top:1px solid #b1b4b6;margin-top:2em}
            @media (max-width:640px){h1{font-size:1.45rem}h2{font-size:1.25rem}table{font-size:.85rem}}""";

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
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        h.append("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n");
        h.append("<header class=\"masthead\"><p>").append(Html.esc(report.organisation())).append("</p></header>\n");
        h.append("<main id=\"main\" tabindex=\"-1\">\n");
        h.append("<h1>").append(Html.esc(report.title())).append("</h1>\n");
        h.append("<p class=\"published\">Published by ").append(Html.esc(report.organisation())).append(" on ")
                .append("<time datetime=\"").append(report.publishedOn()).append("\">")
                .append(Html.esc(Fmt.date(report.publishedOn()))).append("</time></p>\n");
        paragraphs(h, report.intro());
        h.append("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ul>\n");
        for (Section s : report.sections()) {
            h.append("<li><a href=\"#").append(Html.esc(s.id())).append("\">").append(Html.esc(s.heading()))
                    .append("</a></li>\n");
        }
        h.append("</ul>\n</nav>\n");
        for (Section s : report.sections()) {
            h.append("<section id=\"").append(Html.esc(s.id())).append("\" aria-labelledby=\"")
                    .append(Html.esc(s.id())).append("-heading\">\n<h2 id=\"").append(Html.esc(s.id()))
                    .append("-heading\">").append(Html.esc(s.heading())).append("</h2>\n");
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
        h.append("</ol>\n</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void paragraphs(StringBuilder h, List<String> paragraphs) {
        for (String p : paragraphs) {
            h.append("<p>").append(Html.esc(p)).append("</p>\n");
        }
    }

    /** True for a cell that reads as a figure (right-aligned). */
    static boolean numeric(String c) {
        return c.matches("[-+]?[0-9][0-9.,]*%?( to [-+]?[0-9][0-9.,]*)?|c|x");
    }

    private static void figure(StringBuilder h, Figure f) {
        String id = Html.esc(f.id());
        h.append("<figure id=\"").append(id).append("\" class=\"")
                .append(f.chart().isPresent() ? "chart-figure" : "table-figure").append("\">\n<h3>")
                .append(Html.esc(f.title())).append("</h3>\n");
        paragraphs(h, f.notes());
        h.append("<div class=\"pair\">\n");
        f.chart().ifPresent(c -> h.append("<div class=\"chart\">\n").append(SvgChart.render(c, f.id() + "-chart"))
                .append("\n</div>\n"));
        h.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table: ")
                .append(Html.esc(f.title())).append("\">\n<table>\n<caption>Table: ")
                .append(Html.esc(f.title())).append("</caption>\n<thead><tr>");
        for (String c : f.table().header()) {
            h.append("<th scope=\"col\">").append(Html.esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row r : f.table().rows()) {
            h.append("<tr").append(r.kind() == RowKind.SHOWN ? ""
                    : r.kind() == RowKind.SUPPRESSED ? " class=\"suppressed\"" : " class=\"unavailable\"")
                    .append('>');
            for (int i = 0; i < r.cells().size(); i++) {
                String c = r.cells().get(i);
                if (i == 0) {
                    h.append("<th scope=\"row\">").append(Html.esc(c)).append("</th>");
                } else {
                    h.append(numeric(c) ? "<td class=\"num\">" : c.matches("[0-9]{1,2} [A-Z][a-z]+ [0-9]{4}")
                            ? "<td class=\"date\">" : "<td>").append(Html.esc(c)).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        for (String s : symbols(f)) {
            h.append("<p class=\"symbols\">").append(Html.esc(s)).append("</p>\n");
        }
        h.append("</div>\n</figure>\n");
    }

    /** The explanation of every symbol the figure's table uses, in a fixed order. */
    static List<String> symbols(Figure f) {
        boolean c = false;
        boolean x = false;
        boolean low = false;
        for (Row r : f.table().rows()) {
            c |= r.cells().contains(ReportModel.SUPPRESSED);
            x |= r.cells().contains(ReportModel.UNAVAILABLE);
            low |= r.cells().contains(ReportModel.LOW);
        }
        List<String> out = new java.util.ArrayList<>();
        if (c) {
            out.add(ReportModel.SUPPRESSED_MEANING);
        }
        if (x) {
            out.add(ReportModel.UNAVAILABLE_MEANING);
        }
        if (low) {
            out.add(ReportModel.LOW_MEANING);
        }
        return List.copyOf(out);
    }
}

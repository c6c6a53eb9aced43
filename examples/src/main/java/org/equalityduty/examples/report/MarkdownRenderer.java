package org.equalityduty.examples.report;

import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.Section;

/**
 * Renders the report as a Markdown summary: the same sections, notes, tables and symbol explanations as the HTML
 * page (the charts, where there are any, are in the HTML page only). Cell text is escaped for Markdown tables.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @return the Markdown, ending with a newline, not null
     */
    public static String render(Report report) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(inline(report.title())).append("\n\n");
        m.append("Published by ").append(inline(report.organisation())).append(" on ")
                .append(Fmt.date(report.publishedOn())).append(".\n\n");
        for (String p : report.intro()) {
            m.append(inline(p)).append("\n\n");
        }
        long charts = report.sections().stream().flatMap(s -> s.figures().stream())
                .filter(f -> f.chart().isPresent()).count();
        if (charts > 0) {
            m.append("The web page of this report, ").append(inline(EqualityReport.HTML)).append(", also has ")
                    .append(charts == 1 ? "a chart" : charts + " charts").append(" of these figures.\n\n");
        }
        for (Section s : report.sections()) {
            m.append("## ").append(inline(s.heading())).append("\n\n");
            for (String p : s.paragraphs()) {
                m.append(inline(p)).append("\n\n");
            }
            for (Figure f : s.figures()) {
                m.append("### ").append(inline(f.title())).append("\n\n");
                for (String n : f.notes()) {
                    m.append(inline(n)).append("\n\n");
                }
                m.append('|');
                for (String h : f.table().header()) {
                    m.append(' ').append(cell(h)).append(" |");
                }
                m.append("\n|");
                for (int i = 0; i < f.table().header().size(); i++) {
                    m.append(" --- |");
                }
                m.append('\n');
                for (Row r : f.table().rows()) {
                    m.append('|');
                    for (String c : r.cells()) {
                        m.append(' ').append(cell(c)).append(" |");
                    }
                    m.append('\n');
                }
                m.append('\n');
                for (String sym : HtmlRenderer.symbols(f)) {
                    m.append(inline(sym)).append("\n\n");
                }
            }
        }
        m.append("## Notes\n\n");
        int i = 1;
        for (String n : report.footnotes()) {
            m.append(i++).append(". ").append(inline(n)).append('\n');
        }
        return m.toString();
    }

    /** Escapes the characters that Markdown would read as markup or HTML. */
    private static String inline(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String cell(String s) {
        return inline(s);
    }
}

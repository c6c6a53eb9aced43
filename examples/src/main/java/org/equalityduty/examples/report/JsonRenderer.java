package org.equalityduty.examples.report;

import java.util.List;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.Section;

/**
 * Renders every published figure of the report as a JSON data file: each table with its section, caption, columns
 * and rows, every cell exactly as it is published on the page (a withheld cell as its symbol, never the number
 * behind it), the symbols' meanings, and the organisation and publication date.
 *
 * <p>Format ({@code "kind": "equality-report-data"}, {@code "formatVersion": 1}): {@code organisation},
 * {@code publishedOn} (ISO date), {@code title}, {@code symbols} (symbol to meaning), and {@code tables}, each with
 * {@code id}, {@code section}, {@code caption}, {@code columns} (strings), {@code rows} (arrays of strings, as wide as
 * the columns), {@code withheldRows} (the indexes of rows withheld to protect confidentiality) and {@code symbols}
 * (those the table uses). Cells are strings because they are the published text ("12.3", "-1.2 to 0.4", "c").
 */
public final class JsonRenderer {
    /** The value of {@code kind}. */
    public static final String KIND = "equality-report-data";
    /** The value of {@code formatVersion}. */
    public static final int FORMAT_VERSION = 1;

    private JsonRenderer() {
    }

    /**
     * Renders a report's figures.
     *
     * @param report  the report, not null
     * @return the JSON text, ending with a newline, not null
     */
    public static String render(Report report) {
        StringBuilder j = new StringBuilder();
        j.append("{\n  \"kind\": ").append(str(KIND)).append(",\n  \"formatVersion\": ").append(FORMAT_VERSION)
                .append(",\n  \"organisation\": ").append(str(report.organisation()))
                .append(",\n  \"publishedOn\": ").append(str(report.publishedOn().toString()))
                .append(",\n  \"title\": ").append(str(report.title()))
                .append(",\n  \"symbols\": {").append(str(ReportModel.SUPPRESSED)).append(": ")
                .append(str(ReportModel.SUPPRESSED_MEANING)).append(", ").append(str(ReportModel.UNAVAILABLE))
                .append(": ").append(str(ReportModel.UNAVAILABLE_MEANING)).append("},\n  \"tables\": [");
        boolean firstTable = true;
        for (Section s : report.sections()) {
            for (Figure f : s.figures()) {
                j.append(firstTable ? "\n" : ",\n");
                firstTable = false;
                j.append("    {\n      \"id\": ").append(str(f.id())).append(",\n      \"section\": ")
                        .append(str(s.heading())).append(",\n      \"caption\": ").append(str(f.title()))
                        .append(",\n      \"columns\": ").append(array(f.table().header()))
                        .append(",\n      \"rows\": [");
                List<Row> rows = f.table().rows();
                StringBuilder withheld = new StringBuilder();
                for (int i = 0; i < rows.size(); i++) {
                    j.append(i == 0 ? "\n" : ",\n").append("        ").append(array(rows.get(i).cells()));
                    if (rows.get(i).kind() == ReportModel.RowKind.SUPPRESSED) {
                        withheld.append(withheld.length() == 0 ? "" : ", ").append(i);
                    }
                }
                j.append(rows.isEmpty() ? "]" : "\n      ]").append(",\n      \"withheldRows\": [").append(withheld)
                        .append("],\n      \"symbols\": ")
                        .append(array(HtmlRenderer.symbols(f).stream().map(m -> m.substring(0, m.indexOf(" = "))).toList()))
                        .append("\n    }");
            }
        }
        j.append(firstTable ? "]\n}\n" : "\n  ]\n}\n");
        return j.toString();
    }

    private static String array(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(str(items.get(i)));
        }
        return b.append(']').toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259 section 7). */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

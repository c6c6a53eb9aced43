package org.equalityduty.examples.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.examples.report.ReportModel.Report;

/**
 * Generates the synthetic trust's equality report and writes {@code equality-report.html} and
 * {@code equality-report.md} and the data file {@code equality-report.json}: the same seed gives byte-identical files.
 */
public final class EqualityReport {
    /** The HTML file name. */
    public static final String HTML = "equality-report.html";
    /** The Markdown file name. */
    public static final String MARKDOWN = "equality-report.md";
    /** The JSON data file name: every published figure. */
    public static final String JSON = "equality-report.json";

    private EqualityReport() {
    }

    /**
     * Builds the report model for a seed, printing progress lines.
     *
     * @param seed  the seed
     * @param soke  the Soke plan, not null
     * @param progress  where progress lines go, not null
     * @return the model, not null
     */
    public static Report build(long seed, EqualityPlan soke, PrintStream progress) {
        return build(seed, soke, progress, Optional.empty(), Optional.empty());
    }

    /**
     * Builds the report model for a seed with its gender pay gap section: of the employees given, or else of the
     * synthetic staff for the snapshot date, or else a section that says what to give.
     *
     * @param seed  the seed
     * @param soke  the Soke plan, not null
     * @param progress  where progress lines go, not null
     * @param snapshot  the pay gap snapshot date, if given
     * @param employees  the pay gap section's source from a payroll file, if given
     * @return the model, not null
     */
    public static Report build(long seed, EqualityPlan soke, PrintStream progress, Optional<LocalDate> snapshot,
            Optional<PayGapSection.Source> employees) {
        progress.println("Generating synthetic trust (12 schools)...");
        SyntheticTrust trust = SyntheticTrust.generate(seed);
        progress.println("Computing attainment gaps, representation, selection rates and progress...");
        return ReportBuilder.build(trust, soke, employees.orElseGet(() -> PayGapSection.synthetic(trust.staff(),
                snapshot)));
    }

    /**
     * Writes the three renderings of a report into a directory, creating it if needed.
     *
     * @param report  the report, not null
     * @param dir  the directory, not null
     * @return the files written, HTML, Markdown then JSON, not null
     * @throws IOException if the directory or a file cannot be written
     */
    public static List<Path> write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path html = dir.resolve(HTML);
        Path md = dir.resolve(MARKDOWN);
        Path json = dir.resolve(JSON);
        Files.writeString(html, HtmlRenderer.render(report), StandardCharsets.UTF_8);
        Files.writeString(md, MarkdownRenderer.render(report), StandardCharsets.UTF_8);
        Files.writeString(json, JsonRenderer.render(report), StandardCharsets.UTF_8);
        return List.of(html, md, json);
    }
}

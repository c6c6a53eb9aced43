package org.equalityduty.examples.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.disclosure.CellRef;
import org.equalityduty.disclosure.CellStatus;
import org.equalityduty.disclosure.DisclosureControl;
import org.equalityduty.disclosure.DisclosureRules;
import org.equalityduty.disclosure.FigureKind;
import org.equalityduty.disclosure.ProtectedPublication;
import org.equalityduty.disclosure.Publication;
import org.equalityduty.examples.report.ReportBuilder;

/**
 * The annual progress report as a trust publishes it: a self-contained HTML page and the same content in Markdown.
 * One table per objective, one row per success criterion: its text, its status in plain words, the latest figure
 * and the target rounded for publication, and a one-line explanation.
 *
 * <p><b>Rounding.</b> Once, at output, half up: percentages, percentage points and scores to one decimal place,
 * gap indices to two (as DfE publishes them), counts to whole numbers; a pay gap is already rounded by the
 * regulations' rule (one decimal place, half up).
 *
 * <p><b>Suppression.</b> Through equality-disclosure, by the report's rules: a figure resting on 1 to
 * {@code PUBLICATION_MINIMUM - 1} people (see {@link ReportBuilder#PUBLICATION_MINIMUM}), or recorded as suppressed,
 * is shown as {@code c} with no value; the threshold is stated on the page.
 *
 * @since 0.2.0
 */
public final class ProgressPage {
    /** The mark of a suppressed figure. */
    public static final String SUPPRESSED = "c";
    /** The mark of a column that does not apply to a criterion (a milestone has no figure). */
    public static final String NOT_APPLICABLE = "\u2014";
    private static final int K = ReportBuilder.PUBLICATION_MINIMUM;
    /** The rules the equality report publishes by: counts from 1 to 9 withheld, figures over them too. */
    private static final DisclosureRules RULES = DisclosureRules.defaults().withThreshold(K);
    private static final String SIZES = "sample-sizes";
    private static final String PEOPLE = "People";

    /** One criterion's row, in plain words. */
    record Row(String criterion, String status, String latest, String target, String explanation) {
    }

    /** One objective's table. */
    record Part(String id, String title, List<Row> rows) {
    }

    /** The page's content, shared by both renderings. */
    record Content(String title, List<String> intro, List<Part> parts, List<String> notes) {
    }

    private ProgressPage() {
    }

    /**
     * Suppresses the small figures of a record through equality-disclosure: each available observation with a
     * sample size is declared as a figure over that many people, and the publication is protected with the report's
     * rules; an observation whose figure is withheld (1 to {@code PUBLICATION_MINIMUM - 1} people) becomes a
     * suppressed observation with no value, interval or size, and a note that gives no number. A sample size of 0
     * is not a small group. Apply it before evaluation, so that the JSON report carries no small figure either.
     *
     * @param record  the record, not null
     * @return the record with small figures suppressed, not null
     * @since 0.2.0
     */
    public static ProgressRecord suppressSmall(ProgressRecord record) {
        List<Observation> all = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (ObservationSeries s : record.getSeries()) {
            for (Observation o : s.getObservations()) {
                if (o.getStatus() == ObservationStatus.AVAILABLE && o.getSampleSize().isPresent()) {
                    all.add(o);
                    sizes.add((long) o.getSampleSize().getAsInt());
                }
            }
        }
        java.util.IdentityHashMap<Observation, Boolean> withheld = new java.util.IdentityHashMap<>();
        if (!all.isEmpty()) {
            Publication.Builder b = Publication.builder();
            String[] rows = new String[all.size()];
            long[][] counts = new long[all.size()][1];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = "observation " + (i + 1);
                counts[i][0] = sizes.get(i);
            }
            b.table(SIZES, "People each figure rests on").rows(rows).columns(PEOPLE).counts(counts).add();
            for (int i = 0; i < rows.length; i++) {
                b.figure(rows[i], FigureKind.MEAN, all.get(i).getValue().map(BigDecimal::toPlainString).orElse(""))
                        .denominator(CellRef.of(SIZES, rows[i], PEOPLE)).add();
            }
            ProtectedPublication out = DisclosureControl.protect(b.build(), RULES);
            for (int i = 0; i < rows.length; i++) {
                CellStatus status = out.getFigure(rows[i]).getStatus();
                withheld.put(all.get(i), status != CellStatus.SHOWN && status != CellStatus.NOT_APPLICABLE);
            }
        }
        List<ObservationSeries> series = new ArrayList<>();
        for (ObservationSeries s : record.getSeries()) {
            List<Observation> kept = new ArrayList<>();
            for (Observation o : s.getObservations()) {
                kept.add(withheld.getOrDefault(o, false) ? Observation.builder().date(o.getDate())
                        .status(ObservationStatus.SUPPRESSED)
                        .note("suppressed: it rests on fewer than " + K + " people").build() : o);
            }
            series.add(ObservationSeries.of(s.getCriterionId(), kept));
        }
        return ProgressRecord.builder().asOf(record.getAsOf()).addAllSeries(series)
                .putAllMilestonesCompleted(record.getMilestonesCompleted()).putAllEvidence(record.getEvidence())
                .build();
    }

    /**
     * Builds the page's content.
     *
     * @param plan  the plan, not null
     * @param record  the record the report was evaluated from (after {@link #suppressSmall}), not null
     * @param report  the evaluated report, not null
     * @return the content
     */
    static Content content(EqualityPlan plan, ProgressRecord record, ProgressReport report) {
        Objects.requireNonNull(plan, "plan");
        Map<String, SuccessCriterion> criteria = new HashMap<>();
        plan.forEachCriterion((path, c) -> criteria.put(c.getId(), c));
        Map<String, Observation> latest = new HashMap<>();
        for (ObservationSeries s : record.getSeries()) {
            s.getObservations().stream().filter(o -> !o.getDate().isAfter(report.getAsOf()))
                    .max(Comparator.comparing(Observation::getDate)).ifPresent(o -> latest.put(s.getCriterionId(), o));
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        plan.getObjectives().forEach(o -> parts.put(o.getId(), new Part(o.getId(), o.getTitle(), new ArrayList<>())));
        for (CriterionProgress p : report.getCriteria()) {
            // The report was evaluated against this plan, so each criterion and objective it names is the plan's.
            SuccessCriterion c = criteria.get(p.getCriterionId());
            Part part = parts.get(p.getObjectiveId());
            if (c == null || part == null) {
                throw new IllegalArgumentException("the progress report names " + p.getCriterionId() + " of "
                        + p.getObjectiveId() + ", which the plan does not have");
            }
            part.rows().add(row(p, c, Optional.ofNullable(latest.get(p.getCriterionId()))));
        }
        String org = report.getOrganisationName();
        List<String> intro = List.of(
                org + ": progress on our equality objectives" + plan.getTitle().map(t -> " (" + t + ")").orElse("")
                        + " for " + report.getPeriod().getStart() + " to " + report.getPeriod().getEnd()
                        + ", as of " + report.getAsOf() + ".",
                "Each success criterion is shown with its status, the latest figure, the target and a short"
                        + " explanation.");
        List<String> notes = List.of(
                SUPPRESSED + " = not published to protect the people it describes: the figure rests on fewer than "
                        + K + " people (any count from 1 to " + (K - 1) + ").",
                "Figures are rounded once, half up, for publication: percentages, percentage points and scores to"
                        + " one decimal place, gap indices to two, counts to whole numbers. A pay gap is rounded as the"
                        + " regulations say (one decimal place, half up); a positive pay gap means women are paid"
                        + " less.",
                "A gap is the group's figure minus the comparison group's figure.");
        return new Content("Progress on our equality objectives: " + org, intro, new ArrayList<>(parts.values()),
                notes);
    }

    private static Row row(CriterionProgress p, SuccessCriterion c, Optional<Observation> obs) {
        Optional<Measure> measure = c instanceof QuantitativeTarget q ? Optional.of(q.getMeasure())
                : c instanceof QualitativeCriterion q ? q.getMeasure() : Optional.empty();
        Optional<MeasureUnit> unit = measure.flatMap(m -> m.getUnit().or(() -> m.getKind().getNaturalUnit()));
        boolean suppressed = obs.map(o -> o.getStatus() == ObservationStatus.SUPPRESSED).orElse(false);
        String none = measure.isEmpty() ? NOT_APPLICABLE : "none";
        String latest = suppressed ? SUPPRESSED : p.getLatestValue().map(v -> figure(v, unit)).orElse(none);
        String target = p.getTarget().map(t -> figure(t.getValue(), unit)
                + p.getDeadline().map(d -> " by " + d).orElse("")).orElse(none);
        return new Row(c.getText(), statusWords(p.getStatus()), latest, target, explain(p, unit, obs, suppressed));
    }

    /**
     * The status in plain words, as the page shows it.
     *
     * @param s  the status, not null
     * @return the words, such as "On track", not null
     * @since 0.2.0
     */
    public static String statusWords(CriterionStatus s) {
        return switch (s) {
            case ACHIEVED -> "Achieved";
            case ON_TRACK -> "On track";
            case OFF_TRACK -> "Off track";
            case INCONCLUSIVE -> "Too close to call";
            case NOT_YET_DUE -> "Not yet due";
            case NO_DATA -> "No figure yet";
            case NOT_MEASURABLE -> "No numeric target";
            case DONE -> "Done";
            case OVERDUE -> "Overdue";
            case EVIDENCE_RECORDED -> "Evidence recorded";
            case NO_EVIDENCE -> "No evidence yet";
        };
    }

    private static String explain(CriterionProgress p, Optional<MeasureUnit> unit, Optional<Observation> obs,
            boolean suppressed) {
        if (p.getKind() != org.equalityduty.core.progress.CriterionKind.QUANTITATIVE) {
            return sentence(p.getExplanation());
        }
        if (suppressed) {
            return "The figure is not published: it rests on fewer than " + K + " people.";
        }
        if (p.getLatestValue().isEmpty()) {
            return "There is no figure for this year" + obs.flatMap(Observation::getNote).map(n -> ": " + n)
                    .orElse(".");
        }
        String value = figure(p.getLatestValue().get(), unit) + p.getLatestDate().map(d -> " on " + d).orElse("");
        String target = p.getTarget().map(t -> figure(t.getValue(), unit)).orElse("no target");
        return switch (p.getStatus()) {
            case ACHIEVED -> "The latest figure, " + value + ", meets the target of " + target + ".";
            case ON_TRACK -> "The latest figure is " + value + "; the trend reaches the target of " + target
                    + (p.getDeadline().isPresent() ? " by the deadline." : ".");
            case OFF_TRACK -> "The latest figure is " + value + "; "
                    + (p.getDeadline().map(d -> !d.isAfter(p.getLatestDate().orElse(LocalDate.MIN))).orElse(false)
                            ? "the deadline has passed without reaching the target of " + target + "."
                            : "the trend does not reach the target of " + target + p.getDeadline()
                                    .map(d -> " by " + d).orElse("") + ".");
            case INCONCLUSIVE -> "The latest figure is " + value + "; its margin of error includes the target of "
                    + target + ", so we cannot yet say whether it is met.";
            case NOT_YET_DUE -> "The latest figure is " + value + ", not yet at the target of " + target
                    + "; a trend needs a second year of figures.";
            case NOT_MEASURABLE -> "The latest figure is " + value + "; the criterion has no numeric target.";
            default -> p.getExplanation();
        };
    }

    /** A sentence of the evaluator's words: a capital first letter and a full stop. */
    private static String sentence(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    /** A value rounded for publication in its unit, half up. */
    static String figure(BigDecimal v, Optional<MeasureUnit> unit) {
        if (unit.isEmpty()) {
            return round(v, 1);
        }
        return switch (unit.get()) {
            case PERCENT -> round(v, 1) + "%";
            case PERCENTAGE_POINTS -> round(v, 1) + " percentage points";
            case SCORE -> round(v, 1);
            case INDEX -> round(v, 2);
            case COUNT -> round(v, 0);
        };
    }

    private static String round(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Renders the Markdown page.
     *
     * @param plan  the plan, not null
     * @param record  the record evaluated, not null
     * @param report  the report, not null
     * @return the Markdown, not null
     * @since 0.2.0
     */
    public static String markdown(EqualityPlan plan, ProgressRecord record, ProgressReport report) {
        Content c = content(plan, record, report);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(md(c.title())).append("\n\n");
        c.intro().forEach(s -> b.append(md(s)).append("\n\n"));
        for (Part part : c.parts()) {
            b.append("## ").append(md(part.title())).append("\n\n");
            if (part.rows().isEmpty()) {
                b.append("This objective has no success criteria.\n\n");
                continue;
            }
            b.append("| Success criterion | Status | Latest figure | Target | Explanation |\n");
            b.append("|---|---|---|---|---|\n");
            for (Row r : part.rows()) {
                b.append("| ").append(md(r.criterion())).append(" | ").append(md(r.status())).append(" | ")
                        .append(md(r.latest())).append(" | ").append(md(r.target())).append(" | ")
                        .append(md(r.explanation())).append(" |\n");
            }
            b.append('\n');
        }
        b.append("## Notes\n\n");
        c.notes().forEach(n -> b.append("- ").append(md(n)).append('\n'));
        return b.toString();
    }

    /**
     * Renders the HTML page: self-contained (no script, no external resource), {@code lang="en-GB"}, a viewport
     * meta element, a {@code <main>} landmark and a caption on every table.
     *
     * @param plan  the plan, not null
     * @param record  the record evaluated, not null
     * @param report  the report, not null
     * @return the HTML, not null
     * @since 0.2.0
     */
    public static String html(EqualityPlan plan, ProgressRecord record, ProgressReport report) {
        Content c = content(plan, record, report);
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(c.title())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1b1b1b;")
                .append("background:#fff}\n")
                .append("main{max-width:72rem;margin:0 auto;padding:1rem}\n")
                .append(".scroll{overflow-x:auto}\n")
                .append("table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}\n")
                .append("caption{text-align:left;font-weight:600;padding:.25rem 0}\n")
                .append("th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#f0f0f0}\ntbody th{font-weight:normal;background:#fafafa}\n")
                .append("@media (max-width:40rem){table,caption,tbody,tr,th,td{display:block;width:auto}"
                        + "thead{position:absolute;left:-10000px}tr{margin:0 0 1rem;border:1px solid #767676}"
                        + "th,td{border:0;border-bottom:1px solid #d0d0d0}"
                        + "td::before{content:attr(data-label) \": \";font-weight:600}}\n")
                .append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<h1>").append(esc(c.title())).append("</h1>\n");
        c.intro().forEach(s -> b.append("<p>").append(esc(s)).append("</p>\n"));
        for (Part part : c.parts()) {
            b.append("<section aria-labelledby=\"").append(esc(id(part.id()))).append("\">\n<h2 id=\"")
                    .append(esc(id(part.id()))).append("\">").append(esc(part.title())).append("</h2>\n");
            if (part.rows().isEmpty()) {
                b.append("<p>This objective has no success criteria.</p>\n</section>\n");
                continue;
            }
            b.append("<div class=\"scroll\"><table>\n<caption>Success criteria: ").append(esc(part.title()))
                    .append("</caption>\n<thead><tr><th scope=\"col\">Success criterion</th><th scope=\"col\">Status"
                            + "</th><th scope=\"col\">Latest figure</th><th scope=\"col\">Target</th>"
                            + "<th scope=\"col\">Explanation</th></tr></thead>\n<tbody>\n");
            for (Row r : part.rows()) {
                b.append("<tr><th scope=\"row\">").append(esc(r.criterion()))
                        .append("</th><td data-label=\"Status\">").append(esc(r.status()))
                        .append("</td><td data-label=\"Latest figure\">").append(esc(r.latest()))
                        .append("</td><td data-label=\"Target\">").append(esc(r.target()))
                        .append("</td><td data-label=\"Explanation\">").append(esc(r.explanation()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n</section>\n");
        }
        b.append("<h2>Notes</h2>\n<ul>\n");
        c.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>\n"));
        b.append("</ul>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String id(String objectiveId) {
        return "objective-" + objectiveId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Escapes what Markdown would read as markup or HTML, as the equality report's Markdown does. */
    private static String md(String s) {
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

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}

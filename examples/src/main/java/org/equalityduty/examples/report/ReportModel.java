package org.equalityduty.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The report as data: sections of figures, each a table with an optional chart. Every number is formatted once,
 * here, so that the HTML and Markdown renderings cannot differ; the chart series carry the raw values only for
 * drawing.
 *
 * <p>All types are immutable records.
 */
public final class ReportModel {
    private ReportModel() {
    }

    /** The DfE symbol for a suppressed value. */
    public static final String SUPPRESSED = "c";
    /** The DfE symbol for a value that is not available. */
    public static final String UNAVAILABLE = "x";
    /** What {@link #SUPPRESSED} means, said next to every table that uses it. */
    public static final String SUPPRESSED_MEANING = "c = withheld to protect the people it describes: fewer than 10"
            + " people, or a figure from which such a number could be worked out.";
    /** The DfE symbol for a figure that rounds to zero but is not zero. */
    public static final String LOW = org.equalityduty.disclosure.Symbol.LOW.getCode();
    /** What {@link #LOW} means, said next to every table that uses it. */
    public static final String LOW_MEANING = LOW + " = " + org.equalityduty.disclosure.Symbol.LOW.getExplanation()
            + ".";
    /** What {@link #UNAVAILABLE} means, said next to every table that uses it. */
    public static final String UNAVAILABLE_MEANING = "x = not available: there is no one to compare.";

    /**
     * The whole report.
     *
     * @param title  the title
     * @param organisation  the publishing organisation's name, as shown on the page
     * @param publishedOn  the publication date
     * @param intro  introductory paragraphs
     * @param sections  the sections in order
     * @param footnotes  the notes on symbols and methods
     */
    public record Report(String title, String organisation, LocalDate publishedOn, List<String> intro,
            List<Section> sections, List<String> footnotes) {
        /**
         * Copies the lists.
         *
         * @param title  the title
         * @param organisation  the organisation
         * @param publishedOn  the publication date
         * @param intro  the paragraphs
         * @param sections  the sections
         * @param footnotes  the footnotes
         */
        public Report {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(publishedOn, "publishedOn");
            intro = List.copyOf(intro);
            sections = List.copyOf(sections);
            footnotes = List.copyOf(footnotes);
        }
    }

    /**
     * A section.
     *
     * @param id  the anchor id, letters, digits and hyphens
     * @param heading  the heading
     * @param paragraphs  text before the figures
     * @param figures  the figures
     */
    public record Section(String id, String heading, List<String> paragraphs, List<Figure> figures) {
        /**
         * Copies the lists.
         *
         * @param id  the id
         * @param heading  the heading
         * @param paragraphs  the paragraphs
         * @param figures  the figures
         */
        public Section {
            paragraphs = List.copyOf(paragraphs);
            figures = List.copyOf(figures);
        }
    }

    /**
     * A table, with a chart of the same rows when there is one.
     *
     * @param id  the anchor id
     * @param title  the title
     * @param notes  notes under the title (method, reference, caveats)
     * @param table  the data
     * @param chart  the chart, empty for a table only
     */
    public record Figure(String id, String title, List<String> notes, Table table, Optional<Chart> chart) {
        /**
         * Copies the lists.
         *
         * @param id  the id
         * @param title  the title
         * @param notes  the notes
         * @param table  the table
         * @param chart  the chart
         */
        public Figure {
            notes = List.copyOf(notes);
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(chart, "chart");
        }
    }

    /** How a row is published. */
    public enum RowKind {
        /** All figures shown. */
        SHOWN,
        /** Suppressed: a count below the publication threshold (primary) or a cell that would reveal one (secondary). */
        SUPPRESSED,
        /** Not computable: the status column says why. */
        UNAVAILABLE
    }

    /**
     * A table of formatted cells.
     *
     * @param header  the column headings
     * @param rows  the rows, each as wide as the header
     */
    public record Table(List<String> header, List<Row> rows) {
        /**
         * Checks the widths.
         *
         * @param header  the header
         * @param rows  the rows
         */
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            for (Row r : rows) {
                if (r.cells().size() != header.size()) {
                    throw new IllegalArgumentException("row " + r.cells() + " does not match header " + header);
                }
            }
        }
    }

    /**
     * A row.
     *
     * @param cells  the formatted cells
     * @param kind  how the row is published
     */
    public record Row(List<String> cells, RowKind kind) {
        /**
         * Copies the cells.
         *
         * @param cells  the cells
         * @param kind  the kind
         */
        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A chart: one point (or bar) per group with its interval, on a horizontal value axis.
     *
     * @param title  the accessible title
     * @param description  the accessible description
     * @param axisLabel  the label of the value axis
     * @param points  the points, top to bottom
     * @param guides  vertical reference lines (zero is always drawn)
     * @param markerNames  names of the extra markers each point may carry, in legend order
     * @param bars  true to draw bars from zero, false for points
     * @param estimateName  the legend's name of the main value, empty for the default wording
     */
    public record Chart(String title, String description, String axisLabel, List<Point> points, List<Guide> guides,
            List<String> markerNames, boolean bars, String estimateName) {
        /**
         * A chart with the default legend wording.
         *
         * @param title  the title
         * @param description  the description
         * @param axisLabel  the axis label
         * @param points  the points
         * @param guides  the guides
         * @param markerNames  the marker names
         * @param bars  bars or points
         */
        public Chart(String title, String description, String axisLabel, List<Point> points, List<Guide> guides,
                List<String> markerNames, boolean bars) {
            this(title, description, axisLabel, points, guides, markerNames, bars, "");
        }

        /**
         * Copies the lists.
         *
         * @param title  the title
         * @param description  the description
         * @param axisLabel  the axis label
         * @param points  the points
         * @param guides  the guides
         * @param markerNames  the marker names
         * @param bars  bars or points
         * @param estimateName  the legend's name of the main value
         */
        public Chart {
            Objects.requireNonNull(estimateName, "estimateName");
            points = List.copyOf(points);
            guides = List.copyOf(guides);
            markerNames = List.copyOf(markerNames);
        }
    }

    /**
     * One group on a chart.
     *
     * @param label  the group label
     * @param value  the estimate, empty when suppressed or unavailable
     * @param lower  the lower interval limit, empty for no interval
     * @param upper  the upper interval limit, empty for no interval
     * @param note  what to print instead of a value ({@code c} or {@code x}), empty when there is a value
     * @param markers  extra reference values, by marker name index (empty for none), same length as the chart's
     *        marker names
     */
    public record Point(String label, OptionalDouble value, OptionalDouble lower, OptionalDouble upper, String note,
            List<OptionalDouble> markers) {
        /**
         * Copies the list.
         *
         * @param label  the label
         * @param value  the value
         * @param lower  the lower limit
         * @param upper  the upper limit
         * @param note  the note
         * @param markers  the markers
         */
        public Point {
            markers = List.copyOf(markers);
        }
    }

    /**
     * A vertical reference line.
     *
     * @param label  its label
     * @param value  its position on the value axis
     */
    public record Guide(String label, double value) {
    }
}

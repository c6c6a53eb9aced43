package org.equalityduty.examples.report;

import java.util.Objects;
import org.equalityduty.disclosure.CellRef;
import org.equalityduty.disclosure.CellStatus;
import org.equalityduty.disclosure.DisclosureControl;
import org.equalityduty.disclosure.DisclosureRules;
import org.equalityduty.disclosure.ProtectedPublication;
import org.equalityduty.disclosure.Publication;
import org.equalityduty.disclosure.PublishedCell;
import org.equalityduty.examples.report.ReportModel.Section;
import org.jspecify.annotations.Nullable;

/**
 * Everything a report publishes, declared to equality-disclosure and protected once as a whole: each section
 * declares its tables of counts (with their totals), the links between them (the same group's size in several
 * tables) and its derived figures (percentages, means, gaps, intervals), then renders its rows from the protected
 * publication, so that no cell, figure or sentence shows what the protection withholds.
 *
 * <p>A section is a {@link Part}: {@link Part#declare} adds its tables and figures, {@link Part#render} builds
 * the section from the protected publication. A new section (such as a pay gap section) is a new part.
 */
final class ReportPublication {
    /** The rules: counts from 1 to 9 are withheld, every withheld count protected to a width of 10. */
    static final DisclosureRules RULES = DisclosureRules.defaults().withThreshold(ReportBuilder.PUBLICATION_MINIMUM);

    /** One section of a report: the tables it publishes, then its rendering. */
    interface Part {
        /**
         * Declares the section's tables, links and figures.
         *
         * @param pub  the report's publication
         */
        void declare(ReportPublication pub);

        /**
         * Renders the section from the protected publication.
         *
         * @param pub  the report's publication, protected
         * @return the section
         */
        Section render(ReportPublication pub);
    }

    private final Publication.Builder builder = Publication.builder();
    /** Null until {@link #protect} builds it. */
    private @Nullable Publication publication;
    /** Null until {@link #protect} protects it. */
    private @Nullable ProtectedPublication out;

    /** The builder to declare tables and figures into, before {@link #protect}. */
    Publication.Builder builder() {
        if (out != null) {
            throw new IllegalStateException("the publication is already protected");
        }
        return builder;
    }

    /**
     * Links two cells when they hold the same count: for two tables of the same group (such as a group's size in
     * two outcomes of the same key stage) an intruder would take equal counts to be the same people, so they are
     * protected as one. Linking never weakens the protection: it only tells the audit more.
     *
     * @param a  one cell
     * @param va  its count
     * @param b  the other
     * @param vb  its count
     */
    void linkIfEqual(CellRef a, long va, CellRef b, long vb) {
        if (va == vb) {
            builder().link(a, b);
        }
    }

    /** Protects the publication; call once, after every part has declared. */
    void protect() {
        Publication declared = builder.build();
        publication = declared;
        out = DisclosureControl.protect(declared, RULES);
    }

    /** The publication as declared: the true counts, not for publication. */
    Publication publication() {
        return Objects.requireNonNull(publication, "protect first");
    }

    /** The protected publication. */
    ProtectedPublication protectedPublication() {
        return Objects.requireNonNull(out, "protect first");
    }

    /**
     * Obtains a cell as published.
     *
     * @param table  the table id
     * @param row  the row label
     * @param column  the column label
     * @return the cell
     */
    PublishedCell cell(String table, String row, String column) {
        return protectedPublication().getTable(table).getCell(row, column);
    }

    /**
     * Obtains a cell's text as published: the count, or {@code c} when withheld.
     *
     * @param table  the table id
     * @param row  the row label
     * @param column  the column label
     * @return the text
     */
    String count(String table, String row, String column) {
        PublishedCell c = cell(table, row, column);
        return c.isShown() ? c.getText() : ReportModel.SUPPRESSED;
    }

    /**
     * Obtains a derived figure's text as published: the figure, {@code c} when withheld, {@code x} when there is
     * no one to compare, {@code low} when it rounds to zero but is not zero.
     *
     * @param id  the figure's id
     * @return the text
     */
    String figure(String id) {
        PublishedCell f = protectedPublication().getFigure(id);
        if (f.isShown() || f.getStatus() == CellStatus.LOW || f.getStatus() == CellStatus.LOW_RELIABILITY) {
            return f.getText();
        }
        return f.getStatus() == CellStatus.NOT_APPLICABLE ? ReportModel.UNAVAILABLE : ReportModel.SUPPRESSED;
    }

    /**
     * Whether a derived figure is shown.
     *
     * @param id  the figure's id
     * @return true if shown
     */
    boolean shown(String id) {
        return protectedPublication().getFigure(id).isShown();
    }

    /**
     * A shortcut for a cell reference.
     *
     * @param table  the table id
     * @param row  the row label
     * @param column  the column label
     * @return the reference
     */
    static CellRef ref(String table, String row, String column) {
        return CellRef.of(table, row, column);
    }
}

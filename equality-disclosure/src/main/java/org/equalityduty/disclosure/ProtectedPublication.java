package org.equalityduty.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A protected publication: every table and figure as it may be published, the legend, how many cells were
 * withheld and the exact audit of every primary suppression.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ProtectedPublication {
    private final ProtectionStatus status;
    private final String reason;
    private final List<ProtectedTable> tables;
    private final Map<String, PublishedCell> figures;
    private final List<LegendEntry> legend;
    private final int primaryCount;
    private final int secondaryCount;
    private final long secondaryTotal;
    private final int withheldCount;
    private final List<AuditedInterval> audit;
    private final DisclosureRules rules;

    ProtectedPublication(ProtectionStatus status, String reason, List<ProtectedTable> tables,
            Map<String, PublishedCell> figures, List<LegendEntry> legend, int primaryCount, int secondaryCount,
            long secondaryTotal, int withheldCount, List<AuditedInterval> audit, DisclosureRules rules) {
        this.status = status;
        this.reason = reason;
        this.tables = List.copyOf(tables);
        this.figures = figures;
        this.legend = List.copyOf(legend);
        this.primaryCount = primaryCount;
        this.secondaryCount = secondaryCount;
        this.secondaryTotal = secondaryTotal;
        this.withheldCount = withheldCount;
        this.audit = List.copyOf(audit);
        this.rules = rules;
    }

    /**
     * Gets the outcome.
     *
     * @return the outcome
     * @since 0.2.0
     */
    public ProtectionStatus getStatus() {
        return status;
    }

    /**
     * Gets why, in a sentence.
     *
     * @return why, in a sentence
     * @since 0.2.0
     */
    public String getReason() {
        return reason;
    }

    /**
     * Gets the tables, in the order they were added.
     *
     * @return the tables, in the order they were added
     * @since 0.2.0
     */
    public List<ProtectedTable> getTables() {
        return tables;
    }

    /**
     * Obtains a table by id.
     *
     * @param id  the id, not null
     * @return the table, not null
     * @throws DisclosureInputException if there is no such table
     * @since 0.2.0
     */
    public ProtectedTable getTable(String id) {
        Objects.requireNonNull(id, "id");
        for (ProtectedTable t : tables) {
            if (t.getId().equals(id)) {
                return t;
            }
        }
        throw new DisclosureInputException("table: no table '" + id + "'");
    }

    /**
     * Obtains a derived figure by id.
     *
     * @param id  the id, not null
     * @return the figure, not null
     * @throws DisclosureInputException if there is no such figure
     * @since 0.2.0
     */
    public PublishedCell getFigure(String id) {
        PublishedCell f = figures.get(Objects.requireNonNull(id, "id"));
        if (f == null) {
            throw new DisclosureInputException("figure: no figure '" + id + "'");
        }
        return f;
    }

    /**
     * Gets every symbol used anywhere in the publication, with its explanation.
     *
     * @return every symbol used anywhere in the publication, with its explanation
     * @since 0.2.0
     */
    public List<LegendEntry> getLegend() {
        return legend;
    }

    /**
     * Gets the number of distinct counts withheld by a primary rule (a linked count counts once).
     *
     * @return the number of distinct counts withheld by a primary rule (a linked count counts once)
     * @since 0.2.0
     */
    public int getPrimaryCount() {
        return primaryCount;
    }

    /**
     * Gets the number of distinct counts withheld as secondary suppressions.
     *
     * @return the number of distinct counts withheld as secondary suppressions
     * @since 0.2.0
     */
    public int getSecondaryCount() {
        return secondaryCount;
    }

    /**
     * Gets the sum of the counts withheld as secondary suppressions.
     *
     * @return the sum of the counts withheld as secondary suppressions
     * @since 0.2.0
     */
    public long getSecondaryTotal() {
        return secondaryTotal;
    }

    /**
     * Gets the number of distinct counts withheld with a whole table (fail closed).
     *
     * @return the number of distinct counts withheld with a whole table (fail closed)
     * @since 0.2.0
     */
    public int getWithheldCount() {
        return withheldCount;
    }

    /**
     * Gets the exact audit of every primary suppression that is shown in a table (not for publication).
     *
     * @return the exact audit of every primary suppression that is shown in a table (not for publication)
     * @since 0.2.0
     */
    public List<AuditedInterval> getAudit() {
        return audit;
    }

    /**
     * Gets the rules the publication was protected by.
     *
     * @return the rules the publication was protected by
     * @since 0.2.0
     */
    public DisclosureRules getRules() {
        return rules;
    }
}

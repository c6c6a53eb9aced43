package org.equalityduty.paygap;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The six statutory gender pay gap figures for one snapshot date, keyed by the gov.uk service's field names, with
 * the headcounts behind them, the quartile bands' counts and the notices about the input.
 *
 * <p>Every figure has a status: computed (rounded once, half up, to one decimal place) or not computed with the
 * reason. This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class GenderPayGapReport {
    /**
     * The number of relevant employees from which reporting is required (SI 2017/353 Sch 1 para 1).
     *
     * @since 0.2.0
     */
    public static final int REPORTING_THRESHOLD = 250;

    private final LocalDate snapshot;
    private final EmployerType employerType;
    private final Counts counts;
    private final Map<GovUkField, Figure> figures;
    private final List<QuartileBand> quartiles;
    private final List<Notice> notices;

    /** The headcounts behind the figures. */
    record Counts(long relevant, long relevantMen, long relevantWomen, long notRecordedSex, long fullPayMen,
            long fullPayWomen, long maleBonusRecipients, long femaleBonusRecipients) {
    }

    GenderPayGapReport(LocalDate snapshot, EmployerType employerType, Counts counts, Map<GovUkField, Figure> figures,
            List<QuartileBand> quartiles, List<Notice> notices) {
        this.snapshot = snapshot;
        this.employerType = employerType;
        this.counts = counts;
        this.figures = Collections.unmodifiableMap(new EnumMap<>(figures));
        this.quartiles = List.copyOf(quartiles);
        this.notices = List.copyOf(notices);
    }

    /**
     * Gets the snapshot date.
     *
     * @return the date, not null
     * @since 0.2.0
     */
    public LocalDate getSnapshot() {
        return snapshot;
    }

    /**
     * Gets the employer type the figures were computed for.
     *
     * @return the type, not null
     * @since 0.2.0
     */
    public EmployerType getEmployerType() {
        return employerType;
    }

    /**
     * Gets the number of relevant employees (everyone employed on the snapshot date, whatever their sex or pay).
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getRelevantEmployees() {
        return counts.relevant();
    }

    /**
     * Gets the number of male relevant employees.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getRelevantMen() {
        return counts.relevantMen();
    }

    /**
     * Gets the number of female relevant employees.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getRelevantWomen() {
        return counts.relevantWomen();
    }

    /**
     * Gets the number of relevant employees with no recorded sex: counted in {@link #getRelevantEmployees()}, left
     * out of the figures.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getNotRecordedSex() {
        return counts.notRecordedSex();
    }

    /**
     * Gets the number of male full-pay relevant employees with hourly pay.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getFullPayRelevantMen() {
        return counts.fullPayMen();
    }

    /**
     * Gets the number of female full-pay relevant employees with hourly pay.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getFullPayRelevantWomen() {
        return counts.fullPayWomen();
    }

    /**
     * Gets the number of men paid bonus pay in the 12 months to the snapshot date.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getMaleBonusRecipients() {
        return counts.maleBonusRecipients();
    }

    /**
     * Gets the number of women paid bonus pay in the 12 months to the snapshot date.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getFemaleBonusRecipients() {
        return counts.femaleBonusRecipients();
    }

    /**
     * Tells whether publishing is required: 250 or more relevant employees on the snapshot date.
     *
     * @return true if the employer must publish
     * @since 0.2.0
     */
    public boolean isReportingRequired() {
        return counts.relevant() >= REPORTING_THRESHOLD;
    }

    /**
     * Gets every figure, in the gov.uk service's order.
     *
     * @return the unmodifiable figures by field, all 14 present, not null
     * @since 0.2.0
     */
    public Map<GovUkField, Figure> getFigures() {
        return figures;
    }

    /**
     * Gets one figure.
     *
     * @param field  the field, not null
     * @return the figure, not null
     * @since 0.2.0
     */
    public Figure getFigure(GovUkField field) {
        Figure figure = figures.get(Checks.notNull(field, "field"));
        if (figure == null) {
            throw new IllegalStateException("no figure for " + field);
        }
        return figure;
    }

    /**
     * Gets the men and women in each quartile pay band, lower first (empty if the hourly figures were not computed).
     *
     * @return the unmodifiable bands, not null
     * @since 0.2.0
     */
    public List<QuartileBand> getQuartiles() {
        return quartiles;
    }

    /**
     * Gets the warnings and notes about the input, in a fixed order.
     *
     * @return the unmodifiable notices, not null
     * @since 0.2.0
     */
    public List<Notice> getNotices() {
        return notices;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenderPayGapReport r && snapshot.equals(r.snapshot) && employerType == r.employerType
                && counts.equals(r.counts) && figures.equals(r.figures) && quartiles.equals(r.quartiles)
                && notices.equals(r.notices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(snapshot, employerType, counts, figures, quartiles, notices);
    }

    @Override
    public String toString() {
        return "GenderPayGapReport{" + snapshot + ", " + counts.relevant() + " relevant employees, "
                + figures.values() + "}";
    }
}

package org.equalityduty.paygap;

import java.util.List;
import java.util.Objects;

/**
 * One group's pay gap figures against the reference group: mean and median hourly gaps, mean and median bonus
 * gaps, the share of the group paid a bonus, and the group's share of each quartile pay band. Every figure has a
 * status; a group smaller than the minimum size has every figure {@link FigureStatus#WITHHELD withheld}.
 *
 * <p>Gaps are (R - G) / R x 100 where R is the reference group's mean (median) and G the group's: positive means the
 * group is paid less than the reference group. This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class GroupResult {
    private final String group;
    private final boolean reference;
    private final long relevant;
    private final boolean publishable;
    private final List<Figure> figures;

    GroupResult(String group, boolean reference, long relevant, boolean publishable, List<Figure> figures) {
        this.group = group;
        this.reference = reference;
        this.relevant = relevant;
        this.publishable = publishable;
        this.figures = List.copyOf(figures);
    }

    /**
     * Gets the group's label.
     *
     * @return the label, not null
     * @since 0.2.0
     */
    public String getGroup() {
        return group;
    }

    /**
     * Tells whether this is the reference group.
     *
     * @return true for the reference group
     * @since 0.2.0
     */
    public boolean isReference() {
        return reference;
    }

    /**
     * Gets the number of relevant employees in the group. For the employer's own use: where
     * {@link #isPublishable()} is false, publish "fewer than" the minimum, not this number.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getRelevantEmployees() {
        return relevant;
    }

    /**
     * Tells whether the group has at least the minimum number of relevant employees for publication.
     *
     * @return true if publishable
     * @since 0.2.0
     */
    public boolean isPublishable() {
        return publishable;
    }

    /**
     * Gets the figures: {@code DiffMeanHourlyPercent}, {@code DiffMedianHourlyPercent}, {@code DiffMeanBonusPercent},
     * {@code DiffMedianBonusPercent}, {@code BonusPercent}, {@code LowerQuartile}, {@code LowerMiddleQuartile},
     * {@code UpperMiddleQuartile}, {@code TopQuartile}, in that order.
     *
     * @return the unmodifiable figures, not null
     * @since 0.2.0
     */
    public List<Figure> getFigures() {
        return figures;
    }

    /**
     * Gets a figure by name.
     *
     * @param name  the figure's name, such as {@code DiffMedianHourlyPercent}, not null
     * @return the figure, not null
     * @throws IllegalArgumentException if there is no such figure
     * @since 0.2.0
     */
    public Figure getFigure(String name) {
        for (Figure f : figures) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no figure " + Checks.shown(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupResult g && group.equals(g.group) && reference == g.reference
                && relevant == g.relevant && publishable == g.publishable && figures.equals(g.figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, reference, relevant, publishable, figures);
    }

    @Override
    public String toString() {
        return group + (reference ? " (reference)" : "") + ": " + figures;
    }
}

package org.equalityduty.paygap;

import java.util.List;
import java.util.Objects;

/**
 * Pay gaps for one {@link Grouping}: each group's {@link GroupResult} (sorted by label, the reference group
 * first), and the share of relevant employees who did not disclose.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class GroupPayGapReport {
    private final String grouping;
    private final String reference;
    private final int minimumGroupSize;
    private final long relevant;
    private final long notDisclosed;
    private final Figure notDisclosedPercent;
    private final List<GroupResult> groups;

    GroupPayGapReport(String grouping, String reference, int minimumGroupSize, long relevant, long notDisclosed,
            Figure notDisclosedPercent, List<GroupResult> groups) {
        this.grouping = grouping;
        this.reference = reference;
        this.minimumGroupSize = minimumGroupSize;
        this.relevant = relevant;
        this.notDisclosed = notDisclosed;
        this.notDisclosedPercent = notDisclosedPercent;
        this.groups = List.copyOf(groups);
    }

    /**
     * Gets the grouping's name.
     *
     * @return the name, not null
     * @since 0.2.0
     */
    public String getGrouping() {
        return grouping;
    }

    /**
     * Gets the reference group.
     *
     * @return the reference group's label, not null
     * @since 0.2.0
     */
    public String getReference() {
        return reference;
    }

    /**
     * Gets the minimum group size applied.
     *
     * @return the minimum, at least 1
     * @since 0.2.0
     */
    public int getMinimumGroupSize() {
        return minimumGroupSize;
    }

    /**
     * Gets the number of relevant employees.
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getRelevantEmployees() {
        return relevant;
    }

    /**
     * Gets the number of relevant employees who did not disclose (no value, refused, not obtained).
     *
     * @return the count, 0 or more
     * @since 0.2.0
     */
    public long getNotDisclosed() {
        return notDisclosed;
    }

    /**
     * Gets the percentage of relevant employees who did not disclose ({@code NotDisclosedPercent}).
     *
     * @return the figure, not null
     * @since 0.2.0
     */
    public Figure getNotDisclosedPercent() {
        return notDisclosedPercent;
    }

    /**
     * Gets the groups, the reference group first, then by label.
     *
     * @return the unmodifiable groups, not null
     * @since 0.2.0
     */
    public List<GroupResult> getGroups() {
        return groups;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupPayGapReport r && grouping.equals(r.grouping) && reference.equals(r.reference)
                && minimumGroupSize == r.minimumGroupSize && relevant == r.relevant
                && notDisclosed == r.notDisclosed && notDisclosedPercent.equals(r.notDisclosedPercent)
                && groups.equals(r.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grouping, reference, minimumGroupSize, relevant, notDisclosed, notDisclosedPercent,
                groups);
    }

    @Override
    public String toString() {
        return grouping + " (reference " + reference + ", " + notDisclosedPercent + "): " + groups;
    }
}

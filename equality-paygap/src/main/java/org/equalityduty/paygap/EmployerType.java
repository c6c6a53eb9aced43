package org.equalityduty.paygap;

import java.time.MonthDay;

/**
 * Which regulations an employer reports under, and so its snapshot date.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum EmployerType {
    /**
     * A public authority listed in Schedule 2 to SI 2017/353 (academy trusts, schools): snapshot 31 March.
     *
     * @since 0.2.0
     */
    PUBLIC_AUTHORITY(MonthDay.of(3, 31), "SI 2017/353 Schedule 1 para 1"),
    /**
     * A private or voluntary sector employer under SI 2017/172: snapshot 5 April.
     *
     * @since 0.2.0
     */
    PRIVATE_OR_VOLUNTARY(MonthDay.of(4, 5), "SI 2017/172 reg 1(2)");

    private final MonthDay snapshot;
    private final String source;

    EmployerType(MonthDay snapshot, String source) {
        this.snapshot = snapshot;
        this.source = source;
    }

    /**
     * Gets the statutory snapshot date in each year.
     *
     * @return the day of the year, not null
     * @since 0.2.0
     */
    public MonthDay getSnapshot() {
        return snapshot;
    }

    /**
     * Gets the provision that sets the snapshot date.
     *
     * @return the citation, not null
     * @since 0.2.0
     */
    public String getSource() {
        return source;
    }
}

package org.equalityduty.testkit;

/**
 * The furthest stage a job applicant reached.
 *
 * @since 0.1.0
 */
public enum ApplicationStage {
    /**
     * Applied and was not shortlisted.
     *
     * @since 0.1.0
     */
    APPLIED,
    /**
     * Shortlisted (interviewed) and not appointed.
     *
     * @since 0.1.0
     */
    SHORTLISTED,
    /**
     * Appointed.
     *
     * @since 0.1.0
     */
    APPOINTED;

    /**
     * Gets the stable code.
     *
     * @return the lower-case name, such as {@code shortlisted}, not null
     * @since 0.1.0
     */
    public String getCode() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Checks whether this stage is at least another: an appointed applicant was also shortlisted.
     *
     * @param stage  the other stage, not null
     * @return true if this stage is the other or later
     * @since 0.1.0
     */
    public boolean reached(ApplicationStage stage) {
        return compareTo(stage) >= 0;
    }
}

package org.equalityduty.metrics.measures;

/**
 * The furthest stage an applicant for a job reached, in order: every appointed applicant was shortlisted, and every
 * shortlisted applicant applied.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ApplicantStage {
    /**
     * Applied, and went no further.
     *
     * @since 0.1.0
     */
    APPLIED,
    /**
     * Shortlisted (invited to interview), and not appointed.
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
     * Checks whether an applicant whose furthest stage is this one reached the given stage.
     *
     * @param stage the stage, not null
     * @return true if this stage is {@code stage} or later
     * @since 0.1.0
     */
    public boolean hasReached(ApplicantStage stage) {
        return compareTo(stage) >= 0;
    }
}

package org.equalityduty.disclosure;

/**
 * What happens to a count of zero.
 *
 * @since 0.2.0
 */
public enum ZeroPolicy {
    /**
     * Zeros are published (the default, as in DfE tables). Zeros are never chosen as secondary suppressions, so
     * an intruder knows every suppressed count is at least 1, and the audit gives the intruder that knowledge.
     *
     * @since 0.2.0
     */
    PUBLISH,
    /**
     * Zeros are suppressed like small counts (a zero can reveal that everyone in a group shares an attribute).
     * The intruder then knows only that a suppressed count is at least 0.
     *
     * @since 0.2.0
     */
    SUPPRESS
}

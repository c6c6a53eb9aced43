package org.equalityduty.core.constraints;

/**
 * Validation group of the child-friendly rules: objectives about pupils have a child-friendly version, and that
 * version is easy for a primary pupil to read.
 *
 * @since 0.1.0
 */
public interface ChildFriendly {
}

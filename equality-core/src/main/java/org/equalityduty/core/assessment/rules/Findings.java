package org.equalityduty.core.assessment.rules;

/**
 * Receives what a {@link Check} finds: where, and the plain-English message. Everything else about a finding (code,
 * severity, fix, source, the field the fix names) is the rule's, defined once with the rule.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface Findings {
    /**
     * Reports one problem.
     *
     * @param site  where, not null
     * @param message  the message, a complete sentence ending with a full stop, not null
     * @since 0.2.0
     */
    void add(Site site, String message);
}

package org.equalityduty.core.assessment;

/** The suggested fix of one violation, carried as Hibernate Validator's dynamic payload. */
record SuggestedFix(String text) {
}

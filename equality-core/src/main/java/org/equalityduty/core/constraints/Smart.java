package org.equalityduty.core.constraints;

/**
 * Validation group of the SMART rules: is each objective and success criterion specific, measurable, achievable,
 * relevant and time-bound. Run it with any Bean Validation validator: {@code validator.validate(plan, Smart.class)}.
 *
 * @since 0.1.0
 */
public interface Smart {
}

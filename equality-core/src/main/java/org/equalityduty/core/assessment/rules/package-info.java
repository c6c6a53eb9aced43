/**
 * The implementations of the constraints of {@code org.equalityduty.core.constraints}: one {@code *Rule} class per
 * constraint, holding its validators. Not exported: validators are registered with {@link java.util.ServiceLoader}
 * (the module descriptor and {@code META-INF/services/jakarta.validation.ConstraintValidator}) and opened to
 * Hibernate Validator, which creates them.
 *
 * @since 0.2.0
 */
package org.equalityduty.core.assessment.rules;

/**
 * Bean Validation of equality-duty values, bootstrapped safely (no Expression Language), and the plan-level
 * constraints.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.core.validation;

import org.jspecify.annotations.NullMarked;

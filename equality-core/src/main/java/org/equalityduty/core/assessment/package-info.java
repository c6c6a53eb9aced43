/**
 * Assessment of an equality plan against the SMART and equality-duty rules, giving findings with a rule
 * code, severity, message and fix.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.core.assessment;

import org.jspecify.annotations.NullMarked;

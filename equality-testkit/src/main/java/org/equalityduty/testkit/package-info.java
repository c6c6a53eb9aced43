/**
 * Generators of valid plans and data sets, for QuickTheories and framework-neutral.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.testkit;

import org.jspecify.annotations.NullMarked;

/**
 * Progress against a plan: the observed values a caller records and their evaluation into a progress report.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.core.progress;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code progress} command's own parts: the figures it measures from a trust's data files, the payroll it
 * derives from a staff file, and the progress page it publishes.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.examples.progress;

import org.jspecify.annotations.NullMarked;

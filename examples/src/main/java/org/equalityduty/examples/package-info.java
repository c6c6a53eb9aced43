/**
 * The command-line tool and main job: checks the seed plans and writes a synthetic trust's equality report.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.examples;

import org.jspecify.annotations.NullMarked;

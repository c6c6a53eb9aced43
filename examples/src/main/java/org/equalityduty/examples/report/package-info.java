/**
 * The synthetic trust's equality information report, written as HTML with charts and data tables and as Markdown.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.examples.report;

import org.jspecify.annotations.NullMarked;

/**
 * Readers and writers behind the JSON facade and module; not API.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.json.internal;

import org.jspecify.annotations.NullMarked;

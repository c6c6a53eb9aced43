/**
 * The versioned JSON wire format: a Jackson 2.x module, a facade that needs no Jackson types, and the JSON
 * Schema of the format.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.json;

import org.jspecify.annotations.NullMarked;

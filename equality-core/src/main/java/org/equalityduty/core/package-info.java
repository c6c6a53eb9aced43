/**
 * The equality plan model: plans, objectives, actions, success criteria, measures, groups, the duty's
 * characteristics and aims, organisations and cycles, with their structural Bean Validation constraints.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.core;

import org.jspecify.annotations.NullMarked;

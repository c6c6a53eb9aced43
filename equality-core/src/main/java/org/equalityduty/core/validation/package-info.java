/**
 * Structural validation with a validator bootstrapped safely, without Expression Language, and its problems in
 * a deterministic order.
 *
 * @since 0.1.0
 */
@NullMarked
package org.equalityduty.core.validation;

import org.jspecify.annotations.NullMarked;

/**
 * Structural validation with a validator bootstrapped safely, without Expression Language, and its problems in
 * a deterministic order.
 *
 * @since 0.1.0
 */
package org.equalityduty.core.validation;

/**
 * Statistical disclosure control for a whole publication: primary and secondary suppression with an exact audit,
 * rounding and the symbols that explain withheld figures.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.disclosure;

import org.jspecify.annotations.NullMarked;

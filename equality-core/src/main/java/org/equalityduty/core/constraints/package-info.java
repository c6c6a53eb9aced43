/**
 * The structural constraint {@link org.equalityduty.core.constraints.UniqueIds} that the plan types carry, and the
 * {@link org.equalityduty.core.constraints.Severity} of findings (which a consumer's own constraints may declare as a
 * payload). The assessment rules are not constraints: see {@code org.equalityduty.core.assessment.Rule}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.core.constraints;

import org.jspecify.annotations.NullMarked;

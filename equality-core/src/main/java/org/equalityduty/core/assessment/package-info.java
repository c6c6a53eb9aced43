/**
 * The assessment engine: {@link org.equalityduty.core.assessment.PlanAssessor} checks a plan's structure with Bean
 * Validation and runs every {@link org.equalityduty.core.assessment.Rule} over it, giving
 * {@link org.equalityduty.core.assessment.Finding}s with a code, a severity, a JSON Pointer, the objective they
 * concern and a fix that names the field to fill in.
 *
 * @since 0.1.0
 */
@NullMarked
package org.equalityduty.core.assessment;

import org.jspecify.annotations.NullMarked;

/**
 * Progress evaluation: {@link org.equalityduty.core.progress.ProgressEvaluator} reads a plan and its
 * observations and reports the status of each success criterion.
 *
 * @since 0.1.0
 */
package org.equalityduty.core.progress;

/**
 * The duty itself: protected characteristics, the aims of s.149(1), jurisdictions and their publication cycles,
 * the populations the duty covers, organisations, and who publishes what and how often.
 *
 * @since 0.2.0
 */
package org.equalityduty.core.duty;

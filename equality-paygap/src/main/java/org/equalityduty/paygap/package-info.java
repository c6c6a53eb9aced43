/**
 * Pay gap calculations: {@link org.equalityduty.paygap.GenderPayGap} computes the six statutory figures from
 * {@link org.equalityduty.paygap.PayRecord}s into a {@link org.equalityduty.paygap.GenderPayGapReport} whose
 * figures carry the gov.uk service's field names ({@link org.equalityduty.paygap.GovUkField});
 * {@link org.equalityduty.paygap.GovUkChecks} applies the service's checks; {@link org.equalityduty.paygap.GroupPayGaps}
 * computes ethnicity and disability pay gaps against a reference group.
 *
 * <p><b>Arithmetic.</b> Pay is {@link java.math.BigDecimal}. Sums, counts and medians are exact; an hourly rate
 * derived from period pay ({@link org.equalityduty.paygap.HourlyPay#fromPeriod}) is a quotient kept to 34
 * significant digits ({@link java.math.MathContext#DECIMAL128}). Every published figure is rounded once, from that
 * exact or 34-digit value, {@link java.math.RoundingMode#HALF_UP half up} to one decimal place.
 *
 * @since 0.2.0
 */
package org.equalityduty.paygap;

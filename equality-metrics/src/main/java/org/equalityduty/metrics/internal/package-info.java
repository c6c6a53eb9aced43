/**
 * Formulas shared by the accumulators and the functions (Wilson and Newcombe intervals, t and normal quantiles, the
 * group-against-group gap arithmetic, category indexes). Not exported: not part of the API.
 */
package org.equalityduty.metrics.internal;

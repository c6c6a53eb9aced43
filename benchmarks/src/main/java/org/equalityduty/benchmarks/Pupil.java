package org.equalityduty.benchmarks;

/**
 * One synthetic KS2 pupil as a caller's object record would hold it.
 *
 * @param school the school's position, 0 to schools - 1
 * @param disadvantaged whether the pupil is disadvantaged (FSM6, looked after or adopted from care)
 * @param scaledScore the KS2 scaled score, 80..120
 * @param metExpected whether the pupil met the expected standard (scaled score of at least 100)
 */
public record Pupil(int school, boolean disadvantaged, double scaledScore, boolean metExpected) {
}

package org.equalityduty.testkit;

/**
 * A pupil's key stage 2 scaled scores in reading and maths, each 80 to 120 (100 is the expected standard).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param reading  the reading scaled score, 80 to 120
 * @param maths  the maths scaled score, 80 to 120
 * @since 0.1.0
 */
public record Ks2Result(int reading, int maths) {

    /**
     * Creates an instance.
     *
     * @param reading  the reading scaled score, 80 to 120
     * @param maths  the maths scaled score, 80 to 120
     * @throws IllegalArgumentException if a score is outside 80 to 120
     * @since 0.1.0
     */
    public Ks2Result {
        check("reading", reading);
        check("maths", maths);
    }

    private static void check(String field, int score) {
        if (score < 80 || score > 120) {
            throw new IllegalArgumentException(field + " scaled score must be 80 to 120, not " + score);
        }
    }
}

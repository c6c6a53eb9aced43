package org.equalityduty.testkit;

import java.math.BigDecimal;

/**
 * A pupil's key stage 4 grades in English and maths, each 1 to 9.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param english  the English grade, 1 to 9
 * @param maths  the maths grade, 1 to 9
 * @since 0.1.0
 */
public record Ks4Result(int english, int maths) {

    /**
     * Creates an instance.
     *
     * @param english  the English grade, 1 to 9
     * @param maths  the maths grade, 1 to 9
     * @throws IllegalArgumentException if a grade is outside 1 to 9
     * @since 0.1.0
     */
    public Ks4Result {
        check("english", english);
        check("maths", maths);
    }

    private static void check(String field, int grade) {
        if (grade < 1 || grade > 9) {
            throw new IllegalArgumentException(field + " grade must be 1 to 9, not " + grade);
        }
    }

    /**
     * Gets the average of the English and maths grades, the attainment the DfE disadvantage gap index ranks
     * pupils by at key stage 4.
     *
     * @return the average in half grades, such as {@code 4.5}, scale 1, not null
     * @since 0.1.0
     */
    public BigDecimal averageGrade() {
        return BigDecimal.valueOf(5L * (english + maths), 1);
    }
}

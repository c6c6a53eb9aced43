package org.equalityduty.core.plan;

import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.internal.Codes;

/**
 * Key stages of the English national curriculum, plus the early years foundation stage and 16-18.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum KeyStage {
    /**
     * Early years foundation stage (ages 3-5).
     *
     * @since 0.1.0
     */
    EYFS,
    /**
     * Key stage 1 (ages 5-7).
     *
     * @since 0.1.0
     */
    KS1,
    /**
     * Key stage 2 (ages 7-11); scaled scores 80-120, 100 the expected standard.
     *
     * @since 0.1.0
     */
    KS2,
    /**
     * Key stage 3 (ages 11-14).
     *
     * @since 0.1.0
     */
    KS3,
    /**
     * Key stage 4 (ages 14-16): GCSEs, Attainment 8, Progress 8.
     *
     * @since 0.1.0
     */
    KS4,
    /**
     * 16-18 study.
     *
     * @since 0.1.0
     */
    KS5;

    private static final Codes<KeyStage> CODES = Codes.of(KeyStage.class, KeyStage::getCode);

    /**
     * Gets the stable wire code: the constant's name in lower case.
     *
     * @return the code, not null
     * @since 0.1.0
     */
    public String getCode() {
        return Codes.lowerCase(this);
    }

    /**
     * Obtains a constant from its wire code.
     *
     * @param code  the code, not null
     * @return the constant, not null
     * @throws InvalidValueException if the code is unknown
     * @since 0.1.0
     */
    public static KeyStage fromCode(String code) {
        return CODES.parse(code);
    }
}

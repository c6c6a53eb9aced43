package org.equalityduty.disclosure;

/**
 * The symbols DfE's explore-education-statistics tables use in place of a figure, with the explanation to show
 * next to every table that uses one. {@link SymbolStyle} chooses how a symbol is written.
 *
 * @since 0.2.0
 */
public enum Symbol {
    /**
     * {@code c}: withheld to protect confidentiality (primary or secondary suppression).
     *
     * @since 0.2.0
     */
    CONFIDENTIAL("c", "confidential: withheld so that no person can be identified, including figures withheld"
            + " because they would let a withheld figure be worked out"),
    /**
     * {@code x}: not available.
     *
     * @since 0.2.0
     */
    NOT_AVAILABLE("x", "not available"),
    /**
     * {@code z}: not applicable.
     *
     * @since 0.2.0
     */
    NOT_APPLICABLE("z", "not applicable"),
    /**
     * {@code low}: rounds to zero but is not zero.
     *
     * @since 0.2.0
     */
    LOW("low", "rounds to zero, but is not zero"),
    /**
     * {@code u}: low reliability.
     *
     * @since 0.2.0
     */
    LOW_RELIABILITY("u", "low reliability: based on too few people to be a reliable guide");

    private final String code;
    private final String explanation;

    Symbol(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    /**
     * Obtains the bare DfE code, such as {@code c}.
     *
     * @return the code, not null
     * @since 0.2.0
     */
    public String getCode() {
        return code;
    }

    /**
     * Obtains the plain-English explanation to show next to a table that uses the symbol.
     *
     * @return the explanation, not null
     * @since 0.2.0
     */
    public String getExplanation() {
        return explanation;
    }
}

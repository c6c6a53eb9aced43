package org.equalityduty.disclosure;

/**
 * How a {@link Symbol} is written in a table.
 *
 * @since 0.2.0
 */
public enum SymbolStyle {
    /**
     * DfE explore-education-statistics style: the bare code, such as {@code c} (the default).
     *
     * @since 0.2.0
     */
    DFE,
    /**
     * Government Statistical Service style for tables: the code in square brackets, such as {@code [c]}.
     *
     * @since 0.2.0
     */
    GSS_BRACKETED;

    /**
     * Writes a symbol in this style.
     *
     * @param symbol  the symbol, not null
     * @return the text, such as {@code c} or {@code [c]}
     * @since 0.2.0
     */
    public String render(Symbol symbol) {
        String code = java.util.Objects.requireNonNull(symbol, "symbol").getCode();
        return this == DFE ? code : "[" + code + "]";
    }
}

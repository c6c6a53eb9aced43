package org.equalityduty.disclosure;

import java.util.Objects;

/**
 * One line of a table's legend: a symbol as written in the table and what it means.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class LegendEntry {
    private final Symbol symbol;
    private final String text;

    LegendEntry(Symbol symbol, SymbolStyle style) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.text = style.render(symbol);
    }

    /**
     * Gets the symbol.
     *
     * @return the symbol
     * @since 0.2.0
     */
    public Symbol getSymbol() {
        return symbol;
    }

    /**
     * Gets the symbol as written in the table, such as {@code c} or {@code [c]}.
     *
     * @return the symbol as written in the table, such as {@code c} or {@code [c]}
     * @since 0.2.0
     */
    public String getText() {
        return text;
    }

    /**
     * Gets the explanation to show next to the table.
     *
     * @return the explanation to show next to the table
     * @since 0.2.0
     */
    public String getExplanation() {
        return symbol.getExplanation();
    }

    /**
     * Gets {@code text = explanation}.
     *
     * @return {@code text = explanation}
     */
    @Override
    public String toString() {
        return text + " = " + getExplanation();
    }
}

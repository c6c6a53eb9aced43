package org.equalityduty.disclosure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a {@link ProtectedTable} or one derived figure, as it may be published: its text (the count, the
 * rounded count, the figure or a symbol), its status and, when shown, its count.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PublishedCell {
    private final CellStatus status;
    private final String text;
    private final @Nullable Symbol symbol;
    private final long count;

    PublishedCell(CellStatus status, String text, @Nullable Symbol symbol, long count) {
        this.status = Objects.requireNonNull(status, "status");
        this.text = Objects.requireNonNull(text, "text");
        this.symbol = symbol;
        this.count = count;
    }

    /**
     * Gets the status.
     *
     * @return the status
     * @since 0.2.0
     */
    public CellStatus getStatus() {
        return status;
    }

    /**
     * Gets whether the value is shown (possibly rounded).
     *
     * @return whether the value is shown (possibly rounded)
     * @since 0.2.0
     */
    public boolean isShown() {
        return status == CellStatus.SHOWN;
    }

    /**
     * Gets the text to publish: the value, rounded if the rules round, or the symbol in the rules' style.
     *
     * @return the text to publish: the value, rounded if the rules round, or the symbol in the rules' style
     * @since 0.2.0
     */
    public String getText() {
        return text;
    }

    /**
     * Gets the symbol shown instead of the value, if any.
     *
     * @return the symbol shown instead of the value, if any
     * @since 0.2.0
     */
    public Optional<Symbol> getSymbol() {
        return Optional.ofNullable(symbol);
    }

    /**
     * Obtains the unrounded count of a shown count cell; empty for a withheld cell and for a derived figure.
     *
     * @return the count, if shown
     * @since 0.2.0
     */
    public OptionalLong getCount() {
        return status == CellStatus.SHOWN && count >= 0 ? OptionalLong.of(count) : OptionalLong.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}

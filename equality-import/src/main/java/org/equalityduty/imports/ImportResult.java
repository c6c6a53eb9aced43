package org.equalityduty.imports;

import java.util.Objects;

/**
 * What a read produced (the rows, or an accumulator fed with them) with its {@link ImportSummary}.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of what was produced
 * @since 0.2.0
 */
public final class ImportResult<T> {
    private final T value;
    private final ImportSummary summary;

    ImportResult(T value, ImportSummary summary) {
        this.value = Objects.requireNonNull(value, "value");
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    /**
     * Gets what the read produced.
     *
     * @return the value, not null
     * @since 0.2.0
     */
    public T getValue() {
        return value;
    }

    /**
     * Gets the summary of the read.
     *
     * @return the summary, not null
     * @since 0.2.0
     */
    public ImportSummary getSummary() {
        return summary;
    }

    @Override
    public String toString() {
        return "ImportResult[" + summary + "]";
    }
}

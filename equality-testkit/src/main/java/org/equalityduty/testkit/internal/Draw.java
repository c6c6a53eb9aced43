package org.equalityduty.testkit.internal;

/**
 * A generator written once against a {@link Source}; the public faces adapt it to QuickTheories and to
 * {@link java.util.random.RandomGenerator}.
 *
 * <p>Not part of the public API.
 *
 * @param <T>  the type generated
 * @since 0.1.0
 */
@FunctionalInterface
public interface Draw<T> {

    /**
     * Draws a value.
     *
     * @param source  the randomness, not null
     * @return the value, not null
     */
    T draw(Source source);
}

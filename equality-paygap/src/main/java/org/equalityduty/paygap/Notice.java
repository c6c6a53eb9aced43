package org.equalityduty.paygap;

import java.util.Objects;

/**
 * A warning or note about a calculation's input: a snapshot date that is not the statutory one, fewer than 250
 * relevant employees, employees with no recorded sex, missing pay.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Notice {
    /**
     * How serious a notice is.
     *
     * @since 0.2.0
     */
    public enum Level {
        /**
         * Something that may make the figures wrong for publication.
         *
         * @since 0.2.0
         */
        WARNING,
        /**
         * Information that does not change the figures.
         *
         * @since 0.2.0
         */
        NOTE
    }

    private final Level level;
    private final String code;
    private final String message;

    private Notice(Level level, String code, String message) {
        this.level = Checks.notNull(level, "level");
        this.code = Checks.notNull(code, "code");
        this.message = Checks.notNull(message, "message");
    }

    /**
     * Obtains a notice.
     *
     * @param level  the level, not null
     * @param code  a stable code such as {@code snapshot-date}, not null
     * @param message  the message, not null
     * @return the notice, not null
     * @since 0.2.0
     */
    public static Notice of(Level level, String code, String message) {
        return new Notice(level, code, message);
    }

    /**
     * Gets the level.
     *
     * @return the level, not null
     * @since 0.2.0
     */
    public Level getLevel() {
        return level;
    }

    /**
     * Gets the stable code.
     *
     * @return the code, not null
     * @since 0.2.0
     */
    public String getCode() {
        return code;
    }

    /**
     * Gets the message.
     *
     * @return the message, not null
     * @since 0.2.0
     */
    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notice n && level == n.level && code.equals(n.code) && message.equals(n.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, code, message);
    }

    @Override
    public String toString() {
        return level.name().toLowerCase(java.util.Locale.ROOT) + " [" + code + "]: " + message;
    }
}

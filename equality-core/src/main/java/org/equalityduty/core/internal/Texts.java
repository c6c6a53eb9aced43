package org.equalityduty.core.internal;

/**
 * Constraint constants shared by the value types: not part of the public API.
 *
 * @since 0.1.0
 */
public final class Texts {
    /**
     * A regular expression matching text with at least one non-whitespace character. Used with {@code @Pattern}
     * on optional text, because {@code @NotBlank} rejects the null that an empty {@code Optional} unwraps to.
     *
     * @since 0.1.0
     */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    private Texts() {
    }
}

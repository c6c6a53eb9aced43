package org.equalityduty.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalityduty.core.InvalidValueException;

/**
 * Lookup of enum constants by their stable wire code: not part of the public API.
 *
 * @param <E> the enum type
 * @since 0.1.0
 */
public final class Codes<E extends Enum<E>> {
    private final String typeName;
    private final Map<String, E> byCode;

    private Codes(String typeName, Map<String, E> byCode) {
        this.typeName = typeName;
        this.byCode = byCode;
    }

    /**
     * Builds the lookup for an enum.
     *
     * @param <E> the enum type
     * @param type  the enum class, not null
     * @param code  the function giving a constant's code, not null
     * @return the lookup, not null
     * @since 0.1.0
     */
    public static <E extends Enum<E>> Codes<E> of(Class<E> type, Function<E, String> code) {
        Map<String, E> map = Stream.of(type.getEnumConstants())
                .collect(Collectors.toUnmodifiableMap(code, Function.identity()));
        return new Codes<>(type.getSimpleName(), map);
    }

    /**
     * Obtains the constant with the given code.
     *
     * @param code  the code, not null
     * @return the constant, not null
     * @throws InvalidValueException if no constant has that code
     * @since 0.1.0
     */
    public E parse(String code) {
        Objects.requireNonNull(code, "code");
        E value = byCode.get(code);
        if (value == null) {
            throw new InvalidValueException(typeName + " code '" + Strings.abbreviate(code)
                    + "' is not one of " + byCode.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        return value;
    }

    /**
     * Makes the conventional code of a constant: its name in lower case.
     *
     * @param constant  the constant, not null
     * @return the code, not null
     * @since 0.1.0
     */
    public static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}

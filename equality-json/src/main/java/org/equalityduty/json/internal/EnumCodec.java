package org.equalityduty.json.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The wire codes of one enum: its stable lower-case codes, never Java names. Not part of the public API.
 *
 * @param <E> the enum type
 * @since 0.1.0
 */
public final class EnumCodec<E extends Enum<E>> {
    private final Class<E> type;
    private final String noun;
    private final Function<E, String> code;
    private final Map<String, E> byCode = new LinkedHashMap<>();
    private final String expected;

    EnumCodec(Class<E> type, Function<E, String> code, String noun) {
        this(type, code, noun, type.getEnumConstants().length);
    }

    private EnumCodec(Class<E> type, Function<E, String> code, String noun, int count) {
        this.type = type;
        this.noun = noun;
        this.code = code;
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < count; i++) {
            byCode.put(code.apply(constants[i]), constants[i]);
        }
        this.expected = String.join(", ", byCode.keySet());
    }

    /**
     * Gets the codes of the first constants only: those of an earlier format version, whose constants come first.
     *
     * @param count  how many constants, from the first
     * @return the restricted codes, not null
     */
    EnumCodec<E> first(int count) {
        return new EnumCodec<>(type, code, noun, count);
    }

    /**
     * Gets the enum type.
     *
     * @return the type, not null
     */
    public Class<E> type() {
        return type;
    }

    /**
     * Gets the plain-English name of the concept, for messages.
     *
     * @return such as {@code duty aim}, not null
     */
    public String noun() {
        return noun;
    }

    /**
     * Gets the wire code of a constant.
     *
     * @param value  the constant, not null
     * @return the code, not null
     */
    public String code(E value) {
        return code.apply(value);
    }

    /**
     * Finds the constant with a code.
     *
     * @param wire  the code, not null
     * @return the constant, null if none
     */
    @Nullable E find(String wire) {
        return byCode.get(wire);
    }

    /**
     * Gets the codes, in declaration order, separated by commas.
     *
     * @return the list, not null
     */
    public String expected() {
        return expected;
    }

    /**
     * Gets all codes in declaration order.
     *
     * @return the codes, not null
     */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /**
     * Gets the codes of a collection of constants in declaration order, so that sets serialize deterministically.
     *
     * @param values  the constants, not null
     * @return the codes, not null
     */
    public List<String> sortedCodes(Collection<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).map(code).collect(Collectors.toList());
    }
}

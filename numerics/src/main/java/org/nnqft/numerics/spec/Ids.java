package org.nnqft.numerics.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values spelled as on the command line: lower case. */
final class Ids {
    private Ids() {
    }

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** @throws SpecException naming {@code parameter} and the allowed ids */
    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String text) {
        E[] values = type.getEnumConstants();
        for (E e : values) {
            if (text != null && id(e).equals(text.trim().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new SpecException(parameter, "one of " + Arrays.stream(values).map(Ids::id).collect(Collectors.joining(", ")), text);
    }
}

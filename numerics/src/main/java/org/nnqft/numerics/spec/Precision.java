package org.nnqft.numerics.spec;

import java.util.Locale;

/** Arithmetic of the forward pass; moment sums are always double. */
public enum Precision {
    DOUBLE,
    /** Twice the lanes per vector; differences between neighbouring inputs lose digits first. */
    FLOAT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Precision parse(String text) {
        for (Precision p : values()) {
            if (p.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new SpecException("precision", "one of double, float", text);
    }
}

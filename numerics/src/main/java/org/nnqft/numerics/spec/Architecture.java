package org.nnqft.numerics.spec;

import java.util.Locale;

/** The hidden-layer activations of THEORY.md section 1. */
public enum Architecture {
    /** HMS "Gauss-net": exp(z) normalised so that the 2-point function is exactly the GP kernel. */
    GAUSS,
    ERF,
    RELU;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Architecture parse(String text) {
        for (Architecture a : values()) {
            if (a.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new SpecException("arch", "one of gauss, erf, relu", text);
    }
}

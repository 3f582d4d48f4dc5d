package org.nnqft.numerics.spec;

/** The hidden-layer activations of docs/theory.md section 1. */
public enum Architecture {
    /** HMS "Gauss-net": exp(z) normalised so that the 2-point function is exactly the GP kernel. */
    GAUSS,
    ERF,
    RELU;

    public String id() {
        return Ids.id(this);
    }

    public static Architecture parse(String text) {
        return Ids.parse(Architecture.class, "arch", text);
    }
}

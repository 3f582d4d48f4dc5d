package org.nnqft.numerics.spec;

/** Arithmetic of the forward pass; moment sums are always double. */
public enum Precision {
    DOUBLE,
    /** Twice the lanes per vector; differences between neighbouring inputs lose digits first. */
    FLOAT;

    public String id() {
        return Ids.id(this);
    }

    public static Precision parse(String text) {
        return Ids.parse(Precision.class, "precision", text);
    }
}

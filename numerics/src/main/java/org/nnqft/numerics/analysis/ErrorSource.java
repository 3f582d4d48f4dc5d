package org.nnqft.numerics.analysis;

/** Which standard error a z-score divides by. */
public enum ErrorSource {
    /** The plain estimator's exact variance from the order-2n theory (docs/theory.md 6). */
    EXACT,
    /** The spread of the bags; blind to rare large networks under heavy tails. */
    BAGS;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.nnqft.numerics.random;

/** 64 random bits to a double with 53 random bits. */
public final class Uniform {
    private static final double ULP = 0x1.0p-53;

    private Uniform() {
    }

    /** In [0, 1): Box-Muller's angle uniform. */
    public static double closedOpen(long bits) {
        return (bits >>> 11) * ULP;
    }
}

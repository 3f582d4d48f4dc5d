package org.nnqft.numerics.random;

/** 64 random bits to doubles with 53 random bits. */
public final class Uniform {
    private static final double ULP = 0x1.0p-53;

    private Uniform() {
    }

    /** In [0, 1). */
    public static double closedOpen(long bits) {
        return (bits >>> 11) * ULP;
    }

    /** In (0, 1]: safe to take the logarithm of. */
    public static double openClosed(long bits) {
        return ((bits >>> 11) + 1) * ULP;
    }
}

package org.nnqft.numerics.random;

/**
 * Standard normal variates from a {@link CounterStream}, two per pair of counters: parameter
 * {@code 2q} is r cos(theta) and {@code 2q + 1} is r sin(theta), with r and theta from the bits at
 * counters 2q and 2q + 1 (Box and Muller, Ann. Math. Statist. 29, 1958). Both variates of a pair
 * are used, so one hash is spent per variate, and either one is addressable on its own.
 *
 * <p>u1 has 53 bits in (0, 1], so |z| reaches sqrt(106 ln 2) = 8.57: the tail beyond is 1e-17.
 */
public final class BoxMuller {
    private static final double TWO_PI = 2 * Math.PI;

    private BoxMuller() {
    }

    /** Variate {@code index} of network {@code network}. */
    public static double gaussian(CounterStream stream, int network, int index) {
        int even = index & ~1;
        double r = radius(stream.bits(network, even));
        double theta = TWO_PI * Uniform.closedOpen(stream.bits(network, even + 1));
        return (index & 1) == 0 ? r * Math.cos(theta) : r * Math.sin(theta);
    }

    /**
     * Fills {@code out[off .. off + count)} with variates {@code first .. first + count) of one
     * network; {@code first} must be even.
     */
    public static void fill(CounterStream stream, int network, int first, double[] out, int off, int count) {
        if ((first & 1) != 0) {
            throw new IllegalArgumentException("first variate index must be even, got " + first);
        }
        for (int i = 0; i < count; i += 2) {
            double r = radius(stream.bits(network, first + i));
            double theta = TWO_PI * Uniform.closedOpen(stream.bits(network, first + i + 1));
            out[off + i] = r * Math.cos(theta);
            if (i + 1 < count) {
                out[off + i + 1] = r * Math.sin(theta);
            }
        }
    }

    private static double radius(long bits) {
        return Math.sqrt(-2 * Math.log(Uniform.openClosed(bits)));
    }
}

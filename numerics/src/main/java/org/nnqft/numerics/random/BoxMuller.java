package org.nnqft.numerics.random;

/**
 * Standard normal variates from a {@link CounterStream}, two per Philox block: parameter {@code 2q}
 * is r cos(theta) and {@code 2q + 1} is r sin(theta), with r = sqrt(-2 ln u1) from the block's word
 * 0 ({@link RadiusUniform}) and theta = 2 pi u2 from its word 1 (Box and Muller, Ann. Math. Statist.
 * 29, 1958). Both variates of a pair are used, and either one is addressable on its own.
 *
 * <p>|z| reaches 37 (RadiusUniform); E[exp(m z)] equals exp(m^2 / 2) to 1e-15 for m <= 8
 * (GaussianTailTest).
 */
public final class BoxMuller {
    private static final double TWO_PI = 2 * Math.PI;

    private BoxMuller() {
    }

    /** Variate {@code index} of network {@code network}. */
    public static double gaussian(CounterStream stream, int network, int index) {
        double[] pair = new double[2];
        pair(stream, network, index >>> 1, new int[4], pair, 0);
        return pair[index & 1];
    }

    /**
     * Fills {@code out[off .. off + count)} with variates {@code first .. first + count) of one
     * network; {@code first} must be even.
     */
    public static void fill(CounterStream stream, int network, int first, double[] out, int off, int count) {
        if ((first & 1) != 0) {
            throw new IllegalArgumentException("first variate index must be even, got " + first);
        }
        int[] words = new int[4];
        double[] last = new double[2];
        for (int i = 0; i + 1 < count; i += 2) {
            pair(stream, network, (first + i) >>> 1, words, out, off + i);
        }
        if ((count & 1) != 0) {
            pair(stream, network, (first + count - 1) >>> 1, words, last, 0);
            out[off + count - 1] = last[0];
        }
    }

    /** Box-Muller pair {@code pair}: r cos into out[at], r sin into out[at + 1]. */
    private static void pair(CounterStream stream, int network, int pair, int[] words, double[] out, int at) {
        uniforms(stream, network, pair, words, out, at);
        double r = Math.sqrt(-2 * Math.log(out[at]));
        double theta = TWO_PI * out[at + 1];
        out[at] = r * Math.cos(theta);
        out[at + 1] = r * Math.sin(theta);
    }

    /**
     * The uniforms of pair {@code pair}: u1 in (0, 1) into out[at], u2 in [0, 1) into out[at + 1]
     * ({@code words} is scratch for the block). For backends that do the transform themselves.
     */
    public static void uniforms(CounterStream stream, int network, int pair, int[] words, double[] out, int at) {
        stream.block(network, pair, 0, words, 0);
        out[at] = RadiusUniform.of(stream, network, pair, Philox4x32.join(words[0], words[1]));
        out[at + 1] = Uniform.closedOpen(Philox4x32.join(words[2], words[3]));
    }
}

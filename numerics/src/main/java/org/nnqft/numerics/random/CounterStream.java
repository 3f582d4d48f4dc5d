package org.nnqft.numerics.random;

/**
 * A counter-based random stream: the bits at any (network, parameter) of one (seed, width, bag) are
 * a pure function of those numbers, so blocks of networks can be drawn in any order, on any thread,
 * by any backend, and every backend draws the very same networks.
 *
 * <p>The bits are {@link Philox4x32}'s blocks. The counter of Box-Muller pair q of network n is
 * (c0, c1, c2, c3) = (q, n, 0, 0); its block is two 64-bit words, word 0 for the radius and word 1
 * for the angle, so variate index i reads word i & 1 of pair i >>> 1. Blocks with c2 = level >= 1
 * are the radius's refinement words ({@link RadiusUniform}); c3 = 1 is reserved for seeding
 * engines with their own generator ({@link #seedWord}).
 *
 * <p>The 64-bit key is {@code mix64} (SplitMix64's finaliser, a bijection of 64 bits) chained over
 * seed, width and bag. For fixed width and bag, distinct seeds give distinct keys; two different
 * (seed, width, bag) triples share a key only by a 2^-64 accident, and even then would only make
 * two bags of the experiment draw the same networks: no structure of the key reaches the output,
 * since Philox's rounds mix the key into every word.
 */
public final class CounterStream {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int key0;
    private final int key1;

    private CounterStream(long key) {
        this.key0 = (int) (key >>> 32);
        this.key1 = (int) key;
    }

    /** The stream of one bag of one width of an experiment. */
    public static CounterStream of(long seed, int width, int bag) {
        long k = mix64(seed + GOLDEN);
        k = mix64(k + GOLDEN * (1 + (long) width));
        k = mix64(k ^ (GOLDEN * (1 + (long) bag)));
        return new CounterStream(k);
    }

    /** Philox's first key word (the key's high half); vectorised backends broadcast both. */
    public int key0() {
        return key0;
    }

    public int key1() {
        return key1;
    }

    /** The four 32-bit words of block (pair, network, level, 0) into {@code out[off .. off + 4)}. */
    public void block(int network, int pair, int level, int[] out, int off) {
        Philox4x32.block(key0, key1, pair, network, level, 0, out, off);
    }

    /** Word 0 (radius) of the block (pair, network, level, 0). */
    public long radiusWord(int network, int pair, int level) {
        int[] w = new int[4];
        block(network, pair, level, w, 0);
        return Philox4x32.join(w[0], w[1]);
    }

    /** The 64-bit word that variate {@code index} of network {@code network} is drawn from. */
    public long bits(int network, int index) {
        int[] w = new int[4];
        block(network, index >>> 1, 0, w, 0);
        int at = 2 * (index & 1);
        return Philox4x32.join(w[at], w[at + 1]);
    }

    /** A seed for a backend's own generator (--rng native): word 0 of block (0, network, 0, 1). */
    public long seedWord(int network) {
        int[] w = new int[4];
        Philox4x32.block(key0, key1, 0, network, 0, 1, w, 0);
        return Philox4x32.join(w[0], w[1]);
    }

    /** Stafford's variant 13 finaliser, as in SplitMix64. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

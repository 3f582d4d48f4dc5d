package org.nnqft.numerics.random;

/**
 * The Philox4x32-10 block function (Salmon, Moraes, Dror, Shaw, "Parallel random numbers: as easy
 * as 1, 2, 3", SC'11; Random123's {@code philox4x32_10}): a keyed bijection of a 128-bit counter,
 * ten rounds of two 32 x 32 -> 64-bit products. It is what cuRAND and TensorFlow ship, it passes
 * BigCrush with a wide margin, and its output at any counter costs the same, so a stream built on
 * it is addressable anywhere.
 *
 * <p>Checked bit for bit against Random123's known-answer vectors and Commons RNG (Philox4x32Test).
 */
public final class Philox4x32 {
    /** Round multipliers. */
    public static final int M0 = 0xD2511F53;
    public static final int M1 = 0xCD9E8D57;
    /** Weyl increments of the key between rounds (golden ratio, sqrt(3) - 1). */
    public static final int W0 = 0x9E3779B9;
    public static final int W1 = 0xBB67AE85;
    public static final int ROUNDS = 10;
    private static final long MASK = 0xFFFFFFFFL;

    private Philox4x32() {
    }

    /** The block at counter (c0, c1, c2, c3) under key (k0, k1), into {@code out[off .. off + 4)}. */
    public static void block(int k0, int k1, int c0, int c1, int c2, int c3, int[] out, int off) {
        for (int round = 0; round < ROUNDS; round++) {
            long p0 = (M0 & MASK) * (c0 & MASK);
            long p1 = (M1 & MASK) * (c2 & MASK);
            int next0 = (int) (p1 >>> 32) ^ c1 ^ k0;
            int next2 = (int) (p0 >>> 32) ^ c3 ^ k1;
            c1 = (int) p1;
            c3 = (int) p0;
            c0 = next0;
            c2 = next2;
            k0 += W0;
            k1 += W1;
        }
        out[off] = c0;
        out[off + 1] = c1;
        out[off + 2] = c2;
        out[off + 3] = c3;
    }

    /** Two 32-bit words as one 64-bit word, the first one high (Commons RNG's {@code nextLong}). */
    public static long join(int high, int low) {
        return (long) high << 32 | (low & MASK);
    }
}

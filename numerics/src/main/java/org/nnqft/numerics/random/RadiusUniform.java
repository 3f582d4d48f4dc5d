package org.nnqft.numerics.random;

/**
 * Box-Muller's radius uniform u1, with its tail: the radius sqrt(-2 ln u1) is as large as u1 is
 * small, so u1 must be uniform far below the 2^-53 a single word's lattice reaches (there |z| stops
 * at 8.57, and E[exp(m z)] is 30% low at m = 8).
 *
 * <p>hi = word0 >>> 12 picks one of 2^52 cells of width 2^-52. For hi >= 2^32 (all but 2^-20 of the
 * pairs) u1 is the cell's midpoint (hi + 1/2) 2^-52: exact, never 0 or 1. Below, the cell is
 * refined: u1 = (hi + v) 2^-52 with v built by the same rule from word 0 of the pair's extension
 * block (counter c2 = 1, then 2, ... for v's own refinement). Every cell is thus split at least 2^32
 * ways, so u1 is uniform to 32 significant bits or more at every scale. The recursion stops at
 * level {@link #DEEPEST} with v = 1/2, where u1 >= 2^-989 is still a normal double: |z| reaches
 * sqrt(2 * 989 ln 2) = 37.0.
 *
 * <p>This one scalar function serves every backend: the vector paths compute the common case in
 * lanes and patch the lanes that need refinement (about one pair in 10^6) from it.
 */
public final class RadiusUniform {
    /** Cells below this index are refined. */
    public static final long REFINE_BELOW = 1L << 32;
    /** The deepest extension block read; its refinement is the midpoint. */
    public static final int DEEPEST = 18;
    private static final double CELL = 0x1.0p-52;

    private RadiusUniform() {
    }

    /** u1 of pair {@code pair} of network {@code network}, whose block's word 0 is {@code word0}. */
    public static double of(CounterStream stream, int network, int pair, long word0) {
        return ofCell(stream, network, pair, word0 >>> 12);
    }

    /** The same from the cell index hi = word0 >>> 12, which is all of word 0 that u1 uses. */
    public static double ofCell(CounterStream stream, int network, int pair, long hi) {
        return hi >= REFINE_BELOW ? midpoint(hi) : refined(stream, network, pair, hi, 1);
    }

    /** Whether word 0's cell is refined (then {@link #of} reads further blocks). */
    public static boolean refines(long word0) {
        return (word0 >>> 12) < REFINE_BELOW;
    }

    /** The common case: the midpoint of cell hi. */
    public static double midpoint(long hi) {
        return (hi + 0.5) * CELL;
    }

    private static double refined(CounterStream stream, int network, int pair, long hi, int level) {
        double v;
        if (level > DEEPEST) {
            v = 0.5;
        } else {
            long h = stream.radiusWord(network, pair, level) >>> 12;
            v = h >= REFINE_BELOW ? midpoint(h) : refined(stream, network, pair, h, level + 1);
        }
        return (hi + v) * CELL;
    }
}

package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.Philox4x32;
import org.nnqft.numerics.random.RadiusUniform;

/**
 * {@link Philox4x32} for one lane per network: lane l computes block (q, first + l, 0, 0) with each
 * 32-bit word zero-extended in a long lane, and the 32 x 32 -> 64-bit products as long multiplies
 * of masked values (hi = p >>> 32, lo = p & 0xffffffff), which C2 turns into one unsigned
 * 32-bit multiply each. It hands back what Box-Muller reads of the block: the radius cell
 * hi = word0 >>> 12 and the angle integer word1 >>> 11.
 *
 * <p>Only c1 differs between lanes, and c2 = c3 = 0, so the first three rounds are partly lane
 * independent: round 1's products and round 2's and 3's second ones are scalar, leaving 16 vector
 * multiplies a block rather than 20.
 */
final class LanePhilox {
    private static final long MASK = 0xFFFFFFFFL;
    private static final long M0 = Philox4x32.M0 & MASK;
    private static final long M1 = Philox4x32.M1 & MASK;

    /** A constant, as the Vector API needs to compile to vector instructions. */
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;

    private final long[] network;
    /** Round r's key words, zero-extended. */
    private final long[] keyA = new long[Philox4x32.ROUNDS];
    private final long[] keyB = new long[Philox4x32.ROUNDS];

    /** {@code lanes} networks at a time, a multiple of the preferred long vector's length. */
    LanePhilox(int lanes) {
        if (lanes % L.length() != 0) {
            throw new IllegalArgumentException(lanes + " lanes is not a multiple of " + L.length());
        }
        this.network = new long[lanes];
    }

    /** Points the lanes at networks first .. first + lanes - 1 of a stream. */
    void start(CounterStream stream, int first) {
        for (int l = 0; l < network.length; l++) {
            network[l] = (first + l) & MASK;
        }
        int a = stream.key0();
        int b = stream.key1();
        for (int r = 0; r < Philox4x32.ROUNDS; r++) {
            keyA[r] = a & MASK;
            keyB[r] = b & MASK;
            a += Philox4x32.W0;
            b += Philox4x32.W1;
        }
    }

    int lanes() {
        return network.length;
    }

    /** Network of lane l. */
    int network(int lane) {
        return (int) network[lane];
    }

    /**
     * Blocks of the pairs at even variate indices {@code evenIndex[0 .. count)}: for pair i and lane l, the radius cell into
     * {@code cell[i lanes + l]} and the angle integer into {@code angle[i lanes + l]}. Returns
     * whether any cell needs refinement (below {@link RadiusUniform#REFINE_BELOW}).
     */
    boolean blocks(int[] evenIndex, int count, long[] cell, long[] angle) {
        int n = network.length;
        boolean refine = false;
        for (int i = 0; i < count; i++) {
            long q = (evenIndex[i] >>> 1) & MASK;
            // round 1: c0 = q and c2 = c3 = 0 are common to all lanes, the product M1 c2 is 0
            long p = M0 * q;
            long r1c2 = (p >>> 32) ^ keyB[0];
            long r1c3 = p & MASK;
            // round 2's second product is M1 r1c2, common; round 3's first is M0 of a common c0
            long p2 = M1 * r1c2;
            long r2c0 = (p2 >>> 32) ^ keyA[1];
            long r2c1 = p2 & MASK;
            long p3 = M0 * r2c0;
            for (int l = 0; l < n; l += L.length()) {
                LongVector c0 = LongVector.fromArray(L, network, l).lanewise(VectorOperators.XOR, keyA[0]);
                // round 2
                LongVector q0 = c0.and(MASK).mul(M0);
                LongVector c2 = q0.lanewise(VectorOperators.LSHR, 32).lanewise(VectorOperators.XOR, r1c3 ^ keyB[1]);
                LongVector c3 = q0.and(MASK);
                // round 3
                LongVector q1 = c2.and(MASK).mul(M1);
                c0 = q1.lanewise(VectorOperators.LSHR, 32).lanewise(VectorOperators.XOR, r2c1 ^ keyA[2]);
                LongVector c1 = q1.and(MASK);
                c2 = c3.lanewise(VectorOperators.XOR, (p3 >>> 32) ^ keyB[2]);
                c3 = LongVector.broadcast(L, p3 & MASK);
                for (int r = 3; r < Philox4x32.ROUNDS; r++) {
                    // the masks are no-ops on the values; they tell C2 the products are 32 x 32 bits
                    LongVector a = c0.and(MASK).mul(M0);
                    LongVector b = c2.and(MASK).mul(M1);
                    c0 = b.lanewise(VectorOperators.LSHR, 32).lanewise(VectorOperators.XOR, c1).lanewise(VectorOperators.XOR, keyA[r]);
                    c1 = b.and(MASK);
                    c2 = a.lanewise(VectorOperators.LSHR, 32).lanewise(VectorOperators.XOR, c3).lanewise(VectorOperators.XOR, keyB[r]);
                    c3 = a.and(MASK);
                }
                // word0 = c0 << 32 | c1, word1 = c2 << 32 | c3; a cell below 2^32 means c0 < 2^12
                refine |= c0.compare(VectorOperators.LT, 1L << 12).anyTrue();
                c0.lanewise(VectorOperators.LSHL, 20).or(c1.lanewise(VectorOperators.LSHR, 12)).intoArray(cell, i * n + l);
                c2.lanewise(VectorOperators.LSHL, 21).or(c3.lanewise(VectorOperators.LSHR, 11)).intoArray(angle, i * n + l);
            }
        }
        return refine;
    }
}

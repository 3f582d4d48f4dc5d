package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.RadiusUniform;

/**
 * The {@link CounterStream} and its Box-Muller transform evaluated for one lane per network: lane l
 * holds network {@code first + l}. The bits are the scalar stream's exactly ({@link LanePhilox});
 * log, sin and cos are {@link VectorMath}'s polynomials, so each variate is within 1e-14
 * (absolute, or relative above 1) of {@link org.nnqft.numerics.random.BoxMuller}'s
 * (LaneGaussiansTest); most of that is the scalar's own rounding of 2 pi u before its cos.
 *
 * <p>The radius uniform's common case (cell midpoints) is computed in lanes; the rare lanes whose
 * cell is refined (one pair in 10^6) are patched from the scalar {@link RadiusUniform}.
 */
public final class LaneGaussians {
    public static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = D.withLanes(long.class);
    private static final double CELL = 0x1.0p-52;
    private static final double ULP = 0x1.0p-53;

    private final LanePhilox philox = new LanePhilox(D.length());
    /**
     * refine() also runs on every PROFILE_PERIOD-th call (a power of two; see pairs()): often
     * enough to be in the profile when C2 compiles, which can be after 600 calls (at 1024 the
     * counter's own test was compiled as a trap in one of three forks).
     */
    static final int PROFILE_PERIOD = 32;
    private int calls;
    private final int[] one = new int[1];
    private CounterStream stream;
    private long[] cell = new long[0];
    private long[] angle = new long[0];
    private double[] u1 = new double[0];
    private double[] u2 = new double[0];
    private double[] radius = new double[0];
    private double[] cos = new double[0];
    private double[] sin = new double[0];

    /** Points the lanes at networks first .. first + lanes - 1 of a stream. */
    public void start(CounterStream stream, int first) {
        this.stream = stream;
        philox.start(stream, first);
    }

    /**
     * The pair of variates at {@code evenIndex} and {@code evenIndex + 1} for every lane: r cos
     * into {@code out[off ..]}, r sin into {@code out[off + lanes ..]}.
     */
    public void pair(int evenIndex, double[] out, int off) {
        one[0] = evenIndex;
        pairs(one, 1, out, off);
    }

    /**
     * Pairs {@code evenIndex[0 .. count)} at once: pair i goes to {@code out[off + 2 i lanes ..]}
     * (r cos, then r sin), so variate c of a run of pairs sits at {@code c * lanes}.
     *
     * <p>Pass by pass over all the pairs (Philox, uniforms, log, cos, sin, products) rather than
     * pair by pair: each pair is a long chain of dependent operations, and independent ones side
     * by side let the core overlap them. The passes meet in arrays, never in vector-typed
     * arguments, which C2 would box once its inlining budget runs out.
     */
    public void pairs(int[] evenIndex, int count, double[] out, int off) {
        int n = D.length();
        int values = n * count;
        if (u1.length < values) {
            cell = new long[values];
            angle = new long[values];
            u1 = new double[values];
            u2 = new double[values];
            radius = new double[values];
            cos = new double[values];
            sin = new double[values];
        }
        boolean refine = philox.blocks(evenIndex, count, cell, angle);
        for (int i = 0; i < values; i += n) {
            ((DoubleVector) LongVector.fromArray(L, cell, i).convert(VectorOperators.L2D, 0))
                    .add(0.5).mul(CELL).intoArray(u1, i);
            ((DoubleVector) LongVector.fromArray(L, angle, i).convert(VectorOperators.L2D, 0))
                    .mul(ULP).intoArray(u2, i);
        }
        // Why refine() also runs every PROFILE_PERIOD-th call (a no-op then): C2 compiles a branch
        // its profile never saw taken as a trap, and the first refined cell (one pair in 10^6)
        // would throw this method back to the interpreter and C1, 10^2 to 10^4 times slower until
        // C2 compiles it again (unstable_if here in every fork). Taken now and then, the branch is
        // compiled; at a call this rare C2 inlines only methods under MaxInlineSize (35 bytes),
        // so refine() stays a call and its own rare branches trap only in refine(), which is
        // scalar. Single '|': a separate test of refine would again be a branch never seen taken.
        // The call passes arrays only, so no vector is boxed across it.
        if (refine | (++calls & (PROFILE_PERIOD - 1)) == 0) {
            refine(evenIndex, count);
        }
        VectorMath.log(u1, 0, radius, 0, values);
        VectorMath.cosSin2Pi(u2, 0, cos, 0, sin, 0, values);
        for (int i = 0; i < count; i++) {
            DoubleVector r = DoubleVector.fromArray(D, radius, i * n).mul(-2.0).sqrt();
            r.mul(DoubleVector.fromArray(D, cos, i * n)).intoArray(out, off + 2 * i * n);
            r.mul(DoubleVector.fromArray(D, sin, i * n)).intoArray(out, off + 2 * i * n + n);
        }
    }

    /** The lanes whose radius cell is refined get the scalar u1. */
    private void refine(int[] evenIndex, int count) {
        int n = D.length();
        for (int i = 0; i < count; i++) {
            for (int l = 0; l < n; l++) {
                long c = cell[i * n + l];
                if (c < RadiusUniform.REFINE_BELOW) {
                    u1[i * n + l] = RadiusUniform.ofCell(stream, philox.network(l), evenIndex[i] >>> 1, c);
                }
            }
        }
    }
}

package org.nnqft.benchmarks;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.backend.simd.VectorMath;

/**
 * BASELINE for GaussianBenchmark only: the SIMD double Gaussians as they were before issue 12
 * (SplitMix64's finaliser at counter network << 32 | index, 53-bit Box-Muller uniforms, |z| <= 8.57),
 * kept so that one JMH run compares the Philox lanes with what they replaced. Not used by any backend.
 */
final class BaselineSplitMixLaneGaussians {
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = D.withLanes(long.class);
    private static final double ULP = 0x1.0p-53;

    private final long[] laneBase = new long[D.length()];
    private final int[] one = new int[1];
    private double[] u1 = new double[0];
    private double[] u2 = new double[0];
    private double[] radius = new double[0];
    private double[] cos = new double[0];
    private double[] sin = new double[0];
    private long gamma;

    /** Points the lanes at networks first .. first + lanes - 1 of the stream (key, gamma). */
    void start(long key, long gamma, int first) {
        this.gamma = gamma;
        laneBases(key, gamma, first, laneBase);
    }

    /** key + (network << 32 | index) gamma is key + network (gamma << 32) + index gamma. */
    static void laneBases(long key, long gamma, int first, long[] base) {
        for (int l = 0; l < base.length; l++) {
            base[l] = key + (long) (first + l) * (gamma << 32);
        }
    }

    /**
     * The pair of variates at {@code evenIndex} and {@code evenIndex + 1} for every lane: r cos
     * into {@code out[off ..]}, r sin into {@code out[off + lanes ..]}.
     */
    void pair(int evenIndex, double[] out, int off) {
        one[0] = evenIndex;
        pairs(one, 1, out, off);
    }

    /**
     * Pairs {@code evenIndex[0 .. count)} at once: pair i goes to {@code out[off + 2 i lanes ..]}
     * (r cos, then r sin), so variate c of a run of pairs sits at {@code c * lanes}.
     *
     * <p>Pass by pass over all the pairs (uniforms, log, cos, sin, products) rather than pair by
     * pair: each pair is a long chain of dependent operations, and independent ones side by side
     * let the core overlap them. The passes meet in arrays, never in vector-typed arguments, which
     * C2 would box once its inlining budget runs out.
     */
    void pairs(int[] evenIndex, int count, double[] out, int off) {
        int n = D.length();
        int values = n * count;
        if (u1.length < values) {
            u1 = new double[values];
            u2 = new double[values];
            radius = new double[values];
            cos = new double[values];
            sin = new double[values];
        }
        LongVector base = LongVector.fromArray(L, laneBase, 0);
        for (int i = 0; i < count; i++) {
            LongVector z1 = mix64(base.add((long) evenIndex[i] * gamma));
            LongVector z2 = mix64(base.add((long) (evenIndex[i] + 1) * gamma));
            // u1 in (0, 1] and u2 in [0, 1) from the top 53 bits, as the scalar Uniform does
            ((DoubleVector) z1.lanewise(VectorOperators.LSHR, 11).add(1L).convert(VectorOperators.L2D, 0))
                    .mul(ULP).intoArray(u1, i * n);
            ((DoubleVector) z2.lanewise(VectorOperators.LSHR, 11).convert(VectorOperators.L2D, 0))
                    .mul(ULP).intoArray(u2, i * n);
        }
        VectorMath.log(u1, 0, radius, 0, values);
        VectorMath.cosSin2Pi(u2, 0, cos, 0, sin, 0, values);
        for (int i = 0; i < count; i++) {
            DoubleVector r = DoubleVector.fromArray(D, radius, i * n).mul(-2.0).sqrt();
            r.mul(DoubleVector.fromArray(D, cos, i * n)).intoArray(out, off + 2 * i * n);
            r.mul(DoubleVector.fromArray(D, sin, i * n)).intoArray(out, off + 2 * i * n + n);
        }
    }

    /** SplitMix64's finaliser lane-wise. */
    static LongVector mix64(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31));
    }
}

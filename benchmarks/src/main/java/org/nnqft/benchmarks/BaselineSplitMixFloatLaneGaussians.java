package org.nnqft.benchmarks;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.backend.simd.VectorMathFloat;

/**
 * BASELINE for GaussianBenchmark only: the SIMD float Gaussians as they were before issue 12 (see
 * {@link BaselineSplitMixLaneGaussians}). Not used by any backend.
 */
final class BaselineSplitMixFloatLaneGaussians {
    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    private static final int PARTS = F.length() / L.length();
    private static final float ULP = 0x1.0p-53f;

    private final long[] laneBase = new long[F.length()];
    private final int[] one = new int[1];
    private float[] u1 = new float[0];
    private float[] u2 = new float[0];
    private float[] radius = new float[0];
    private float[] cos = new float[0];
    private float[] sin = new float[0];
    private long gamma;

    void start(long key, long gamma, int first) {
        this.gamma = gamma;
        BaselineSplitMixLaneGaussians.laneBases(key, gamma, first, laneBase);
    }

    /** As the double baseline's: r cos into out[off ..], r sin into out[off + lanes ..]. */
    void pair(int evenIndex, float[] out, int off) {
        one[0] = evenIndex;
        pairs(one, 1, out, off);
    }

    /** As the double baseline's, in float lanes. */
    void pairs(int[] evenIndex, int count, float[] out, int off) {
        int n = F.length();
        int values = n * count;
        if (u1.length < values) {
            u1 = new float[values];
            u2 = new float[values];
            radius = new float[values];
            cos = new float[values];
            sin = new float[values];
        }
        for (int i = 0; i < count; i++) {
            FloatVector a = FloatVector.zero(F);
            FloatVector b = FloatVector.zero(F);
            long step1 = (long) evenIndex[i] * gamma;
            long step2 = (long) (evenIndex[i] + 1) * gamma;
            for (int p = 0; p < PARTS; p++) {
                LongVector base = LongVector.fromArray(L, laneBase, p * L.length());
                LongVector b1 = BaselineSplitMixLaneGaussians.mix64(base.add(step1)).lanewise(VectorOperators.LSHR, 11).add(1L);
                LongVector b2 = BaselineSplitMixLaneGaussians.mix64(base.add(step2)).lanewise(VectorOperators.LSHR, 11);
                // a contracting conversion fills part p of the float lanes and zeroes the rest
                a = a.add((FloatVector) b1.convertShape(VectorOperators.L2F, F, -p));
                b = b.add((FloatVector) b2.convertShape(VectorOperators.L2F, F, -p));
            }
            a.mul(ULP).intoArray(u1, i * n);
            b.mul(ULP).intoArray(u2, i * n);
        }
        VectorMathFloat.log(u1, 0, radius, 0, values);
        VectorMathFloat.cosSin2Pi(u2, 0, cos, 0, sin, 0, values);
        for (int i = 0; i < count; i++) {
            FloatVector r = FloatVector.fromArray(F, radius, i * n).mul(-2.0f).sqrt();
            r.mul(FloatVector.fromArray(F, cos, i * n)).intoArray(out, off + 2 * i * n);
            r.mul(FloatVector.fromArray(F, sin, i * n)).intoArray(out, off + 2 * i * n + n);
        }
    }
}

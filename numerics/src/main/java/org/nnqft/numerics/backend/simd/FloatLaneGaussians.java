package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.random.CounterStream;

/**
 * {@link LaneGaussians} for float lanes: the same 64-bit stream bits (two long vectors fill one
 * float vector), uniforms from the same 53-bit integers rounded to float, and a float transform,
 * so each variate is the double one rounded to float precision (a few float ulp). Keeping the
 * 53-bit uniform keeps the tail: float's exponent range holds u1 down to 2^-53, so |z| still
 * reaches 8.57 rather than the 5.8 a 24-bit uniform would give.
 */
public final class FloatLaneGaussians {
    public static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    private static final int PARTS = F.length() / L.length();
    private static final float ULP = 0x1.0p-53f;

    private final long[] laneBase = new long[F.length()];
    private long gamma;

    public void start(CounterStream stream, int first) {
        gamma = stream.gamma();
        for (int l = 0; l < laneBase.length; l++) {
            laneBase[l] = stream.key() + (long) (first + l) * (gamma << 32);
        }
    }

    /** As {@link LaneGaussians#pair}: r cos into out[off ..], r sin into out[off + lanes ..]. */
    public void pair(int evenIndex, float[] out, int off) {
        FloatVector u1 = FloatVector.zero(F);
        FloatVector u2 = FloatVector.zero(F);
        long step1 = (long) evenIndex * gamma;
        long step2 = (long) (evenIndex + 1) * gamma;
        for (int p = 0; p < PARTS; p++) {
            LongVector base = LongVector.fromArray(L, laneBase, p * L.length());
            LongVector b1 = LaneGaussians.mix64(base.add(step1)).lanewise(VectorOperators.LSHR, 11).add(1L);
            LongVector b2 = LaneGaussians.mix64(base.add(step2)).lanewise(VectorOperators.LSHR, 11);
            // a contracting conversion fills part p of the float lanes and zeroes the rest
            u1 = u1.add((FloatVector) b1.convertShape(VectorOperators.L2F, F, -p));
            u2 = u2.add((FloatVector) b2.convertShape(VectorOperators.L2F, F, -p));
        }
        u1 = u1.mul(ULP);
        u2 = u2.mul(ULP);
        FloatVector r = VectorMathFloat.log(u1).mul(-2.0f).sqrt();
        r.mul(VectorMathFloat.cos2Pi(u2)).intoArray(out, off);
        r.mul(VectorMathFloat.sin2Pi(u2)).intoArray(out, off + F.length());
    }
}

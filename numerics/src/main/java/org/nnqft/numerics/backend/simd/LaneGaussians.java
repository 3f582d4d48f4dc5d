package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.random.CounterStream;

/**
 * The {@link CounterStream} and its Box-Muller transform evaluated for one lane per network: lane l
 * holds network {@code first + l}. The bits are the scalar stream's exactly; the transform uses
 * {@link VectorMath}'s polynomial log and sin/cos, within a few ulp of the scalar one.
 */
public final class LaneGaussians {
    public static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = D.withLanes(long.class);
    private static final double ULP = 0x1.0p-53;

    private final long[] laneBase = new long[D.length()];
    private long gamma;

    /** Points the lanes at networks first .. first + lanes - 1 of a stream. */
    public void start(CounterStream stream, int first) {
        gamma = stream.gamma();
        // key + (network << 32 | index) * gamma = key + network * (gamma << 32) + index * gamma
        for (int l = 0; l < laneBase.length; l++) {
            laneBase[l] = stream.key() + (long) (first + l) * (gamma << 32);
        }
    }

    /**
     * The pair of variates at {@code evenIndex} and {@code evenIndex + 1} for every lane: r cos
     * into {@code out[off ..]}, r sin into {@code out[off + lanes ..]}.
     */
    public void pair(int evenIndex, double[] out, int off) {
        LongVector base = LongVector.fromArray(L, laneBase, 0);
        LongVector b1 = mix64(base.add((long) evenIndex * gamma));
        LongVector b2 = mix64(base.add((long) (evenIndex + 1) * gamma));
        DoubleVector u1 = ((DoubleVector) b1.lanewise(VectorOperators.LSHR, 11).add(1L)
                .convert(VectorOperators.L2D, 0)).mul(ULP);
        DoubleVector u2 = ((DoubleVector) b2.lanewise(VectorOperators.LSHR, 11)
                .convert(VectorOperators.L2D, 0)).mul(ULP);
        DoubleVector r = VectorMath.log(u1).mul(-2.0).sqrt();
        r.mul(VectorMath.cos2Pi(u2)).intoArray(out, off);
        r.mul(VectorMath.sin2Pi(u2)).intoArray(out, off + D.length());
    }

    /** {@link CounterStream#mix64} lane-wise. */
    static LongVector mix64(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(0xBF58476D1CE4E5B9L);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(0x94D049BB133111EBL);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31));
    }
}

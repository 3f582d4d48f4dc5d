package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.RadiusUniform;

/**
 * {@link LaneGaussians} for float lanes: the same Philox blocks (two long vectors fill one float
 * vector), the same radius cell midpoints and angle integers rounded to float, and a float
 * transform, so each variate is the double one to float precision: a few float ulp, except that
 * u1 near 1 rounded to float keeps few bits of 1 - u1, so the smallest radii are off by up to
 * about 2^-24 / r absolute (1.3e-5 measured, LaneGaussiansTest).
 *
 * <p>Float cannot hold a refined u1 (down to 2^-989, below float's 2^-149), so for the rare lanes
 * whose cell is refined the logarithm is patched instead: ln u1 of the scalar {@link
 * RadiusUniform}, taken in double and rounded to float, so those lanes' radius is the double
 * radius to float precision and |z| reaches 37 here too.
 */
public final class FloatLaneGaussians {
    public static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    private static final int PARTS = F.length() / L.length();
    private static final float HALF_CELL = 0x1.0p-53f;
    private static final float ULP = 0x1.0p-53f;

    private final LanePhilox philox = new LanePhilox(F.length());
    private int calls;
    private final int[] one = new int[1];
    private CounterStream stream;
    private long[] cell = new long[0];
    private long[] angle = new long[0];
    private float[] u1 = new float[0];
    private float[] u2 = new float[0];
    private float[] radius = new float[0];
    private float[] cos = new float[0];
    private float[] sin = new float[0];

    public void start(CounterStream stream, int first) {
        this.stream = stream;
        philox.start(stream, first);
    }

    /** As {@link LaneGaussians#pair}: r cos into out[off ..], r sin into out[off + lanes ..]. */
    public void pair(int evenIndex, float[] out, int off) {
        one[0] = evenIndex;
        pairs(one, 1, out, off);
    }

    /** As {@link LaneGaussians#pairs}, in float lanes. */
    public void pairs(int[] evenIndex, int count, float[] out, int off) {
        int n = F.length();
        int values = n * count;
        if (u1.length < values) {
            cell = new long[values];
            angle = new long[values];
            u1 = new float[values];
            u2 = new float[values];
            radius = new float[values];
            cos = new float[values];
            sin = new float[values];
        }
        boolean refine = philox.blocks(evenIndex, count, cell, angle);
        for (int i = 0; i < values; i += n) {
            FloatVector a = FloatVector.zero(F);
            FloatVector b = FloatVector.zero(F);
            for (int p = 0; p < PARTS; p++) {
                // 2 hi + 1 is the midpoint in units of 2^-53: one rounding to float, as for u2
                LongVector mid = LongVector.fromArray(L, cell, i + p * L.length()).lanewise(VectorOperators.LSHL, 1).add(1L);
                LongVector theta = LongVector.fromArray(L, angle, i + p * L.length());
                // a contracting conversion fills part p of the float lanes and zeroes the rest
                a = a.add((FloatVector) mid.convertShape(VectorOperators.L2F, F, -p));
                b = b.add((FloatVector) theta.convertShape(VectorOperators.L2F, F, -p));
            }
            a.mul(HALF_CELL).intoArray(u1, i);
            b.mul(ULP).intoArray(u2, i);
        }
        VectorMathFloat.log(u1, 0, radius, 0, values);
        // refine() also every LaneGaussians.PROFILE_PERIOD-th call, for the reason LaneGaussians.pairs gives (the same trap)
        if (refine | (++calls & (LaneGaussians.PROFILE_PERIOD - 1)) == 0) {
            refine(evenIndex, count);
        }
        VectorMathFloat.cosSin2Pi(u2, 0, cos, 0, sin, 0, values);
        for (int i = 0; i < count; i++) {
            FloatVector r = FloatVector.fromArray(F, radius, i * n).mul(-2.0f).sqrt();
            r.mul(FloatVector.fromArray(F, cos, i * n)).intoArray(out, off + 2 * i * n);
            r.mul(FloatVector.fromArray(F, sin, i * n)).intoArray(out, off + 2 * i * n + n);
        }
    }

    /** The lanes whose radius cell is refined get ln u1 of the scalar u1, rounded to float. */
    private void refine(int[] evenIndex, int count) {
        int n = F.length();
        for (int i = 0; i < count; i++) {
            for (int l = 0; l < n; l++) {
                long c = cell[i * n + l];
                if (c < RadiusUniform.REFINE_BELOW) {
                    radius[i * n + l] = (float) Math.log(RadiusUniform.ofCell(stream, philox.network(l), evenIndex[i] >>> 1, c));
                }
            }
        }
    }
}

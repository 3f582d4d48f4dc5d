package org.nnqft.benchmarks;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Taylor-series VectorExp as it was before the Estrin kernel (commit 74671d7), kept here only
 * so that ExpBenchmark measures old and new side by side in one run.
 */
public final class TaylorExpBaseline {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double ROUND = 0x1.8p52;
    private static final long ROUND_BITS = Double.doubleToRawLongBits(ROUND);
    private static final double HIGH = 709.782712893383973096;
    private static final double LOW = -708.396418532264106224;
    private static final float INV_LN2_F = 1.4426950409e+00f;
    private static final float LN2_HI_F = 6.9314575195e-01f;
    private static final float LN2_LO_F = 1.4286067653e-06f;
    private static final float ROUND_F = 0x1.8p23f;
    private static final int ROUND_BITS_F = Float.floatToRawIntBits(ROUND_F);
    private static final float HIGH_F = 88.7228391f;
    private static final float LOW_F = -87.3365447f;

    private TaylorExpBaseline() {
    }

    /** exp(x) lane by lane. */
    public static DoubleVector exp(DoubleVector x) {
        // no clamp to [LOW, HIGH]: lanes outside are blended at the end, and Java's max/min (NaN
        // and -0 rules) cost 14 instructions on the critical path; NaN passes through as before
        DoubleVector xc = x;
        DoubleVector t = xc.mul(INV_LN2).add(ROUND);
        LongVector n = t.reinterpretAsLongs().sub(ROUND_BITS);
        DoubleVector nd = t.sub(ROUND);
        DoubleVector r = xc.sub(nd.mul(LN2_HI)).sub(nd.mul(LN2_LO));
        // Horner with separate multiply and add: fewer bytecodes than fma with broadcasts, which
        // keeps this method under C2's inlining limit (325 bytes), so callers never box vectors
        DoubleVector p = r.mul(1.0 / 6227020800.0).add(1.0 / 479001600.0).mul(r).add(1.0 / 39916800.0)
                .mul(r).add(1.0 / 3628800.0).mul(r).add(1.0 / 362880.0).mul(r).add(1.0 / 40320.0)
                .mul(r).add(1.0 / 5040.0).mul(r).add(1.0 / 720.0).mul(r).add(1.0 / 120.0)
                .mul(r).add(1.0 / 24.0).mul(r).add(1.0 / 6.0).mul(r).add(0.5).mul(r).add(1.0).mul(r).add(1.0);
        // 2^n in two halves, so that n = 1024 (just below overflow) still fits the exponent field
        LongVector half = n.lanewise(VectorOperators.ASHR, 1);
        DoubleVector y = p.mul(half.add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles())
                .mul(n.sub(half).add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
        // NaN needs no blend: it passes through the arithmetic
        return y.blend(0.0, x.compare(VectorOperators.LT, LOW))
                .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HIGH));
    }

    /** exp(x) lane by lane, in float. */
    public static FloatVector exp(FloatVector x) {
        FloatVector xc = x; // no clamp: as in the double form
        FloatVector t = xc.mul(INV_LN2_F).add(ROUND_F);
        IntVector n = t.reinterpretAsInts().sub(ROUND_BITS_F);
        FloatVector nf = t.sub(ROUND_F);
        FloatVector r = xc.sub(nf.mul(LN2_HI_F)).sub(nf.mul(LN2_LO_F));
        FloatVector p = r.mul(1.0f / 5040).add(1.0f / 720).mul(r).add(1.0f / 120).mul(r).add(1.0f / 24)
                .mul(r).add(1.0f / 6).mul(r).add(0.5f).mul(r).add(1.0f).mul(r).add(1.0f);
        IntVector half = n.lanewise(VectorOperators.ASHR, 1);
        FloatVector y = p.mul(half.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats())
                .mul(n.sub(half).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats());
        return y.blend(0.0f, x.compare(VectorOperators.LT, LOW_F))
                .blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HIGH_F));
    }

    /** {@code dst[dstOffset + i] = exp(src[srcOffset + i])} for i < count; in place is fine. */
    public static void exp(double[] src, int srcOffset, double[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += D.length()) {
            VectorMask<Double> m = D.indexInRange(i, count);
            exp(DoubleVector.fromArray(D, src, srcOffset + i, m)).intoArray(dst, dstOffset + i, m);
        }
    }

    /** The float array form. */
    public static void exp(float[] src, int srcOffset, float[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += F.length()) {
            VectorMask<Float> m = F.indexInRange(i, count);
            exp(FloatVector.fromArray(F, src, srcOffset + i, m)).intoArray(dst, dstOffset + i, m);
        }
    }
}

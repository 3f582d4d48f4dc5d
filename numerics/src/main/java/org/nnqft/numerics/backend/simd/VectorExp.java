package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp, lane by lane, from IEEE additions, multiplications and fused multiply-adds only. Cody-Waite
 * reduction x = n ln2 + r, |r| <= ln2/2 (n read off the low bits of x/ln2 + 1.5 * 2^52, r with
 * fdlibm's two-part ln2, whose high part has 32 bits so n * LN2_HI and x - n * LN2_HI are exact);
 * exp(r) = 1 + r + r^2 Q(r), Q of degree 9 in double and 4 in float, evaluated by Estrin's scheme
 * so that its longest chain is 4 dependent fmas instead of Horner's 9; 2^n put into the exponent
 * bits. Within 2 ulp of Math.exp (VectorExpTest); results below the smallest normal are 0.
 *
 * <p>Q's coefficients interpolate (e^r - 1 - r) / r^2 at the Chebyshev nodes of |r| <= ln2/2
 * (a near-minimax fit, done in 50-digit mpmath), rounded to double or float: with the rounded
 * coefficients 1 + r + r^2 Q(r) is within 1.7e-17 relative of e^r in double (0.15 ulp) and 1.1e-8
 * in float (0.18 ulp), so the error is the rounding of the last few operations.
 *
 * <p>Why not {@code lanewise(VectorOperators.EXP)}: it is faster, but C2 computes it with a native
 * vector library while code not yet compiled falls back to Math.exp lane by lane, and the two
 * differ in the last bit. Which blocks run before compilation depends on the threads, so the
 * results would too; this one gives the same bits compiled or not.
 */
public final class VectorExp {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double ROUND = 0x1.8p52;
    private static final long ROUND_BITS = Double.doubleToRawLongBits(ROUND);
    private static final double HIGH = 709.782712893383973096;
    private static final double LOW = -708.396418532264106224;
    private static final double C2 = 0.5000000000000001;
    private static final double C3 = 0.16666666666666669;
    private static final double C4 = 0.04166666666662399;
    private static final double C5 = 0.008333333333330051;
    private static final double C6 = 0.0013888888917281794;
    private static final double C7 = 0.00019841269863105968;
    private static final double C8 = 2.480152119021773e-05;
    private static final double C9 = 2.7557268378684192e-06;
    private static final double C10 = 2.7620138719733994e-07;
    private static final double C11 = 2.5100424157005067e-08;
    private static final float INV_LN2_F = 1.4426950409e+00f;
    private static final float LN2_HI_F = 6.9314575195e-01f;
    private static final float LN2_LO_F = 1.4286067653e-06f;
    private static final float ROUND_F = 0x1.8p23f;
    private static final int ROUND_BITS_F = Float.floatToRawIntBits(ROUND_F);
    private static final float HIGH_F = 88.7228391f;
    private static final float LOW_F = -87.3365447f;
    private static final float C2_F = 0.5f;
    private static final float C3_F = 0.16666576266288757f;
    private static final float C4_F = 0.041666556149721146f;
    private static final float C5_F = 0.008363203145563602f;
    private static final float C6_F = 0.0013926213141530752f;

    private VectorExp() {
    }

    /**
     * exp(x) lane by lane. Its kernel has a written-out twin in the array form (kept bit for bit by
     * the tests): change both.
     */
    public static DoubleVector exp(DoubleVector x) {
        // no clamp to [LOW, HIGH]: lanes outside are blended at the end, and Java's max/min (NaN
        // and -0 rules) cost 14 instructions on the critical path; NaN passes through the fmas
        DoubleVector t = x.fma(INV_LN2, ROUND);
        LongVector n = t.reinterpretAsLongs().sub(ROUND_BITS);
        DoubleVector nd = t.sub(ROUND);
        DoubleVector r = nd.lanewise(VectorOperators.FMA, -LN2_HI, x);
        r = nd.lanewise(VectorOperators.FMA, -LN2_LO, r);
        DoubleVector r2 = r.mul(r);
        DoubleVector r4 = r2.mul(r2);
        // Estrin: Q = (C2 + C3 r) + (C4 + C5 r) r^2 + ((C6 + C7 r) + (C8 + C9 r) r^2
        //             + (C10 + C11 r) r^4) r^4, five independent pairs, then three levels of fma
        DoubleVector lo = r.fma(C5, C4).fma(r2, r.fma(C3, C2));
        DoubleVector mid = r.fma(C9, C8).fma(r2, r.fma(C7, C6));
        DoubleVector q = r.fma(C11, C10).fma(r4, mid).fma(r4, lo);
        // 1 + s rounds once inside the fma with the first power of two, 2^n in two halves so that
        // n = 1024 (just below overflow) still fits the exponent field
        DoubleVector s = q.fma(r2, r);
        LongVector half = n.lanewise(VectorOperators.ASHR, 1);
        DoubleVector s1 = half.add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        DoubleVector y = s.fma(s1, s1)
                .mul(n.sub(half).add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
        return y.blend(0.0, x.compare(VectorOperators.LT, LOW))
                .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HIGH));
    }

    /**
     * exp(x) lane by lane, in float. Its kernel has a written-out twin in the array form (kept bit
     * for bit by the tests): change both.
     */
    public static FloatVector exp(FloatVector x) {
        FloatVector t = x.fma(INV_LN2_F, ROUND_F); // no clamp: as in the double form
        IntVector n = t.reinterpretAsInts().sub(ROUND_BITS_F);
        FloatVector nf = t.sub(ROUND_F);
        FloatVector r = nf.lanewise(VectorOperators.FMA, -LN2_HI_F, x);
        r = nf.lanewise(VectorOperators.FMA, -LN2_LO_F, r);
        FloatVector r2 = r.mul(r);
        // Estrin: Q = (C2 + C3 r) + ((C4 + C5 r) + C6 r^2) r^2
        FloatVector q = r2.lanewise(VectorOperators.FMA, C6_F, r.fma(C5_F, C4_F))
                .fma(r2, r.fma(C3_F, C2_F));
        FloatVector s = q.fma(r2, r);
        IntVector half = n.lanewise(VectorOperators.ASHR, 1);
        FloatVector s1 = half.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        FloatVector y = s.fma(s1, s1)
                .mul(n.sub(half).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats());
        return y.blend(0.0f, x.compare(VectorOperators.LT, LOW_F))
                .blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HIGH_F));
    }

    /**
     * {@code dst[dstOffset + i] = exp(src[srcOffset + i])} for i < count; in place is fine. Bit for
     * bit {@link #exp(DoubleVector)}, written out rather than called: a vector-typed call that C2
     * declines to inline boxes its vectors (the cliff VectorMath's array log describes).
     */
    public static void exp(double[] src, int srcOffset, double[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += D.length()) {
            VectorMask<Double> m = D.indexInRange(i, count);
            DoubleVector x = DoubleVector.fromArray(D, src, srcOffset + i, m);
            DoubleVector t = x.fma(INV_LN2, ROUND);
            LongVector n = t.reinterpretAsLongs().sub(ROUND_BITS);
            DoubleVector nd = t.sub(ROUND);
            DoubleVector r = nd.lanewise(VectorOperators.FMA, -LN2_HI, x);
            r = nd.lanewise(VectorOperators.FMA, -LN2_LO, r);
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector lo = r.fma(C5, C4).fma(r2, r.fma(C3, C2));
            DoubleVector mid = r.fma(C9, C8).fma(r2, r.fma(C7, C6));
            DoubleVector q = r.fma(C11, C10).fma(r4, mid).fma(r4, lo);
            DoubleVector s = q.fma(r2, r);
            LongVector half = n.lanewise(VectorOperators.ASHR, 1);
            DoubleVector s1 = half.add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector y = s.fma(s1, s1)
                    .mul(n.sub(half).add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles());
            y.blend(0.0, x.compare(VectorOperators.LT, LOW))
                    .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HIGH))
                    .intoArray(dst, dstOffset + i, m);
        }
    }

    /** The float array form, bit for bit {@link #exp(FloatVector)}, written out as the double one. */
    public static void exp(float[] src, int srcOffset, float[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += F.length()) {
            VectorMask<Float> m = F.indexInRange(i, count);
            FloatVector x = FloatVector.fromArray(F, src, srcOffset + i, m);
            FloatVector t = x.fma(INV_LN2_F, ROUND_F);
            IntVector n = t.reinterpretAsInts().sub(ROUND_BITS_F);
            FloatVector nf = t.sub(ROUND_F);
            FloatVector r = nf.lanewise(VectorOperators.FMA, -LN2_HI_F, x);
            r = nf.lanewise(VectorOperators.FMA, -LN2_LO_F, r);
            FloatVector r2 = r.mul(r);
            FloatVector q = r2.lanewise(VectorOperators.FMA, C6_F, r.fma(C5_F, C4_F))
                    .fma(r2, r.fma(C3_F, C2_F));
            FloatVector s = q.fma(r2, r);
            IntVector half = n.lanewise(VectorOperators.ASHR, 1);
            FloatVector s1 = half.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            FloatVector y = s.fma(s1, s1)
                    .mul(n.sub(half).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats());
            y.blend(0.0f, x.compare(VectorOperators.LT, LOW_F))
                    .blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HIGH_F))
                    .intoArray(dst, dstOffset + i, m);
        }
    }
}

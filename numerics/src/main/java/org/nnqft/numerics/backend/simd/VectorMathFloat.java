package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorMath} for {@link FloatVector}s: the same schemes with float arithmetic throughout
 * and polynomials of the degree float needs, so a 512-bit vector carries 16 lanes. Each function
 * comes as vector to vector (any species) and as array to array (a loop over {@link
 * FloatVector#SPECIES_PREFERRED} vectors with a masked last one); see {@link VectorMath} for why a
 * large caller should prefer the array form.
 *
 * <p>Accuracy in float ulps of the exact value (measured by {@code VectorMathFloatTest}, which
 * keeps the figures; the figures in brackets over every float of the domain):
 *
 * <ul>
 *   <li>{@link #log(FloatVector)}: fdlibm's {@code e_logf.c} scheme (musl's form), 0.77 ulp on (0,
 *       1] (0.835).
 *   <li>{@link #cos2Pi(FloatVector)}, {@link #sin2Pi(FloatVector)}: exact reduction and minimax
 *       polynomials in the reduced argument r = 4u - rint(4u) fitted for this class (degree 7 odd
 *       for sin(pi r/2), degree 8 even for cos(pi r/2), each with its leading coefficient carried
 *       in two floats): 0.67 / 0.70 ulp (0.750 / 0.753).
 *   <li>{@link #erf(FloatVector)}: FreeBSD's {@code s_erff.c} (the reduced-degree fits of its 2014
 *       revision), 0.74 ulp from the double erf (0.86 over every third float of [2^-30, 4.5]).
 * </ul>
 *
 * <p>The log and erf coefficients are fdlibm's (FreeBSD msun {@code e_logf.c}, {@code s_erff.c}),
 * which carry this notice:
 *
 * <pre>
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 * </pre>
 */
public final class VectorMathFloat {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private VectorMathFloat() {}

    // ---------------------------------------------------------------------------------------- log

    /** ln 2 = LN2_HI + LN2_LO; LN2_HI has 7 trailing zero bits, so k * LN2_HI is exact for |k| < 2^7. */
    private static final float LN2_HI = 6.9313812256e-01f;

    private static final float LN2_LO = 9.0580006145e-06f;

    /**
     * Lg4 .. Lg1 of e_logf.c: {@code |(log(1+s) - log(1-s))/s - (2 + Lg1 s^2 + ... + Lg4 s^8)| <
     * 2^-34.24}. Highest degree first, for Horner.
     */
    private static final float[] LOG_POLY = {0xf89e26p-26f, 0x91e9eep-25f, 0xccce13p-25f, 0xaaaaaap-24f};

    /** Moves the exponent boundary from 1 to 0x3f3504f3 (sqrt(1/2) in float). */
    private static final int HALF_SQRT_SHIFT = 0x3f800000 - 0x3f3504f3;

    private static final int HALF_SQRT_BITS = 0x3f3504f3;
    private static final int MANTISSA_BITS = 0x007fffff;

    /** The bits of 2^23: OR-ing a small integer n into its mantissa gives the float 2^23 + n. */
    private static final int TWO23_BITS = 0x4b000000;

    private static final float TWO23_PLUS_BIAS = 0x1p23f + 127;
    private static final float TWO25 = 0x1p25f;

    /**
     * The natural logarithm, lane by lane. Meant for u in (0, 1], accurate for every positive
     * float, subnormals included; -infinity at +-0, NaN below 0 and for NaN, +infinity at
     * +infinity. Method as {@link VectorMath#log(jdk.incubator.vector.DoubleVector)} with a
     * degree-8 polynomial in s. Its kernel has a written-out twin in the array form (kept bit for
     * bit by the tests): change both.
     */
    public static FloatVector log(FloatVector x) {
        if (!x.compare(VectorOperators.GE, Float.MIN_NORMAL)
                .and(x.compare(VectorOperators.LE, Float.MAX_VALUE))
                .allTrue()) {
            return logOfAny(x);
        }
        IntVector ix = x.reinterpretAsInts().add(HALF_SQRT_SHIFT);
        FloatVector k = ix.lanewise(VectorOperators.LSHR, 23).or(TWO23_BITS).reinterpretAsFloats().sub(TWO23_PLUS_BIAS);
        FloatVector f = ix.and(MANTISSA_BITS).add(HALF_SQRT_BITS).reinterpretAsFloats().sub(1.0f);
        FloatVector hfsq = f.mul(f).mul(0.5f);
        FloatVector s = f.div(f.add(2.0f));
        FloatVector z = s.mul(s);
        float[] c = LOG_POLY;
        FloatVector r = x.broadcast(c[0]);
        for (int i = 1; i < c.length; i++) {
            r = r.fma(z, x.broadcast(c[i]));
        }
        return s.fma(hfsq.add(r.mul(z)), k.mul(LN2_LO)).sub(hfsq).add(f).add(k.mul(LN2_HI));
    }

    /** As in {@link VectorMath}: subnormals scaled by 2^25, the rest set after. */
    private static FloatVector logOfAny(FloatVector x) {
        VectorMask<Float> subnormal =
                x.compare(VectorOperators.GT, 0.0f).and(x.compare(VectorOperators.LT, Float.MIN_NORMAL));
        VectorMask<Float> finite = x.compare(VectorOperators.GE, Float.MIN_NORMAL)
                .and(x.compare(VectorOperators.LE, Float.MAX_VALUE))
                .or(subnormal);
        FloatVector y = log(x.blend(x.mul(TWO25), subnormal).blend(1.0f, finite.not()));
        return y.blend(y.sub(25 * LN2_HI).sub(25 * LN2_LO), subnormal)
                .blend(Float.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0f))
                .blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.EQ, Float.POSITIVE_INFINITY))
                .blend(Float.NaN, x.compare(VectorOperators.LT, 0.0f).or(x.test(VectorOperators.IS_NAN)));
    }

    /**
     * {@code dst[dstOffset + i] = log(src[srcOffset + i])} for i < count, bit for bit as {@link
     * #log(FloatVector)}, its kernel written out for the reason {@link VectorMath#log(double[],
     * int, double[], int, int)} gives (here C2 failed to inline the call in every fork measured).
     */
    public static void log(float[] src, int srcOffset, float[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += F.length()) {
            VectorMask<Float> m = F.indexInRange(i, count);
            FloatVector x = FloatVector.fromArray(F, src, srcOffset + i, m);
            if (!x.compare(VectorOperators.GE, Float.MIN_NORMAL)
                    .and(x.compare(VectorOperators.LE, Float.MAX_VALUE))
                    .allTrue()) {
                logOfAnyAt(src, srcOffset + i, dst, dstOffset + i, count - i);
                continue;
            }
            IntVector ix = x.reinterpretAsInts().add(HALF_SQRT_SHIFT);
            FloatVector k = ix.lanewise(VectorOperators.LSHR, 23).or(TWO23_BITS).reinterpretAsFloats().sub(TWO23_PLUS_BIAS);
            FloatVector f = ix.and(MANTISSA_BITS).add(HALF_SQRT_BITS).reinterpretAsFloats().sub(1.0f);
            FloatVector hfsq = f.mul(f).mul(0.5f);
            FloatVector s = f.div(f.add(2.0f));
            FloatVector z = s.mul(s);
            float[] c = LOG_POLY;
            FloatVector r = x.broadcast(c[0]);
            for (int j = 1; j < c.length; j++) {
                r = r.fma(z, x.broadcast(c[j]));
            }
            s.fma(hfsq.add(r.mul(z)), k.mul(LN2_LO)).sub(hfsq).add(f).add(k.mul(LN2_HI)).intoArray(dst, dstOffset + i, m);
        }
    }

    /** The rare vector of the array form: {@link #logOfAny} of min(remaining, lanes) values. */
    private static void logOfAnyAt(float[] src, int srcOffset, float[] dst, int dstOffset, int remaining) {
        VectorMask<Float> m = F.indexInRange(0, remaining);
        logOfAny(FloatVector.fromArray(F, src, srcOffset, m)).intoArray(dst, dstOffset, m);
    }

    // -------------------------------------------------------------------------------- cos2Pi/sin2Pi

    /** Adding and subtracting 1.5 * 2^23 rounds |t| < 2^22 to the nearest integer (ties to even). */
    private static final float ROUND_MAGIC = 0x1.8p23f;

    /** sin(pi r/2) = r (S0 + S1 r^2 + S2 r^4 + S3 r^6) on |r| <= 1/2 with S0 = S0_HI + S0_LO. */
    private static final float S0_HI = 0x1.921fb6p0f;

    /** cos(pi r/2) = 1 + r^2 (C1 + C2 r^2 + C3 r^4 + C4 r^6) on |r| <= 1/2 with C1 = C1_HI + C1_LO. */
    private static final float C1_HI = -0x1.3bd3ccp0f;

    /**
     * {S3, S2, S1, S0_LO} and {C4, C3, C2, C1_LO}, interleaved for one Horner loop:
     * SIN_COS_POLY[2i] for sin, SIN_COS_POLY[2i+1] for cos. Fitted for this class (Chebyshev
     * interpolation at 40 digits, then rounded to float): before rounding, relative error 3.4e-9 for
     * sin, absolute 1.9e-10 for cos.
     */
    private static final float[] SIN_COS_POLY = {
        -0x1.2d9b4p-8f, 0x1.db6492p-11f,
        0x1.465ec4p-4f, -0x1.55cb98p-6f,
        -0x1.4abbbap-1f, 0x1.03c1eap-2f,
        -0x1.a1114ap-25f, -0x1.313d3p-25f,
    };

    /**
     * cos(2 pi u), lane by lane, for u in [0, 1] (the reduction is exact for any |u| < 2^20). Method
     * as {@link VectorMath#cos2Pi(jdk.incubator.vector.DoubleVector)}, with polynomials in r itself
     * (no multiplication by pi/2).
     */
    public static FloatVector cos2Pi(FloatVector u) {
        return cosQuarterTurns(u, 0);
    }

    /** sin(2 pi u), lane by lane, for u in [0, 1]: as {@link #cos2Pi(FloatVector)}. */
    public static FloatVector sin2Pi(FloatVector u) {
        return cosQuarterTurns(u, 1);
    }

    /** cos and sin of 2 pi u in one pass: as {@link VectorMath#cosSin2Pi}. */
    public static void cosSin2Pi(float[] src, int srcOffset, float[] cos, int cosOffset, float[] sin, int sinOffset, int count) {
        for (int i = 0; i < count; i += F.length()) {
            VectorMask<Float> m = F.indexInRange(i, count);
            FloatVector u = FloatVector.fromArray(F, src, srcOffset + i, m);
            FloatVector t = u.mul(4.0f);
            FloatVector big = t.add(ROUND_MAGIC);
            FloatVector r = t.sub(big.sub(ROUND_MAGIC));
            FloatVector z = r.mul(r);
            float[] c = SIN_COS_POLY;
            FloatVector ps = u.broadcast(c[0]);
            FloatVector pc = u.broadcast(c[1]);
            for (int p = 2; p < c.length; p += 2) {
                ps = ps.fma(z, u.broadcast(c[p]));
                pc = pc.fma(z, u.broadcast(c[p + 1]));
            }
            FloatVector sinR = r.fma(u.broadcast(S0_HI), r.mul(ps));
            FloatVector one = u.broadcast(1.0f);
            FloatVector c1 = u.broadcast(C1_HI);
            FloatVector head = z.fma(c1, one);
            FloatVector cosR = head.add(z.fma(pc, z.fma(c1, one.sub(head))));
            IntVector jc = big.reinterpretAsInts().add(5);
            IntVector js = big.reinterpretAsInts().add(4);
            VectorMask<Float> evenC = jc.and(1).compare(VectorOperators.EQ, 0).cast(F);
            cosR.blend(sinR, evenC).reinterpretAsInts().lanewise(VectorOperators.XOR, jc.and(2).lanewise(VectorOperators.LSHL, 30))
                    .reinterpretAsFloats().intoArray(cos, cosOffset + i, m);
            sinR.blend(cosR, evenC).reinterpretAsInts().lanewise(VectorOperators.XOR, js.and(2).lanewise(VectorOperators.LSHL, 30))
                    .reinterpretAsFloats().intoArray(sin, sinOffset + i, m);
        }
    }

    /** cos(2 pi u - turns pi/2); turns in 0..3. */
    private static FloatVector cosQuarterTurns(FloatVector u, int turns) {
        FloatVector t = u.mul(4.0f);
        FloatVector big = t.add(ROUND_MAGIC);
        FloatVector r = t.sub(big.sub(ROUND_MAGIC));
        // j = q - turns + 1 (mod 4): the cos kernel where j is odd, sin where even, negated where
        // j mod 4 is 2 or 3
        IntVector j = big.reinterpretAsInts().add(5 - turns);
        FloatVector z = r.mul(r);
        float[] c = SIN_COS_POLY;
        FloatVector ps = u.broadcast(c[0]);
        FloatVector pc = u.broadcast(c[1]);
        for (int i = 2; i < c.length; i += 2) {
            ps = ps.fma(z, u.broadcast(c[i]));
            pc = pc.fma(z, u.broadcast(c[i + 1]));
        }
        // sin = r*S0_HI + r*(S0_LO + z*(S1 + ...)), the product exact inside the fma
        FloatVector sin = r.fma(u.broadcast(S0_HI), r.mul(ps));
        // cos = head + (err + z*(C1_LO + z*(C2 + ...))) with head = 1 + z*C1_HI rounded and err its
        // rounding error (1 - head is exact, head being in [0.7, 1]): 0.65 ulp where the plain
        // Horner form has 1.0
        FloatVector one = u.broadcast(1.0f);
        FloatVector c1 = u.broadcast(C1_HI);
        FloatVector head = z.fma(c1, one);
        FloatVector cos = head.add(z.fma(pc, z.fma(c1, one.sub(head))));
        VectorMask<Float> even = j.and(1).compare(VectorOperators.EQ, 0).cast(u.species());
        IntVector sign = j.and(2).lanewise(VectorOperators.LSHL, 30);
        return cos.blend(sin, even).reinterpretAsInts().lanewise(VectorOperators.XOR, sign).reinterpretAsFloats();
    }

    // ---------------------------------------------------------------------------------------- erf

    private static final float SMALL_END = 0.84375f;
    private static final float NEAR_ONE_END = 1.25f;

    /** s_erff.c's split 0x4036db8c, a little above 1/0.35. */
    private static final float MID_TAIL_END = 2.85715f;

    /** erfc(4) = 1.5e-8 is under half an ulp of 1 in float. */
    private static final float SATURATION = 4;

    private static final float LINEAR_END = 0x1p-14f;

    private static final float EFX = 1.28379166e-01f;

    /** erf(1) rounded to 16 bits (0x3f57bb00). */
    private static final float ERX = 8.42697144e-01f;

    private static final float TAIL_SHIFT = 0.5625f;

    /**
     * The intervals of s_erff.c: [0, 0.84375) fits (erf(x) - x)/x in x^2 (error < 2^-31), [0.84375,
     * 1.25) erf(x) - ERX in |x| - 1 (< 2^-31), [1.25, 2.85715) and [2.85715, 4) log(x erfc(x)) + x^2
     * + 0.5625 in 1/x^2 (< 2^-28 and < 2^-30).
     */
    private static final float[] ERF_LOWER = {0, SMALL_END, NEAR_ONE_END, MID_TAIL_END};

    private static final float[] ERF_UPPER = {SMALL_END, NEAR_ONE_END, MID_TAIL_END, SATURATION};

    /** Every interval's numerator and denominator have 4 coefficients (after padding). */
    private static final int ERF_TERMS = 4;

    /**
     * Numerators for Horner, highest degree first, each as long as its denominator: pp2 .. pp0
     * (padded with a leading zero), pa3 .. pa0, and for the tails, as in {@link VectorMath}, R(1/x^2)
     * times x^(2n) as a polynomial in x^2: ra0 .. ra3 and rb0 .. rb2 (padded with a trailing zero).
     */
    private static final float[] ERF_NUM = {
        0.0f, -1.86261395e-03f, -3.36030394e-01f, 1.28379166e-01f,
        8.67677554e-02f, -2.09395722e-01f, 4.15109307e-01f, 3.65041046e-06f,
        -9.88156721e-03f, -5.43658376e-01f, -1.66828310e+00f, -6.91554189e-01f,
        -9.86496918e-03f, -5.48049808e-01f, -1.84115684e+00f, 0.0f,
    };

    /** Denominators: qq3 .. qq1, 1 and qa3 .. qa1, 1; in x^2 for the tails 1, sa1 .. sa3 and 1, sb1 .. sb3. */
    private static final float[] ERF_DEN = {
        -1.98859372e-03f, 2.16070414e-02f, 3.12324315e-01f, 1.0f,
        3.92478965e-02f, 3.71248513e-01f, 4.95560974e-01f, 1.0f,
        1.0f, 4.48581553e+00f, 4.10799170e+00f, 5.53855181e-01f,
        1.0f, 4.87132740e+00f, 3.04982710e+00f, -7.61900663e-01f,
    };

    private static final int SIGN_BIT = 0x80000000;

    /**
     * The error function, lane by lane: FreeBSD's {@code s_erff.c} evaluated as {@link
     * VectorMath#erf(jdk.incubator.vector.DoubleVector)} (blended numerators and denominators, one
     * division, one exponential for the tail). Exactly odd; NaN for NaN, +-0 for +-0, +-1 from |x|
     * = 4 on.
     */
    public static FloatVector erf(FloatVector x) {
        FloatVector ratio = erfRatio(x);
        FloatVector ax = x.abs();
        VectorMask<Float> tail = ax.compare(VectorOperators.GE, NEAR_ONE_END).and(ax.compare(VectorOperators.LT, SATURATION));
        // erfc = exp(-x^2 - 0.5625 + R/S) / |x| where some lane needs it
        FloatVector tailExp = tail.anyTrue() ? VectorExp.exp(ax.neg().fma(ax, ratio.sub(TAIL_SHIFT))) : ratio;
        return erfFromRatio(x, ratio, tailExp);
    }

    /** Each lane's rational function P/Q of its interval (split as in {@link VectorMath}). */
    private static FloatVector erfRatio(FloatVector x) {
        FloatVector ax = x.abs();
        FloatVector square = ax.mul(ax);
        FloatVector arg = square.blend(ax.sub(1.0f), ax.compare(VectorOperators.GE, SMALL_END))
                .blend(square, ax.compare(VectorOperators.GE, NEAR_ONE_END));
        FloatVector num = x.broadcast(1.0f);
        FloatVector den = num;
        for (int i = 0; i < ERF_LOWER.length; i++) {
            VectorMask<Float> in =
                    ax.compare(VectorOperators.GE, ERF_LOWER[i]).and(ax.compare(VectorOperators.LT, ERF_UPPER[i]));
            if (in.anyTrue()) {
                int c = i * ERF_TERMS;
                FloatVector p = x.broadcast(ERF_NUM[c]);
                FloatVector q = x.broadcast(ERF_DEN[c]);
                for (c++; c < (i + 1) * ERF_TERMS; c++) {
                    p = p.fma(arg, x.broadcast(ERF_NUM[c]));
                    q = q.fma(arg, x.broadcast(ERF_DEN[c]));
                }
                num = num.blend(p, in);
                den = den.blend(q, in);
            }
        }
        return num.div(den);
    }

    /** erf from each lane's P/Q and, for the tail lanes, exp(-x^2 - 0.5625 + P/Q). */
    private static FloatVector erfFromRatio(FloatVector x, FloatVector ratio, FloatVector tailExp) {
        FloatVector ax = x.abs();
        FloatVector one = x.broadcast(1.0f);
        VectorMask<Float> small = ax.compare(VectorOperators.LT, SMALL_END);
        FloatVector y = one.blend(ax, ax.test(VectorOperators.IS_NAN));
        FloatVector ax8 = ax.mul(8.0f);
        FloatVector r = ratio.blend(EFX, ax.compare(VectorOperators.LT, LINEAR_END));
        y = y.blend(ax8.fma(r, ax8).mul(0.125f), small);
        y = y.blend(ratio.add(ERX), small.not().and(ax.compare(VectorOperators.LT, NEAR_ONE_END)));
        VectorMask<Float> tail =
                ax.compare(VectorOperators.GE, NEAR_ONE_END).and(ax.compare(VectorOperators.LT, SATURATION));
        y = y.blend(one.sub(tailExp.div(ax)), tail);
        return y.reinterpretAsInts().or(x.reinterpretAsInts().and(SIGN_BIT)).reinterpretAsFloats();
    }

    /**
     * {@code dst[dstOffset + i] = erf(src[srcOffset + i])} for i < count, bit for bit as {@link
     * #erf(FloatVector)}, with the caller's scratch (2 count values, so that a hot loop allocates
     * nothing). Three passes meeting in arrays (ratios and the tails'
     * exp arguments, exp, then the blend), each calling at most one vector-typed method first
     * thing: in one pass C2 stopped inlining at exp (NodeCountInliningCutoff) and boxed the
     * vectors crossing the call, 16 bytes and several ns a value (measured).
     */
    public static void erf(float[] src, int srcOffset, float[] dst, int dstOffset, int count, float[] scratch) {
        erfRatios(src, srcOffset, scratch, count);
        VectorExp.exp(scratch, count, scratch, count, count);
        erfFinish(src, srcOffset, scratch, dst, dstOffset, count);
    }

    /** P/Q into scratch[0, count), the tail's exp argument -x^2 - 0.5625 + P/Q into scratch[count, 2 count). */
    private static void erfRatios(float[] src, int srcOffset, float[] scratch, int count) {
        for (int i = 0; i < count; i += F.length()) {
            VectorMask<Float> m = F.indexInRange(i, count);
            FloatVector x = FloatVector.fromArray(F, src, srcOffset + i, m);
            FloatVector ratio = erfRatio(x);
            ratio.intoArray(scratch, i, m);
            FloatVector ax = x.abs();
            ax.neg().fma(ax, ratio.sub(TAIL_SHIFT)).intoArray(scratch, count + i, m);
        }
    }

    /** erf from the ratios and the tails' exp in scratch. */
    private static void erfFinish(float[] src, int srcOffset, float[] scratch, float[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += F.length()) {
            VectorMask<Float> m = F.indexInRange(i, count);
            FloatVector x = FloatVector.fromArray(F, src, srcOffset + i, m);
            erfFromRatio(x, FloatVector.fromArray(F, scratch, i, m), FloatVector.fromArray(F, scratch, count + i, m))
                    .intoArray(dst, dstOffset + i, m);
        }
    }
}

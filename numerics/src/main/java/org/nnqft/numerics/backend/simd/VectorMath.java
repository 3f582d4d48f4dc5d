package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.math.special.Erf;

/**
 * Polynomial log, cos(2 pi u), sin(2 pi u) and erf on {@link DoubleVector}s, one independent value
 * per lane (in the SIMD backend each lane is a different network).
 *
 * <p>Two forms of each function:
 *
 * <ul>
 *   <li>vector in, vector out ({@code log(DoubleVector)} ...): any species, taken from the argument;
 *   <li>array to array ({@code log(double[], int, double[], int, int)} ...): a loop over
 *       {@link DoubleVector#SPECIES_PREFERRED} vectors with a masked last vector, source and
 *       destination may be the same array at the same offset.
 * </ul>
 *
 * <p>All are branch-free across lanes: each lane's case is computed and blended in by masks, the
 * only branches being {@code anyTrue}/{@code allTrue} tests that skip work no lane needs.
 *
 * <p><b>Inlining.</b> A vector passed to or returned from a method that C2 did not inline is boxed
 * (a heap object per call), which costs more than the function itself: log measured 1.8 ns a value
 * inlined, 6.5 not. C2 refuses to inline an ordinary method (not {@code @ForceInline}) once the
 * compilation has created 18,000 IR nodes ({@code NodeCountInliningCutoff}, a develop flag, fixed
 * in product builds; {@code -XX:CompileCommand=inline} does not lift it), and each Vector API call
 * creates some 400 while it is parsed. So a caller that has already done a few dozen vector
 * operations gets the boxed call, whatever flags it runs with, and so does a second kernel after a
 * first (Box-Muller: log inlines, then cos2Pi and sin2Pi did not). The vector forms are written to
 * be cheap to inline (one flat method each, except erf in two parts; every part under the
 * 325-bytecode {@code FreqInlineSize}; polynomials as loops over coefficient tables, parsed once),
 * but a large caller should use the array forms: each is a compilation of its own that takes and
 * returns no vector, and calls its vector kernels first thing, where they inline (erf in three such
 * passes, cos and sin in one). The vector forms are the reference the tests hold the array forms to.
 *
 * <p>Accuracy (measured by {@code VectorMathTest}, which keeps the figures):
 *
 * <ul>
 *   <li>{@link #log(DoubleVector)}: fdlibm's {@code e_log.c} scheme, 0.77 ulp of the exact value,
 *       at most 1 ulp from {@link Math#log}.
 *   <li>{@link #cos2Pi(DoubleVector)}, {@link #sin2Pi(DoubleVector)}: exact reduction and
 *       polynomials in the reduced argument fitted for this class: 0.70 ulp of the exact value, at
 *       most 7.8e-17 absolute.
 *   <li>{@link #erf(DoubleVector)}: the fdlibm scheme of {@link org.nnqft.numerics.math.special.Erf}, at
 *       most 1 ulp from it.
 * </ul>
 *
 * <p>The log and erf coefficients are fdlibm's (FreeBSD msun {@code e_log.c}, {@code s_erf.c}),
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
public final class VectorMath {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private VectorMath() {}

    // ---------------------------------------------------------------------------------------- log

    /** ln 2 = LN2_HI + LN2_LO; LN2_HI has 21 trailing zero bits, so k * LN2_HI is exact for |k| < 2^21. */
    private static final double LN2_HI = 6.93147180369123816490e-01;

    private static final double LN2_LO = 1.90821492927058770002e-10;

    /**
     * Lg7 .. Lg1 of fdlibm's {@code e_log.c}: {@code (log(1+s) - log(1-s))/s = 2 + Lg1 s^2 + ... +
     * Lg7 s^14} on |s| <= 0.1716, error below 2^-58.45. Highest degree first, for Horner.
     */
    private static final double[] LOG_POLY = {
        1.479819860511658591e-01,
        1.531383769920937332e-01,
        1.818357216161805012e-01,
        2.222219843214978396e-01,
        2.857142874366239149e-01,
        3.999999999940941908e-01,
        6.666666666666735130e-01,
    };

    /**
     * Adding this to the bits moves the exponent boundary from 1 to 0x3fe6a09e_00000000 (just under
     * sqrt(1/2)): the exponent field then holds k + 1023 with m = x / 2^k in [0.7071, 1.4142).
     */
    private static final long HALF_SQRT_SHIFT = 0x3ff00000_00000000L - 0x3fe6a09e_00000000L;

    private static final long HALF_SQRT_BITS = 0x3fe6a09e_00000000L;
    private static final long MANTISSA_BITS = 0x000fffff_ffffffffL;

    /** The bits of 2^52: OR-ing a small integer n into its mantissa gives the double 2^52 + n. */
    private static final long TWO52_BITS = 0x43300000_00000000L;

    /** 2^52 + 1023: subtracting it from 2^52 + biased exponent leaves k, exactly. */
    private static final double TWO52_PLUS_BIAS = 0x1p52 + 1023;

    private static final double TWO54 = 0x1p54;

    /**
     * The natural logarithm, lane by lane. Meant for u in (0, 1) (Box-Muller's u1, down to 2^-989),
     * accurate for every positive double, subnormals included, with IEEE results for the rest:
     * -infinity at +-0, NaN below 0 and for NaN, +infinity at +infinity.
     *
     * <p>Method (fdlibm {@code e_log.c}, as rearranged in musl): x = 2^k m with m in [0.7071,
     * 1.4142) read off the bits, f = m - 1, s = f/(2+f), log(m) = 2 atanh(s) = f - hfsq + s (hfsq +
     * R(s^2)) with hfsq = f^2/2, then + k ln2 in two parts. One division per vector. Its kernel
     * has a written-out twin in the array form (kept bit for bit by the tests): change both.
     */
    public static DoubleVector log(DoubleVector x) {
        if (!x.compare(VectorOperators.GE, Double.MIN_NORMAL)
                .and(x.compare(VectorOperators.LE, Double.MAX_VALUE))
                .allTrue()) {
            return logOfAny(x);
        }
        LongVector ix = x.reinterpretAsLongs().add(HALF_SQRT_SHIFT);
        DoubleVector k =
                ix.lanewise(VectorOperators.LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(TWO52_PLUS_BIAS);
        DoubleVector f = ix.and(MANTISSA_BITS).add(HALF_SQRT_BITS).reinterpretAsDoubles().sub(1.0);
        DoubleVector hfsq = f.mul(f).mul(0.5);
        DoubleVector s = f.div(f.add(2.0));
        DoubleVector z = s.mul(s);
        double[] c = LOG_POLY;
        DoubleVector r = x.broadcast(c[0]);
        for (int i = 1; i < c.length; i++) {
            r = r.fma(z, x.broadcast(c[i]));
        }
        // s*(hfsq+R) + k*ln2_lo - hfsq + f + k*ln2_hi, summed small to large
        return s.fma(hfsq.add(r.mul(z)), k.mul(LN2_LO)).sub(hfsq).add(f).add(k.mul(LN2_HI));
    }

    /**
     * The rare case, some lane not a positive normal double: subnormals are scaled by 2^54 (their
     * log then loses up to half an ulp more in taking 54 ln 2 back off), the lanes with no finite
     * log are set to 1 for the kernel and to their IEEE value after.
     */
    private static DoubleVector logOfAny(DoubleVector x) {
        VectorMask<Double> subnormal =
                x.compare(VectorOperators.GT, 0.0).and(x.compare(VectorOperators.LT, Double.MIN_NORMAL));
        VectorMask<Double> finite = x.compare(VectorOperators.GE, Double.MIN_NORMAL)
                .and(x.compare(VectorOperators.LE, Double.MAX_VALUE))
                .or(subnormal);
        DoubleVector y = log(x.blend(x.mul(TWO54), subnormal).blend(1.0, finite.not()));
        return y.blend(y.sub(54 * LN2_HI).sub(54 * LN2_LO), subnormal)
                .blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0))
                .blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.EQ, Double.POSITIVE_INFINITY))
                .blend(Double.NaN, x.compare(VectorOperators.LT, 0.0).or(x.test(VectorOperators.IS_NAN)));
    }

    /**
     * {@code dst[dstOffset + i] = log(src[srcOffset + i])} for i < count, bit for bit as {@link
     * #log(DoubleVector)}, whose kernel is written out here rather than called: C2 did not always
     * inline that call into LaneGaussians.pairs ("already compiled into a medium method",
     * NodeCountInliningCutoff), and then boxed the vectors crossing it, which made whole forks 2
     * to 10 times slower (docs/performance.md, Stability). A vector with a lane that is not a
     * positive normal (a partial last vector, too) goes to {@link #logOfAnyAt}, which takes arrays.
     */
    public static void log(double[] src, int srcOffset, double[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += D.length()) {
            VectorMask<Double> m = D.indexInRange(i, count);
            DoubleVector x = DoubleVector.fromArray(D, src, srcOffset + i, m);
            if (!x.compare(VectorOperators.GE, Double.MIN_NORMAL)
                    .and(x.compare(VectorOperators.LE, Double.MAX_VALUE))
                    .allTrue()) {
                logOfAnyAt(src, srcOffset + i, dst, dstOffset + i, count - i);
                continue;
            }
            LongVector ix = x.reinterpretAsLongs().add(HALF_SQRT_SHIFT);
            DoubleVector k =
                    ix.lanewise(VectorOperators.LSHR, 52).or(TWO52_BITS).reinterpretAsDoubles().sub(TWO52_PLUS_BIAS);
            DoubleVector f = ix.and(MANTISSA_BITS).add(HALF_SQRT_BITS).reinterpretAsDoubles().sub(1.0);
            DoubleVector hfsq = f.mul(f).mul(0.5);
            DoubleVector s = f.div(f.add(2.0));
            DoubleVector z = s.mul(s);
            double[] c = LOG_POLY;
            DoubleVector r = x.broadcast(c[0]);
            for (int j = 1; j < c.length; j++) {
                r = r.fma(z, x.broadcast(c[j]));
            }
            s.fma(hfsq.add(r.mul(z)), k.mul(LN2_LO)).sub(hfsq).add(f).add(k.mul(LN2_HI)).intoArray(dst, dstOffset + i, m);
        }
    }

    /** The rare vector of the array form: {@link #logOfAny} of min(remaining, lanes) values. */
    private static void logOfAnyAt(double[] src, int srcOffset, double[] dst, int dstOffset, int remaining) {
        VectorMask<Double> m = D.indexInRange(0, remaining);
        logOfAny(DoubleVector.fromArray(D, src, srcOffset, m)).intoArray(dst, dstOffset, m);
    }

    // -------------------------------------------------------------------------------- cos2Pi/sin2Pi

    /** Adding and subtracting 1.5 * 2^52 rounds |t| < 2^51 to the nearest integer (ties to even). */
    private static final double ROUND_MAGIC = 0x1.8p52;

    /** sin(pi r/2) = r (S0 + S1 r^2 + ... + S6 r^12) on |r| <= 1/2, with S0 = S0_HI + S0_LO. */
    private static final double S0_HI = 0x1.921fb54442d18p+0;

    /** cos(pi r/2) = 1 + r^2 (C1 + C2 r^2 + ... + C7 r^12) on |r| <= 1/2, with C1 = C1_HI + C1_LO. */
    private static final double C1_HI = -1.2337005501361697;

    /**
     * {S6, ..., S1, S0_LO} and {C7, ..., C2, C1_LO}, interleaved so that one loop runs both Horner
     * schemes: SIN_COS_POLY[2i] for sin, SIN_COS_POLY[2i+1] for cos. Fitted for this class
     * (Chebyshev interpolation at 50 digits, then rounded): before rounding, relative error 0.03 ulp
     * for sin, absolute 0.001 ulp for cos.
     */
    private static final double[] SIN_COS_POLY = {
        5.633933781537854e-08, -6.329396344967424e-09,
        -3.59864335298231e-06, 4.710678405505227e-07,
        0.0001604411507421909, -2.5202039028029178e-05,
        -0.004681754132340976, 0.0009192602745468447,
        0.07969262624604301, -0.020863480763340773,
        -0.6459640975062443, 0.2536695079010478,
        0x1.03960bb397e75p-54, -7.783043116199178e-17,
    };

    /**
     * cos(2 pi u), lane by lane, for u in [0, 1] (the reduction is exact for any |u| < 2^49).
     *
     * <p>Method: t = 4u, q = rint(t), r = t - q in [-1/2, 1/2] are all exact, and 2 pi u = q pi/2 +
     * r pi/2. sin(r pi/2) and cos(r pi/2) are polynomials in r itself (degree 13 odd and 16 even,
     * leading coefficients in two parts), so pi/2 is never rounded into the argument; the quadrant q
     * mod 4 picks one of them and the sign. q is read off the low bits of t + 1.5 * 2^52, so no
     * conversion to integers is needed.
     *
     * <p>Both kernels are needed to rotate by the quadrant, so cos2Pi and sin2Pi each evaluate both,
     * and differ only in the quadrant: sin(2 pi u) = cos(2 pi u - pi/2). Called on the same u in one
     * compilation, the common work is the same IR and C2 evaluates it once.
     */
    public static DoubleVector cos2Pi(DoubleVector u) {
        return cosQuarterTurns(u, 0);
    }

    /** sin(2 pi u), lane by lane, for u in [0, 1]: as {@link #cos2Pi(DoubleVector)}. */
    public static DoubleVector sin2Pi(DoubleVector u) {
        return cosQuarterTurns(u, 1);
    }

    /**
     * cos(2 pi u) into {@code cos} and sin(2 pi u) into {@code sin}, bit for bit as {@link
     * #cos2Pi(DoubleVector)} and {@link #sin2Pi(DoubleVector)} (VectorMathTest checks it): both need
     * both kernels, so one pass computes them once (two passes would be two compilations, each
     * evaluating both polynomials). {@code sin} may be {@code src}. Written out rather than calling
     * {@link #cosQuarterTurns} twice, whose second call C2 may refuse to inline (node count).
     */
    public static void cosSin2Pi(double[] src, int srcOffset, double[] cos, int cosOffset, double[] sin, int sinOffset, int count) {
        for (int i = 0; i < count; i += D.length()) {
            VectorMask<Double> m = D.indexInRange(i, count);
            DoubleVector u = DoubleVector.fromArray(D, src, srcOffset + i, m);
            DoubleVector t = u.mul(4.0);
            DoubleVector big = t.add(ROUND_MAGIC);
            DoubleVector r = t.sub(big.sub(ROUND_MAGIC));
            DoubleVector z = r.mul(r);
            double[] c = SIN_COS_POLY;
            DoubleVector ps = u.broadcast(c[0]);
            DoubleVector pc = u.broadcast(c[1]);
            for (int p = 2; p < c.length; p += 2) {
                ps = ps.fma(z, u.broadcast(c[p]));
                pc = pc.fma(z, u.broadcast(c[p + 1]));
            }
            DoubleVector sinR = r.fma(u.broadcast(S0_HI), r.mul(ps));
            DoubleVector one = u.broadcast(1.0);
            DoubleVector c1 = u.broadcast(C1_HI);
            DoubleVector head = z.fma(c1, one);
            DoubleVector cosR = head.add(z.fma(pc, z.fma(c1, one.sub(head))));
            // quadrant j = q + 1 for cos, q for sin (see cosQuarterTurns)
            LongVector jc = big.reinterpretAsLongs().add(5L);
            LongVector js = big.reinterpretAsLongs().add(4L);
            VectorMask<Double> evenC = jc.and(1L).compare(VectorOperators.EQ, 0L).cast(D);
            cosR.blend(sinR, evenC).reinterpretAsLongs().lanewise(VectorOperators.XOR, jc.and(2L).lanewise(VectorOperators.LSHL, 62))
                    .reinterpretAsDoubles().intoArray(cos, cosOffset + i, m);
            sinR.blend(cosR, evenC).reinterpretAsLongs().lanewise(VectorOperators.XOR, js.and(2L).lanewise(VectorOperators.LSHL, 62))
                    .reinterpretAsDoubles().intoArray(sin, sinOffset + i, m);
        }
    }

    /** cos(2 pi u - turns pi/2); turns in 0..3. */
    private static DoubleVector cosQuarterTurns(DoubleVector u, int turns) {
        DoubleVector t = u.mul(4.0);
        DoubleVector big = t.add(ROUND_MAGIC);
        DoubleVector r = t.sub(big.sub(ROUND_MAGIC));
        // j = q - turns + 1 (mod 4) from the low bits of t + 1.5*2^52: the cos kernel where j is
        // odd, the sin kernel where it is even, negated where j mod 4 is 2 or 3
        LongVector j = big.reinterpretAsLongs().add(5L - turns);
        DoubleVector z = r.mul(r);
        double[] c = SIN_COS_POLY;
        DoubleVector ps = u.broadcast(c[0]);
        DoubleVector pc = u.broadcast(c[1]);
        for (int i = 2; i < c.length; i += 2) {
            ps = ps.fma(z, u.broadcast(c[i]));
            pc = pc.fma(z, u.broadcast(c[i + 1]));
        }
        // sin = r*S0_HI + r*(S0_LO + z*(S1 + ...)), the product exact inside the fma
        DoubleVector sin = r.fma(u.broadcast(S0_HI), r.mul(ps));
        // cos = head + (err + z*(C1_LO + z*(C2 + ...))) with head = 1 + z*C1_HI rounded and err its
        // rounding error (1 - head is exact, head being in [0.7, 1])
        DoubleVector one = u.broadcast(1.0);
        DoubleVector c1 = u.broadcast(C1_HI);
        DoubleVector head = z.fma(c1, one);
        DoubleVector cos = head.add(z.fma(pc, z.fma(c1, one.sub(head))));
        VectorMask<Double> even = j.and(1L).compare(VectorOperators.EQ, 0L).cast(u.species());
        LongVector sign = j.and(2L).lanewise(VectorOperators.LSHL, 62);
        return cos.blend(sin, even).reinterpretAsLongs().lanewise(VectorOperators.XOR, sign).reinterpretAsDoubles();
    }

    // ---------------------------------------------------------------------------------------- erf

    private static final double SMALL_END = 0.84375;
    private static final double NEAR_ONE_END = 1.25;
    private static final double SATURATION = 6;
    private static final double LINEAR_END = 0x1p-28;

    /** {@code 2/sqrt(pi) - 1}. */
    private static final double EFX = 1.28379167095512586316e-01;

    /** erf(1) rounded to 24 bits. */
    private static final double ERX = 8.45062911510467529297e-01;

    private static final double TAIL_SHIFT = 0.5625;

    /**
     * The intervals of s_erf.c: [0, 0.84375) fits (erf(x) - x)/x in x^2, [0.84375, 1.25) erf(x) -
     * ERX in |x| - 1, [1.25, 1/0.35) and [1/0.35, 6) log(x erfc(x)) + x^2 + 0.5625 in 1/x^2.
     */
    private static final double[] ERF_LOWER = {0, SMALL_END, NEAR_ONE_END, 1 / 0.35};

    private static final double[] ERF_UPPER = {SMALL_END, NEAR_ONE_END, 1 / 0.35, SATURATION};

    private static final double[] ERF_NUM;
    private static final double[] ERF_DEN;
    /** Where interval i's coefficients start in ERF_NUM and ERF_DEN; ERF_START[4] is the end. */
    private static final int[] ERF_START;

    /**
     * The fits of s_erf.c (Erf's), each numerator as long as its denominator, for Horner highest degree first.
     * pp4 .. pp0 (in x^2, padded with a leading zero) and pa6 .. pa0 (in |x| - 1) as they are. The
     * tails' R(1/x^2) and S(1/x^2) are multiplied by x^(2n), n the degree of S, which turns them into
     * polynomials in x^2 with the coefficients in the opposite order, ra0 .. ra7 and rb0 .. rb6
     * (padded with a trailing zero, the factor x^2 for R's lower degree): the ratio is unchanged and
     * no 1/x^2 has to be divided out. Every coefficient of each numerator has one sign, and so has
     * every term of each denominator that matters (the negative sa8 and sb7 become constant terms
     * next to x^16 and x^14), so the Horner sums cancel nothing. The denominators: qq5 .. qq1, 1 and
     * qa6 .. qa1, 1; in x^2 for the tails 1, sa1 .. sa8 and 1, sb1 .. sb7.
     */
    static {
        double[][] f = Erf.fits();
        double[][] num = {padded(reversed(f[0]), true), reversed(f[2]), padded(f[4], false), padded(f[6], false)};
        double[][] den = {reversed(f[1]), reversed(f[3]), f[5], f[7]};
        ERF_START = new int[num.length + 1];
        for (int i = 0; i < num.length; i++) {
            ERF_START[i + 1] = ERF_START[i] + den[i].length;
        }
        ERF_NUM = new double[ERF_START[num.length]];
        ERF_DEN = new double[ERF_START[num.length]];
        for (int i = 0; i < num.length; i++) {
            System.arraycopy(num[i], 0, ERF_NUM, ERF_START[i], num[i].length);
            System.arraycopy(den[i], 0, ERF_DEN, ERF_START[i], den[i].length);
        }
    }

    private static double[] reversed(double[] c) {
        double[] r = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            r[i] = c[c.length - 1 - i];
        }
        return r;
    }

    /** One zero more, in front or behind, so that a numerator is as long as its denominator. */
    private static double[] padded(double[] c, boolean front) {
        double[] r = new double[c.length + 1];
        System.arraycopy(c, 0, r, front ? 1 : 0, c.length);
        return r;
    }

    private static final long SIGN_BIT = 0x80000000_00000000L;

    /**
     * The error function, lane by lane: the intervals and fits of {@link
     * org.nnqft.numerics.math.special.Erf#erf} (fdlibm {@code s_erf.c}), each evaluated only if some lane
     * falls in it, and blended. Exactly odd; NaN for NaN, +-0 for +-0, +-1 from |x| = 6 on.
     *
     * <p>Departures from the scalar code, none costing more than about one ulp: polynomials use
     * fused multiply-adds; the tails' fits in 1/x^2 are evaluated as the same ratio of polynomials
     * in x^2 (see ERF_NUM); the numerators and denominators of the interval fits are blended first
     * so that one division serves every lane; the tail takes one {@link VectorExp#exp} of
     * {@code -x^2 - 0.5625 + R/S} (rounding x^2 costs erfc a relative 2^-53 x^2, which 1 - erfc
     * shrinks below 0.2 ulp of erf) where the scalar code splits x^2 to take two.
     */
    public static DoubleVector erf(DoubleVector x) {
        DoubleVector ratio = erfRatio(x);
        DoubleVector ax = x.abs();
        VectorMask<Double> tail = ax.compare(VectorOperators.GE, NEAR_ONE_END).and(ax.compare(VectorOperators.LT, SATURATION));
        // erfc = exp(-x^2 - 0.5625 + R/S) / |x| where some lane needs it
        DoubleVector tailExp = tail.anyTrue() ? VectorExp.exp(ax.neg().fma(ax, ratio.sub(TAIL_SHIFT))) : ratio;
        return erfFromRatio(x, ratio, tailExp);
    }

    /**
     * Each lane's rational function P/Q of its interval. (erf is split in two so that each part
     * stays under C2's 325-bytecode limit for inlining a hot method.)
     */
    private static DoubleVector erfRatio(DoubleVector x) {
        DoubleVector ax = x.abs();
        // each interval's variable: |x| - 1 for [0.84375, 1.25), x^2 for the others
        DoubleVector square = ax.mul(ax);
        DoubleVector arg = square.blend(ax.sub(1.0), ax.compare(VectorOperators.GE, SMALL_END))
                .blend(square, ax.compare(VectorOperators.GE, NEAR_ONE_END));
        DoubleVector num = x.broadcast(1.0);
        DoubleVector den = num;
        for (int i = 0; i < ERF_LOWER.length; i++) {
            VectorMask<Double> in =
                    ax.compare(VectorOperators.GE, ERF_LOWER[i]).and(ax.compare(VectorOperators.LT, ERF_UPPER[i]));
            if (in.anyTrue()) {
                int c = ERF_START[i];
                DoubleVector p = x.broadcast(ERF_NUM[c]);
                DoubleVector q = x.broadcast(ERF_DEN[c]);
                for (c++; c < ERF_START[i + 1]; c++) {
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
    private static DoubleVector erfFromRatio(DoubleVector x, DoubleVector ratio, DoubleVector tailExp) {
        DoubleVector ax = x.abs();
        DoubleVector one = x.broadcast(1.0);
        VectorMask<Double> small = ax.compare(VectorOperators.LT, SMALL_END);
        // |x| >= 6 (and infinity) saturates to 1; NaN stays NaN
        DoubleVector y = one.blend(ax, ax.test(VectorOperators.IS_NAN));
        // small: x + x*R, formed 8 times larger so that tiny x keep their bits in the subnormals;
        // below 2^-28 R is the series' 2/sqrt(pi) - 1, as in the scalar code
        DoubleVector ax8 = ax.mul(8.0);
        DoubleVector r = ratio.blend(EFX, ax.compare(VectorOperators.LT, LINEAR_END));
        y = y.blend(ax8.fma(r, ax8).mul(0.125), small);
        y = y.blend(ratio.add(ERX), small.not().and(ax.compare(VectorOperators.LT, NEAR_ONE_END)));
        VectorMask<Double> tail =
                ax.compare(VectorOperators.GE, NEAR_ONE_END).and(ax.compare(VectorOperators.LT, SATURATION));
        y = y.blend(one.sub(tailExp.div(ax)), tail);
        return y.reinterpretAsLongs().or(x.reinterpretAsLongs().and(SIGN_BIT)).reinterpretAsDoubles();
    }

    /**
     * {@code dst[dstOffset + i] = erf(src[srcOffset + i])} for i < count, bit for bit as {@link
     * #erf(DoubleVector)}, with the caller's scratch (2 count values, so that a hot loop allocates
     * nothing). Three passes meeting in arrays (ratios and the tails'
     * exp arguments, exp, then the blend), each calling at most one vector-typed method first
     * thing: in one pass C2 stopped inlining at exp (NodeCountInliningCutoff) and boxed the
     * vectors crossing the call, 16 bytes and several ns a value (measured).
     */
    public static void erf(double[] src, int srcOffset, double[] dst, int dstOffset, int count, double[] scratch) {
        erfRatios(src, srcOffset, scratch, count);
        VectorExp.exp(scratch, count, scratch, count, count);
        erfFinish(src, srcOffset, scratch, dst, dstOffset, count);
    }

    /** P/Q into scratch[0, count), the tail's exp argument -x^2 - 0.5625 + P/Q into scratch[count, 2 count). */
    private static void erfRatios(double[] src, int srcOffset, double[] scratch, int count) {
        for (int i = 0; i < count; i += D.length()) {
            VectorMask<Double> m = D.indexInRange(i, count);
            DoubleVector x = DoubleVector.fromArray(D, src, srcOffset + i, m);
            DoubleVector ratio = erfRatio(x);
            ratio.intoArray(scratch, i, m);
            DoubleVector ax = x.abs();
            ax.neg().fma(ax, ratio.sub(TAIL_SHIFT)).intoArray(scratch, count + i, m);
        }
    }

    /** erf from the ratios and the tails' exp in scratch. */
    private static void erfFinish(double[] src, int srcOffset, double[] scratch, double[] dst, int dstOffset, int count) {
        for (int i = 0; i < count; i += D.length()) {
            VectorMask<Double> m = D.indexInRange(i, count);
            DoubleVector x = DoubleVector.fromArray(D, src, srcOffset + i, m);
            erfFromRatio(x, DoubleVector.fromArray(D, scratch, i, m), DoubleVector.fromArray(D, scratch, count + i, m))
                    .intoArray(dst, dstOffset + i, m);
        }
    }
}

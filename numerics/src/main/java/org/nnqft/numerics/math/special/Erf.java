package org.nnqft.numerics.math.special;

/**
 * The error function in double precision, fast enough for the scalar backend's inner loop.
 *
 * <p>A port of {@code erf} from fdlibm as kept in FreeBSD's msun ({@code lib/msun/src/s_erf.c},
 * https://github.com/freebsd/freebsd-src/blob/main/lib/msun/src/s_erf.c): the same intervals,
 * coefficients and evaluation order, with {@link Math#exp} in place of {@code __ieee754_exp}.
 * Hipparchus' {@code org.hipparchus.special.Erf} goes through the regularized incomplete gamma
 * function and costs some hundreds of nanoseconds a call; this costs a few rational functions and at
 * most two exponentials. The interval split is kept explicit so a vectorised version can evaluate the
 * same approximations lane by lane and blend.
 *
 * <p>The original carries this notice, which its licence requires to be preserved:
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
 *
 * <p>Method, from the original's comment (errors are those of the approximations, before rounding):
 *
 * <ol>
 *   <li>{@code |x| < 0.84375}: {@code erf(x) = x + x*P(x^2)/Q(x^2)}, {@code |P/Q - (erf(x)-x)/x| <=
 *       2^-57.90}. Writing the result as {@code x + x*R} keeps it within an ulp because {@code R} is
 *       small there (the fixed point of erf is near 0.6174).
 *   <li>{@code 0.84375 <= |x| < 1.25}: with {@code s = |x| - 1}, {@code erf(|x|) = c + P(s)/Q(s)}
 *       where {@code c} is erf(1) rounded to 24 bits, {@code |P/Q - (erf(|x|)-c)| <= 2^-59.06}.
 *   <li>{@code 1.25 <= |x| < 6}: {@code erfc(|x|) = exp(-x*x - 0.5625 + R(1/x^2)/S(1/x^2)) / |x|},
 *       one fit on {@code [1.25, 1/0.35)} (error {@code < 2^-62.57}) and one from {@code 1/0.35} on
 *       (error {@code < 2^-61.52}); {@code erf = 1 - erfc}.
 *   <li>{@code |x| >= 6}: erfc(6) is about 2e-17, under half an ulp of 1, so erf rounds to +-1.
 * </ol>
 */
public final class Erf {

    private static final double SMALL_END = 0.84375;
    private static final double NEAR_ONE_END = 1.25;
    private static final double MID_TAIL_END = 1 / 0.35;
    private static final double SATURATION = 6;

    /** Below this, {@code erf(x) = x + EFX*x}: the first neglected term is under 2^-84 relative. */
    private static final double LINEAR_END = 0x1p-28;

    /**
     * Below this, {@code EFX*x} would fall into the subnormals and lose bits, so the product is formed
     * eight times larger and scaled back.
     */
    private static final double SUBNORMAL_GUARD = 0x1p-1015;

    /** {@code 2/sqrt(pi) - 1}. */
    private static final double EFX = 1.28379167095512586316e-01;

    /** {@code 8 * EFX}. */
    private static final double EFX8 = 1.02703333676410069053e+00;

    /** erf(1) rounded to 24 bits, so that {@code ERX + P/Q} adds a small correction to an exact head. */
    private static final double ERX = 8.45062911510467529297e-01;

    /** The tail's exponent carries {@code -0.5625} so that the fitted {@code R/S} stays small. */
    private static final double TAIL_SHIFT = 0.5625;

    // Coefficients in increasing powers, as pp0..pp4, qq1..qq5 etc. in s_erf.c; each denominator's
    // constant term 1 is written out so that Horner reproduces fdlibm's `one + z*(...)` exactly.

    private static final double[] SMALL_P = {
        1.28379167095512558561e-01,
        -3.25042107247001499370e-01,
        -2.84817495755985104766e-02,
        -5.77027029648944159157e-03,
        -2.37630166566501626084e-05,
    };
    private static final double[] SMALL_Q = {
        1.0,
        3.97917223959155352819e-01,
        6.50222499887672944485e-02,
        5.08130628187576562776e-03,
        1.32494738004321644526e-04,
        -3.96022827877536812320e-06,
    };

    private static final double[] NEAR_ONE_P = {
        -2.36211856075265944077e-03,
        4.14856118683748331666e-01,
        -3.72207876035701323847e-01,
        3.18346619901161753674e-01,
        -1.10894694282396677476e-01,
        3.54783043256182359371e-02,
        -2.16637559486879084300e-03,
    };
    private static final double[] NEAR_ONE_Q = {
        1.0,
        1.06420880400844228286e-01,
        5.40397917702171048937e-01,
        7.18286544141962662868e-02,
        1.26171219808761642112e-01,
        1.36370839120290507362e-02,
        1.19844998467991074170e-02,
    };

    private static final double[] MID_TAIL_R = {
        -9.86494403484714822705e-03,
        -6.93858572707181764372e-01,
        -1.05586262253232909814e+01,
        -6.23753324503260060396e+01,
        -1.62396669462573470355e+02,
        -1.84605092906711035994e+02,
        -8.12874355063065934246e+01,
        -9.81432934416914548592e+00,
    };
    private static final double[] MID_TAIL_S = {
        1.0,
        1.96512716674392571292e+01,
        1.37657754143519042600e+02,
        4.34565877475229228821e+02,
        6.45387271733267880336e+02,
        4.29008140027567833386e+02,
        1.08635005541779435134e+02,
        6.57024977031928170135e+00,
        -6.04244152148580987438e-02,
    };

    private static final double[] FAR_TAIL_R = {
        -9.86494292470009928597e-03,
        -7.99283237680523006574e-01,
        -1.77579549177547519889e+01,
        -1.60636384855821916062e+02,
        -6.37566443368389627722e+02,
        -1.02509513161107724954e+03,
        -4.83519191608651397019e+02,
    };
    private static final double[] FAR_TAIL_S = {
        1.0,
        3.03380607434824582924e+01,
        3.25792512996573918826e+02,
        1.53672958608443695994e+03,
        3.19985821950859553908e+03,
        2.55305040643316442583e+03,
        4.74528541206955367215e+02,
        -2.24409524465858183362e+01,
    };

    private Erf() {}

    /**
     * Copies of the four rational fits as (numerator, denominator) in increasing powers, one
     * interval after the other (small, near one, mid tail, far tail): the vector erf lays out the
     * same coefficients for its own Horner order instead of writing them a second time.
     */
    public static double[][] fits() {
        return new double[][] {SMALL_P.clone(), SMALL_Q.clone(), NEAR_ONE_P.clone(), NEAR_ONE_Q.clone(),
            MID_TAIL_R.clone(), MID_TAIL_S.clone(), FAR_TAIL_R.clone(), FAR_TAIL_S.clone()};
    }

    /**
     * The error function, within 1 ulp of the exact value (0.96 ulp the worst measured). Exactly odd:
     * every branch works on {@code |x|} and restores the sign at the end.
     *
     * @return NaN for NaN, {@code x} itself for {@code +-0}, {@code +-1} for {@code +-infinity}
     */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (ax < SMALL_END) {
            return Math.copySign(small(ax), x);
        }
        if (ax < NEAR_ONE_END) {
            return Math.copySign(nearOne(ax), x);
        }
        if (ax < SATURATION) {
            return Math.copySign(1 - erfcTail(ax), x);
        }
        // Only NaN fails every comparison above.
        return Double.isNaN(x) ? x : Math.copySign(1.0, x);
    }

    private static double small(double ax) {
        if (ax < LINEAR_END) {
            if (ax < SUBNORMAL_GUARD) {
                return (8 * ax + EFX8 * ax) / 8;
            }
            return ax + EFX * ax;
        }
        double z = ax * ax;
        return ax + ax * (horner(SMALL_P, z) / horner(SMALL_Q, z));
    }

    private static double nearOne(double ax) {
        double s = ax - 1;
        return ERX + horner(NEAR_ONE_P, s) / horner(NEAR_ONE_Q, s);
    }

    /** erfc for {@code 1.25 <= ax < 6}. */
    private static double erfcTail(double ax) {
        double s = 1 / (ax * ax);
        // fdlibm splits on the high word only, at 2.8571434; splitting at the double 1/0.35 instead
        // hands [1/0.35, 2.8571434) to the far fit, which is as accurate there (0.50 ulp over a dense
        // scan of the gap; the test checks both ends).
        double rs = ax < MID_TAIL_END
                ? horner(MID_TAIL_R, s) / horner(MID_TAIL_S, s)
                : horner(FAR_TAIL_R, s) / horner(FAR_TAIL_S, s);
        // exp(-ax*ax) would inherit the rounding error of ax*ax, an error of x^2 * 2^-53 relative in
        // erfc. With hi = ax cut to 21 significant bits, hi*hi is exact, and the remainder
        // hi*hi - ax*ax = (hi-ax)*(hi+ax) is small enough to go into the second exponential along
        // with R/S at negligible rounding cost.
        double hi = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xFFFFFFFF00000000L);
        double r = Math.exp(-hi * hi - TAIL_SHIFT) * Math.exp((hi - ax) * (hi + ax) + rs);
        return r / ax;
    }

    private static double horner(double[] c, double x) {
        double acc = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            acc = acc * x + c[i];
        }
        return acc;
    }
}

package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.special.Erf;

/**
 * {@link VectorMathFloat} against references evaluated in double (their own error, about 1e-16,
 * is nothing next to a float ulp), over strided sweeps of the float bit patterns, random points
 * (fixed seeds) and the domain ends, every array of a length that is not a multiple of the lane
 * count. Errors are in float ulps of the exact value ({@code |y - ref| / ulp((float) ref)} with ref
 * unrounded); the targets are stated against the reference rounded to float, which can add half an
 * ulp.
 *
 * <p>Measured maxima (AVX-512, 16 lanes), on the points below and, once outside the tests, over
 * every float of the domain:
 *
 * <ul>
 *   <li>log: 0.77 ulp on (0, 1] (every float of (0, 1]: 0.835), at most 1 ulp from the rounded
 *       reference; 0.82 over every binade of the positive floats.
 *   <li>cos2Pi / sin2Pi: 0.67 / 0.70 ulp (every float of [0, 1]: 0.750 / 0.753), at most 1 ulp from
 *       the rounded reference, exact 0 and +-1 at the quarters, and within 2^-24 of {@code (float)
 *       Math.cos(2 * Math.PI * u)}. For u below 2^-124, where r * S0_LO underflows, sin reaches 1.03
 *       ulp.
 *   <li>erf: 0.74 ulp from the double erf (every third float of [2^-30, 4.5]: 0.86), at most 1 ulp
 *       from it rounded to float.
 * </ul>
 */
class VectorMathFloatTest {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    /** Applies f to in[] a vector at a time, the last partial vector under a mask. */
    static float[] apply(UnaryOperator<FloatVector> f, float[] in) {
        float[] out = new float[in.length];
        int i = 0;
        for (int upper = F.loopBound(in.length); i < upper; i += F.length()) {
            f.apply(FloatVector.fromArray(F, in, i)).intoArray(out, i);
        }
        if (i < in.length) {
            VectorMask<Float> m = F.indexInRange(i, in.length);
            f.apply(FloatVector.fromArray(F, in, i, m)).intoArray(out, i, m);
        }
        return out;
    }

    private static float[] oddLength(List<Float> points) {
        while (points.size() % F.length() == 0) {
            points.add(points.get(0));
        }
        float[] a = new float[points.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = points.get(i);
        }
        return a;
    }

    /** Every stride-th float from lo to hi inclusive (by bit pattern, so every binade alike). */
    private static void sweep(List<Float> p, float lo, float hi, int stride) {
        for (int b = Float.floatToRawIntBits(lo); b <= Float.floatToRawIntBits(hi); b += stride) {
            p.add(Float.intBitsToFloat(b));
        }
        p.add(hi);
    }

    /** The worst error seen and where. */
    private static final class Worst {
        double error = 0;
        float at = Float.NaN;

        void record(float at, double error) {
            if (!(error <= this.error)) {
                this.error = error;
                this.at = at;
            }
        }
    }

    /** Error in float ulps of an unrounded reference; 0 must be hit exactly. */
    private static double ulps(float y, double ref) {
        if (ref == 0) {
            return y == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(y - ref) / Math.ulp((float) ref);
    }

    /** Error in float ulps of the reference rounded to float. */
    private static double roundedUlps(float y, double ref) {
        float rounded = (float) ref;
        return rounded == 0 ? (y == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(y - rounded) / Math.ulp(rounded);
    }

    @Test
    void applyAndTheArrayFormsHandleEveryLengthAndOffset() {
        for (int n = 0; n <= 2 * F.length() + 3; n++) {
            float[] in = new float[n + 3];
            for (int i = 0; i < in.length; i++) {
                in[i] = (i + 1) / (float) (in.length + 1);
            }
            float[] viaVectors = apply(VectorMathFloat::erf, in);
            float[] out = new float[n + 5];
            VectorMathFloat.erf(in, 3, out, 2, n, new float[2 * n]);
            for (int i = 0; i < n; i++) {
                assertThat(out[2 + i]).as("n = %d, i = %d", n, i).isEqualTo(viaVectors[3 + i]);
            }
            assertThat(out[0]).isZero();
            assertThat(out[1]).isZero();
            if (n + 2 < out.length) {
                assertThat(out[n + 2]).as("past the end, n = %d", n).isZero();
            }
        }
        float[] u = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.0f, 0.05f, 0.15f, 0.25f, 0.35f, 0.45f,
                0.55f, 0.65f, 0.75f, 0.85f};
        float[] log = new float[u.length];
        float[] cos = new float[u.length];
        float[] sin = u.clone();
        VectorMathFloat.log(u, 0, log, 0, u.length);
        VectorMathFloat.cosSin2Pi(sin, 0, cos, 0, sin, 0, sin.length); // sin in place
        assertThat(log).containsExactly(apply(VectorMathFloat::log, u));
        assertThat(cos).containsExactly(apply(VectorMathFloat::cos2Pi, u));
        assertThat(sin).containsExactly(apply(VectorMathFloat::sin2Pi, u));
    }

    // ---------------------------------------------------------------------------------------- log

    @Test
    void logIsWithinAnUlpOnTheUnitInterval() {
        List<Float> p = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(20250201L);
        for (int i = 0; i < 50_000; i++) {
            // the SIMD backend's float u1: a 53-bit integer + 1, rounded to float, times 2^-53
            p.add((float) ((rnd.nextLong() >>> 11) + 1) * 0x1p-53f);
        }
        sweep(p, 0x1p-53f, 1f, 4001);
        sweep(p, 1 - 0x1p-10f, 1f, 1);
        for (int e = 0; e <= 53; e++) {
            int sqrtHalf = Float.floatToRawIntBits(Math.scalb(Float.intBitsToFloat(0x3f3504f3), -e));
            for (int k = -30; k <= 30; k++) {
                p.add(Float.intBitsToFloat(sqrtHalf + k));
            }
        }
        float[] u = oddLength(p);
        float[] y = apply(VectorMathFloat::log, u);
        Worst exact = new Worst();
        Worst rounded = new Worst();
        for (int i = 0; i < u.length; i++) {
            double ref = Math.log(u[i]);
            exact.record(u[i], ulps(y[i], ref));
            rounded.record(u[i], roundedUlps(y[i], ref));
        }
        assertThat(rounded.error).as("worst at u = %s", rounded.at).isLessThanOrEqualTo(2).isLessThanOrEqualTo(1);
        assertThat(exact.error).as("worst at u = %s", exact.at).isLessThan(0.9);
    }

    @Test
    void logCoversEveryPositiveFloatAndTheSpecialValues() {
        List<Float> p = new ArrayList<>();
        sweep(p, Float.MIN_VALUE, Float.MAX_VALUE, 4099);
        float[] x = oddLength(p);
        float[] y = apply(VectorMathFloat::log, x);
        Worst exact = new Worst();
        for (int i = 0; i < x.length; i++) {
            exact.record(x[i], ulps(y[i], Math.log(x[i])));
        }
        assertThat(exact.error).as("worst at x = %s", exact.at).isLessThan(1);

        float[] special = {0f, -0f, -1f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, Float.NaN, 1f,
                Float.MIN_VALUE, -Float.MIN_VALUE, 0.5f};
        float[] ys = apply(VectorMathFloat::log, special);
        for (int i = 0; i < special.length; i++) {
            double ref = Math.log(special[i]);
            if (Double.isNaN(ref)) {
                assertThat(ys[i]).as("log(%s)", special[i]).isNaN();
            } else if (Double.isInfinite(ref) || ref == 0) {
                assertThat((double) ys[i]).as("log(%s)", special[i]).isEqualTo(ref);
            } else {
                assertThat(ulps(ys[i], ref)).as("log(%s)", special[i]).isLessThan(1);
            }
        }
    }

    // ------------------------------------------------------------------------------ cos2Pi/sin2Pi

    /** {sin, cos} of 2 pi u in double, after the same exact reduction: to about 1e-16 relative. */
    private static double[] sinCos2Pi(float u) {
        double t = 4.0 * u;
        double q = Math.rint(t);
        double a = (t - q) * (Math.PI / 2);
        double s = Math.sin(a);
        double c = Math.cos(a);
        return switch ((int) q & 3) {
            case 0 -> new double[] {s, c};
            case 1 -> new double[] {c, -s};
            case 2 -> new double[] {-s, -c};
            default -> new double[] {-c, s};
        };
    }

    @Test
    void cos2PiAndSin2PiAreWithinAnUlp() {
        List<Float> p = new ArrayList<>();
        sweep(p, Float.MIN_VALUE, 1f, 8009);
        SplittableRandom rnd = new SplittableRandom(20250202L);
        for (int i = 0; i < 30_000; i++) {
            p.add((float) (rnd.nextLong() >>> 11) * 0x1p-53f); // the backend's u2, 1.0 included
            p.add((rnd.nextInt() >>> 8) * 0x1p-24f);
        }
        for (int k = 0; k <= 8; k++) {
            float center = k / 8f;
            int bits = Float.floatToRawIntBits(center);
            for (int j = -200; j <= 200; j++) {
                float u = k == 0 ? Math.abs(j) * Float.MIN_VALUE : Float.intBitsToFloat(bits + j);
                if (u >= 0 && u <= 1) {
                    p.add(u);
                }
            }
        }
        float[] u = oddLength(p);
        float[] c = apply(VectorMathFloat::cos2Pi, u);
        float[] s = apply(VectorMathFloat::sin2Pi, u);
        Worst cosExact = new Worst();
        Worst sinExact = new Worst();
        Worst rounded = new Worst();
        Worst naive = new Worst();
        Worst tiny = new Worst();
        for (int i = 0; i < u.length; i++) {
            double[] ref = sinCos2Pi(u[i]);
            if (u[i] < 0x1p-100f) {
                // below 2^-124 r * S0_LO underflows and sin(2 pi u) is r * S0_HI rounded, 1.03 ulp
                tiny.record(u[i], ulps(s[i], ref[0]));
                continue;
            }
            sinExact.record(u[i], ulps(s[i], ref[0]));
            cosExact.record(u[i], ulps(c[i], ref[1]));
            rounded.record(u[i], Math.max(roundedUlps(s[i], ref[0]), roundedUlps(c[i], ref[1])));
            double theta = 2 * Math.PI * u[i];
            naive.record(u[i], Math.max(
                    Math.abs(s[i] - (float) Math.sin(theta)), Math.abs(c[i] - (float) Math.cos(theta))));
        }
        assertThat(rounded.error).as("worst at u = %s", rounded.at).isLessThanOrEqualTo(2).isLessThan(1.3);
        assertThat(sinExact.error).as("sin, worst at u = %s", sinExact.at).isLessThan(0.8);
        assertThat(cosExact.error).as("cos, worst at u = %s", cosExact.at).isLessThan(0.8);
        // against (float) Math.sin(2 pi u): within a float ulp of 1 (the reference's double argument
        // error, 1e-15, is no matter here, but at the zeros of sin and cos ulps mean nothing)
        assertThat(naive.error).as("worst at u = %s", naive.at).isLessThanOrEqualTo(0x1p-24);
        assertThat(tiny.error).as("tiny u, worst at u = %s", tiny.at).isLessThan(1.1);
    }

    @Test
    void cos2PiAndSin2PiAreExactAtTheQuarters() {
        float[] u = {0, 0.25f, 0.5f, 0.75f, 1};
        float[] c = apply(VectorMathFloat::cos2Pi, u);
        float[] s = apply(VectorMathFloat::sin2Pi, u);
        float[] cosExpected = {1, 0, -1, 0, 1};
        float[] sinExpected = {0, 1, 0, -1, 0};
        for (int i = 0; i < u.length; i++) {
            // + 0f turns -0f into 0f: the sign of an exact zero is not specified
            assertThat(c[i] + 0f).as("cos at %s", u[i]).isEqualTo(cosExpected[i]);
            assertThat(s[i] + 0f).as("sin at %s", u[i]).isEqualTo(sinExpected[i]);
        }
    }

    // ---------------------------------------------------------------------------------------- erf

    @Test
    void erfIsWithinFourUlpsOfTheDoubleErf() {
        List<Float> p = new ArrayList<>();
        for (int k = -25_000; k <= 25_000; k++) {
            p.add(k * 2e-4f);
        }
        SplittableRandom rnd = new SplittableRandom(20250203L);
        for (int i = 0; i < 30_000; i++) {
            p.add((float) rnd.nextDouble(-5, 5));
            p.add((float) Math.copySign(Math.pow(10, rnd.nextDouble(-45, 38)), rnd.nextDouble() - 0.5));
        }
        float[] edges = {0.84375f, 1.25f, 2.85715f, 4f, 0x1p-14f, 0x1p-119f, Float.MIN_NORMAL, Float.MIN_VALUE,
                3 * Float.MIN_VALUE, 1e-30f, 6f, 1e30f, Float.MAX_VALUE};
        for (float e : edges) {
            for (float x : new float[] {Math.nextDown(e), e, Math.nextUp(e)}) {
                p.add(x);
                p.add(-x);
            }
        }
        float[] x = oddLength(p);
        float[] y = apply(VectorMathFloat::erf, x);
        Worst exact = new Worst();
        Worst rounded = new Worst();
        for (int i = 0; i < x.length; i++) {
            double ref = Erf.erf(x[i]);
            exact.record(x[i], ulps(y[i], ref));
            rounded.record(x[i], roundedUlps(y[i], ref));
            assertThat(Math.signum(y[i])).as("erf(%s)", x[i]).isEqualTo((float) Math.signum(ref));
        }
        assertThat(rounded.error).as("worst at x = %s", rounded.at).isLessThanOrEqualTo(4).isLessThan(2);
        assertThat(exact.error).as("worst at x = %s", exact.at).isLessThan(1);
    }

    @Test
    void erfHandlesZerosInfinitiesAndNaN() {
        float[] x = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 4f, -4f, 1e30f, -1e30f,
                Float.MIN_VALUE, -Float.MIN_VALUE};
        float[] y = apply(VectorMathFloat::erf, x);
        for (int i = 0; i < x.length; i++) {
            if (Float.isNaN(x[i])) {
                assertThat(y[i]).isNaN();
            } else {
                assertThat(y[i]).as("erf(%s)", x[i]).isEqualTo((float) Erf.erf(x[i]));
            }
        }
        assertThat(Float.floatToRawIntBits(y[1])).isEqualTo(Float.floatToRawIntBits(-0f));
    }

    /** As VectorMathTest's: the written-out array log is the vector log in every lane. */
    @Test
    void arrayLogIsTheVectorLogBitForBitWithRareLanesAnywhere() {
        float[] rare = {Float.MIN_VALUE, 0x1p-140f, 0.0f, -0.0f, -1.0f, Float.POSITIVE_INFINITY, Float.NaN};
        SplittableRandom rng = new SplittableRandom(14);
        for (int n = 0; n <= 2 * F.length() + 3; n++) {
            float[] in = new float[n + 3];
            for (int i = 0; i < in.length; i++) {
                in[i] = i % 7 == 6 ? rare[rng.nextInt(rare.length)] : (float) rng.nextDouble(0x1p-60, 1.0);
            }
            float[] viaVectors = apply(VectorMathFloat::log, in);
            float[] out = new float[n + 5];
            VectorMathFloat.log(in, 3, out, 2, n);
            for (int i = 0; i < n; i++) {
                assertThat(Float.floatToRawIntBits(out[2 + i])).as("n = %d, log(%s)", n, in[3 + i])
                        .isEqualTo(Float.floatToRawIntBits(viaVectors[3 + i]));
            }
            if (n + 2 < out.length) {
                assertThat(out[n + 2]).as("past the end, n = %d", n).isZero();
            }
        }
    }
}

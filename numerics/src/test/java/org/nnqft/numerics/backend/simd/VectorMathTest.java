package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.special.Erf;

/**
 * {@link VectorMath} against scalar references, over dense grids, random points (fixed seeds) and
 * the domain ends. Every array goes through {@link #apply}, a vector loop with a masked tail, and
 * every array length is chosen not to be a multiple of the lane count.
 *
 * <p>Measured maxima (AVX-512, 8 lanes) on the points below, in ulps of the exact value (a
 * double-double reference after the same exact argument reduction) unless said otherwise:
 *
 * <ul>
 *   <li>log: 0.77 ulp on (0, 1] (u = ((bits >>> 11) + 1) 2^-53 and grids at the ends and at the
 *       reduction's boundaries), 0.68 over every binade of the positive doubles; never more than 1
 *       ulp from {@link Math#log}, which is itself within 0.502 ulp here.
 *   <li>cos2Pi / sin2Pi: 0.70 / 0.70 ulp, that is at most 7.8e-17 absolute; exact 0 and +-1 at the
 *       quarters. Against the naive {@code Math.cos(2 * Math.PI * u)} the difference reaches 6.9e-16
 *       (u near 1): that is the reference's own error, 2 pi u rounding to half an ulp of 2 pi
 *       (4.4e-16) plus the error of 2 * Math.PI (2.4e-16, times u). Net of that bound times the
 *       derivative, the difference is at most 1.13e-16.
 *   <li>erf: at most 1 ulp from the scalar {@link Erf#erf} (and over 20 million random points of
 *       [-6.5, 6.5], checked once outside the tests).
 * </ul>
 */
class VectorMathTest {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    /** Applies f to in[] a vector at a time, the last partial vector under a mask. */
    static double[] apply(UnaryOperator<DoubleVector> f, double[] in) {
        double[] out = new double[in.length];
        int i = 0;
        for (int upper = D.loopBound(in.length); i < upper; i += D.length()) {
            f.apply(DoubleVector.fromArray(D, in, i)).intoArray(out, i);
        }
        if (i < in.length) {
            VectorMask<Double> m = D.indexInRange(i, in.length);
            f.apply(DoubleVector.fromArray(D, in, i, m)).intoArray(out, i, m);
        }
        return out;
    }

    private static double[] oddLength(List<Double> points) {
        if (points.size() % D.length() == 0) {
            points.add(points.get(0));
        }
        double[] a = new double[points.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = points.get(i);
        }
        return a;
    }

    /** The worst error seen and where. */
    private static final class Worst {
        double error = 0;
        double at = Double.NaN;

        void record(double at, double error) {
            if (!(error <= this.error)) {
                this.error = error;
                this.at = at;
            }
        }
    }

    @Test
    void applyAndTheArrayFormsHandleEveryLengthAndOffset() {
        for (int n = 0; n <= 3 * D.length() + 1; n++) {
            double[] in = new double[n + 3];
            for (int i = 0; i < in.length; i++) {
                in[i] = (i + 1) / (double) (in.length + 1);
            }
            double[] viaVectors = apply(VectorMath::log, in);
            for (int i = 0; i < in.length; i++) {
                assertThat(Math.abs(viaVectors[i] - Math.log(in[i])))
                        .as("n = %d, i = %d", n, i)
                        .isLessThanOrEqualTo(1e-15);
            }
            double[] out = new double[n + 5];
            VectorMath.log(in, 3, out, 2, n);
            for (int i = 0; i < n; i++) {
                assertThat(out[2 + i]).as("n = %d, i = %d", n, i).isEqualTo(viaVectors[3 + i]);
            }
            assertThat(out[0]).isZero();
            assertThat(out[1]).isZero();
            if (n + 2 < out.length) {
                assertThat(out[n + 2]).as("past the end, n = %d", n).isZero();
            }
        }
        double[] u = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65};
        double[] x = {-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 7, -7, 1e-300, 0.9, 1.1, 2.5, 4, 5.5};
        double[] cos = new double[u.length];
        double[] sin = u.clone();
        double[] erf = new double[x.length];
        VectorMath.cosSin2Pi(sin, 0, cos, 0, sin, 0, sin.length); // sin in place
        VectorMath.erf(x, 0, erf, 0, x.length, new double[2 * x.length]);
        assertThat(cos).containsExactly(apply(VectorMath::cos2Pi, u));
        assertThat(sin).containsExactly(apply(VectorMath::sin2Pi, u));
        assertThat(erf).containsExactly(apply(VectorMath::erf, x));
    }

    // ---------------------------------------------------------------------------------------- log

    private static double[] logPointsInUnitInterval() {
        List<Double> p = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(20250101L);
        for (int i = 0; i < 50_000; i++) {
            p.add(((rnd.nextLong() >>> 11) + 1) * 0x1p-53);
        }
        // the ends: 2^-53 and the top of (0, 1], densely
        for (int k = 0; k < 2_000; k++) {
            p.add(1 - k * 0x1p-53);
            p.add((1 + k) * 0x1p-53);
            p.add(1 - k * 0x1p-40);
        }
        // the reduction's boundary just under sqrt(1/2) and the powers of 2, in every binade
        for (int e = 0; e <= 53; e++) {
            double scale = Math.scalb(1.0, -e);
            long sqrtHalf = Double.doubleToRawLongBits(Double.longBitsToDouble(0x3fe6a09e_00000000L) * scale);
            long pow2 = Double.doubleToRawLongBits(scale);
            for (int k = -50; k <= 50; k++) {
                p.add(Double.longBitsToDouble(sqrtHalf + k));
                if (e > 0 || k <= 0) {
                    p.add(Double.longBitsToDouble(pow2 + k));
                }
            }
        }
        return oddLength(p);
    }

    /** log x as a double-double, to about 2^-100 relative: k ln 2 + 2 atanh((m-1)/(m+1)). */
    static double[] exactLog(double x) {
        int k = Math.getExponent(x);
        if (k < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            k = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.4142135623730951) {
            m /= 2; // exact
            k++;
        }
        // s = (m-1)/(m+1): m-1 is exact, m+1 may not be, so divide the double-double m+1
        double[] mp1 = Dd.add(m, 0, 1, 0);
        double[] s = Dd.divDd(new double[] {m - 1, 0}, mp1);
        double[] s2 = Dd.mul(s[0], s[1], s[0], s[1]);
        double[] power = s;
        double[] sum = s;
        for (int n = 1; n < 60 && Math.abs(power[0]) > 0x1p-110 * Math.abs(s[0]); n++) {
            power = Dd.mul(power[0], power[1], s2[0], s2[1]);
            double[] term = Dd.div(power, 2 * n + 1);
            sum = Dd.add(sum[0], sum[1], term[0], term[1]);
        }
        double[] logM = {2 * sum[0], 2 * sum[1]};
        // ln 2 to 2^-107; k * LN2 as a double-double
        double ln2Hi = 0x1.62e42fefa39efp-1;
        double ln2Lo = 0x1.abc9e3b39803fp-56;
        double[] kLn2 = Dd.mul(k, 0, ln2Hi, ln2Lo);
        return Dd.add(kLn2[0], kLn2[1], logM[0], logM[1]);
    }

    /** Records ulp errors against Math.log (rounded) and against the exact value (unrounded). */
    private static void recordLog(double[] x, double[] y, Worst vsMathLog, Worst vsExact) {
        for (int i = 0; i < x.length; i++) {
            double ref = Math.log(x[i]);
            if (ref == 0) {
                assertThat(y[i]).as("log(%s)", x[i]).isEqualTo(0.0);
                continue;
            }
            double[] exact = exactLog(x[i]);
            vsMathLog.record(x[i], Math.abs(y[i] - ref) / Math.ulp(ref));
            vsExact.record(x[i], Math.abs((y[i] - exact[0]) - exact[1]) / Math.ulp(exact[0]));
        }
    }

    @Test
    void logIsWithinAnUlpOfMathLogOnTheUnitInterval() {
        double[] u = logPointsInUnitInterval();
        double[] y = apply(VectorMath::log, u);
        Worst vsMathLog = new Worst();
        Worst vsExact = new Worst();
        recordLog(u, y, vsMathLog, vsExact);
        assertThat(vsMathLog.error).as("worst at u = %s", vsMathLog.at).isLessThanOrEqualTo(1);
        assertThat(vsExact.error).as("worst at u = %s", vsExact.at).isLessThan(0.8);
    }

    @Test
    void logCoversEveryPositiveDoubleAndTheSpecialValues() {
        List<Double> p = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(7L);
        for (int i = 0; i < 20_000; i++) {
            // uniform bits over the positive doubles: every binade, subnormals included
            p.add(Double.longBitsToDouble(rnd.nextLong(1L, 0x7ff00000_00000000L)));
        }
        for (double x : new double[] {Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE, 2, 10, 1e300}) {
            p.add(x);
        }
        double[] x = oddLength(p);
        double[] y = apply(VectorMath::log, x);
        Worst vsMathLog = new Worst();
        Worst vsExact = new Worst();
        recordLog(x, y, vsMathLog, vsExact);
        assertThat(vsMathLog.error).as("worst at x = %s", vsMathLog.at).isLessThanOrEqualTo(1);
        assertThat(vsExact.error).as("worst at x = %s", vsExact.at).isLessThan(0.8);

        double[] special = {0.0, -0.0, -1.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN, 1.0,
                Double.MIN_VALUE, -Double.MIN_VALUE, 0.5, 0.25};
        double[] ys = apply(VectorMath::log, special);
        for (int i = 0; i < special.length; i++) {
            double ref = Math.log(special[i]);
            if (Double.isNaN(ref)) {
                assertThat(ys[i]).as("log(%s)", special[i]).isNaN();
            } else if (Double.isInfinite(ref) || ref == 0) {
                assertThat(ys[i]).as("log(%s)", special[i]).isEqualTo(ref);
            } else {
                assertThat(Math.abs(ys[i] - ref)).as("log(%s)", special[i]).isLessThanOrEqualTo(Math.ulp(ref));
            }
        }
    }

    // ------------------------------------------------------------------------------ cos2Pi/sin2Pi

    private static double[] unitPoints() {
        List<Double> p = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(20250102L);
        for (int i = 0; i < 50_000; i++) {
            p.add((rnd.nextLong() >>> 11) * 0x1p-53);
        }
        for (int k = 0; k < 30_000; k++) {
            p.add(k / 30_000.0);
        }
        // the octant boundaries k/8, where the reduced argument turns, and the ends
        for (int k = 0; k <= 8; k++) {
            for (int j = -300; j <= 300; j++) {
                double u = k / 8.0 + j * 0x1p-53;
                double v = k / 8.0 + j * 0x1p-30;
                if (u >= 0 && u < 1) {
                    p.add(u);
                }
                if (v >= 0 && v < 1) {
                    p.add(v);
                }
            }
        }
        p.add(Math.nextDown(1.0));
        p.add(Double.MIN_VALUE);
        p.add(0x1p-1000);
        return oddLength(p);
    }

    /** sin and cos of 2 pi u as double-doubles {sinHi, sinLo, cosHi, cosLo}, to about 2^-100. */
    static double[] exactSinCos2Pi(double u) {
        double t = 4 * u;
        double q = Math.rint(t);
        double r = t - q;
        // a = r pi/2 as a double-double; pi/2 itself to 2^-107
        double aHi = r * 1.57079632679489655800e+00;
        double aLo = Math.fma(r, 1.57079632679489655800e+00, -aHi) + r * 6.12323399573676603587e-17;
        double[] a2 = Dd.mul(aHi, aLo, aHi, aLo);
        double[] sin = {aHi, aLo};
        double[] cos = {1, 0};
        double[] sinTerm = {aHi, aLo};
        double[] cosTerm = {1, 0};
        for (int k = 1; k < 40; k++) {
            sinTerm = Dd.div(Dd.mul(sinTerm[0], sinTerm[1], a2[0], a2[1]), -(2.0 * k) * (2.0 * k + 1));
            cosTerm = Dd.div(Dd.mul(cosTerm[0], cosTerm[1], a2[0], a2[1]), -(2.0 * k - 1) * (2.0 * k));
            sin = Dd.add(sin[0], sin[1], sinTerm[0], sinTerm[1]);
            cos = Dd.add(cos[0], cos[1], cosTerm[0], cosTerm[1]);
            if (Math.abs(cosTerm[0]) < 0x1p-110 && Math.abs(sinTerm[0]) < 0x1p-110 * Math.abs(sin[0])) {
                break;
            }
        }
        int quadrant = (int) q & 3;
        double[] s = quadrant == 0 ? sin : quadrant == 1 ? cos : quadrant == 2 ? Dd.neg(sin) : Dd.neg(cos);
        double[] c = quadrant == 0 ? cos : quadrant == 1 ? Dd.neg(sin) : quadrant == 2 ? Dd.neg(cos) : sin;
        return new double[] {s[0], s[1], c[0], c[1]};
    }

    /** Just enough double-double arithmetic (Dekker, Knuth) for the reference series. */
    private static final class Dd {
        static double[] add(double ah, double al, double bh, double bl) {
            double s = ah + bh;
            double bb = s - ah;
            double e = (ah - (s - bb)) + (bh - bb) + al + bl;
            double hi = s + e;
            return new double[] {hi, e - (hi - s)};
        }

        static double[] mul(double ah, double al, double bh, double bl) {
            double p = ah * bh;
            double e = Math.fma(ah, bh, -p) + (ah * bl + al * bh);
            double hi = p + e;
            return new double[] {hi, e - (hi - p)};
        }

        static double[] div(double[] a, double b) {
            double q1 = a[0] / b;
            double p = q1 * b;
            double rem = (a[0] - p - Math.fma(q1, b, -p)) + a[1];
            double q2 = rem / b;
            double hi = q1 + q2;
            return new double[] {hi, q2 - (hi - q1)};
        }

        static double[] divDd(double[] a, double[] b) {
            double q1 = a[0] / b[0];
            double[] p = mul(q1, 0, b[0], b[1]);
            double[] r = add(a[0], a[1], -p[0], -p[1]);
            double q2 = r[0] / b[0];
            double[] p2 = mul(q2, 0, b[0], b[1]);
            r = add(r[0], r[1], -p2[0], -p2[1]);
            double q3 = r[0] / b[0];
            double[] q = add(q1, 0, q2, 0);
            return add(q[0], q[1], q3, 0);
        }

        static double[] neg(double[] a) {
            return new double[] {-a[0], -a[1]};
        }
    }

    /** Error in ulps of the exact value {hi, lo}; 0 must be hit exactly. */
    private static double ulps(double y, double hi, double lo) {
        double diff = Math.abs((y - hi) - lo);
        return hi == 0 ? (y == 0 ? 0 : Double.POSITIVE_INFINITY) : diff / Math.ulp(hi);
    }

    @Test
    void cos2PiAndSin2PiAreWithinAnUlpOfTheExactValue() {
        double[] u = unitPoints();
        double[] c = apply(VectorMath::cos2Pi, u);
        double[] s = apply(VectorMath::sin2Pi, u);
        Worst cosUlps = new Worst();
        Worst sinUlps = new Worst();
        Worst absolute = new Worst();
        for (int i = 0; i < u.length; i++) {
            double[] ref = exactSinCos2Pi(u[i]);
            sinUlps.record(u[i], ulps(s[i], ref[0], ref[1]));
            cosUlps.record(u[i], ulps(c[i], ref[2], ref[3]));
            absolute.record(u[i], Math.abs((s[i] - ref[0]) - ref[1]));
            absolute.record(u[i], Math.abs((c[i] - ref[2]) - ref[3]));
        }
        assertThat(sinUlps.error).as("sin, worst at u = %s", sinUlps.at).isLessThan(0.8);
        assertThat(cosUlps.error).as("cos, worst at u = %s", cosUlps.at).isLessThan(0.8);
        assertThat(absolute.error).as("absolute, worst at u = %s", absolute.at).isLessThanOrEqualTo(0x1p-53);
    }

    @Test
    void cos2PiAndSin2PiMatchTheNaiveFormulaUpToItsOwnArgumentError() {
        double[] u = unitPoints();
        double[] c = apply(VectorMath::cos2Pi, u);
        double[] s = apply(VectorMath::sin2Pi, u);
        Worst excess = new Worst();
        Worst plain = new Worst();
        for (int i = 0; i < u.length; i++) {
            double theta = 2 * Math.PI * u[i];
            // |2 pi u - theta| <= half an ulp of theta, plus 2 pi - 2 * Math.PI (2.45e-16) times u
            double argError = Math.ulp(theta) / 2 + 2.5e-16 * u[i];
            double cosRef = Math.cos(theta);
            double sinRef = Math.sin(theta);
            double cosDiff = Math.abs(c[i] - cosRef);
            double sinDiff = Math.abs(s[i] - sinRef);
            plain.record(u[i], Math.max(cosDiff, sinDiff));
            excess.record(u[i], cosDiff - argError * Math.abs(sinRef));
            excess.record(u[i], sinDiff - argError * Math.abs(cosRef));
        }
        // 1.1e-16 for ours and for Math.cos/sin each
        assertThat(excess.error).as("worst at u = %s", excess.at).isLessThanOrEqualTo(2.3e-16);
        assertThat(plain.error).as("worst at u = %s", plain.at).isLessThan(8e-16);
    }

    @Test
    void cos2PiAndSin2PiAreExactAtTheQuarters() {
        double[] u = {0, 0.25, 0.5, 0.75, 1, 0.125, 0.375, 0.625, 0.875};
        double[] c = apply(VectorMath::cos2Pi, u);
        double[] s = apply(VectorMath::sin2Pi, u);
        double[] cosExpected = {1, 0, -1, 0, 1};
        double[] sinExpected = {0, 1, 0, -1, 0};
        for (int i = 0; i < 5; i++) {
            // + 0.0 turns -0.0 into 0.0: the sign of an exact zero is not specified
            assertThat(c[i] + 0.0).as("cos at %s", u[i]).isEqualTo(cosExpected[i] + 0.0);
            assertThat(s[i] + 0.0).as("sin at %s", u[i]).isEqualTo(sinExpected[i] + 0.0);
        }
        for (int i = 5; i < u.length; i++) {
            assertThat(Math.abs(Math.abs(c[i]) - Math.sqrt(0.5))).isLessThanOrEqualTo(Math.ulp(0.7));
            assertThat(Math.abs(Math.abs(s[i]) - Math.sqrt(0.5))).isLessThanOrEqualTo(Math.ulp(0.7));
        }
    }

    // ---------------------------------------------------------------------------------------- erf

    private static double[] erfPoints() {
        List<Double> p = new ArrayList<>();
        for (int k = -35_000; k <= 35_000; k++) {
            p.add(k * 2e-4);
        }
        SplittableRandom rnd = new SplittableRandom(20250103L);
        for (int i = 0; i < 30_000; i++) {
            // mixed vectors: every lane a different interval
            p.add(rnd.nextDouble(-7, 7));
            p.add(Math.copySign(Math.pow(10, rnd.nextDouble(-320, 300)), rnd.nextDouble() - 0.5));
        }
        double[] edges = {
            0.84375, 1.25, 1 / 0.35, 6,
            Double.longBitsToDouble(0x4006DB6E00000000L), 0x1p-28, 0x1p-1015,
            1e-300, 1e-10, Double.MIN_NORMAL, 1e-310, 3 * Double.MIN_VALUE, Double.MIN_VALUE, 1e300,
        };
        for (double e : edges) {
            for (double x : new double[] {Math.nextDown(e), e, Math.nextUp(e)}) {
                p.add(x);
                p.add(-x);
            }
        }
        return oddLength(p);
    }

    @Test
    void erfIsWithinAboutAnUlpOfTheScalarErf() {
        double[] x = erfPoints();
        double[] y = apply(VectorMath::erf, x);
        Worst worst = new Worst();
        for (int i = 0; i < x.length; i++) {
            double ref = Erf.erf(x[i]);
            if (ref == 0) {
                assertThat(y[i]).as("erf(%s)", x[i]).isEqualTo(ref);
                continue;
            }
            assertThat(Math.signum(y[i])).as("erf(%s)", x[i]).isEqualTo(Math.signum(ref));
            worst.record(x[i], Math.abs(y[i] - ref) / Math.ulp(ref));
        }
        assertThat(worst.error).as("worst at x = %s", worst.at).isLessThanOrEqualTo(4).isLessThan(1.5);
    }

    @Test
    void erfHandlesZerosInfinitiesAndNaN() {
        double[] x = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 6, -6, 1e300, -1e300,
                Double.MIN_VALUE, -Double.MIN_VALUE};
        double[] y = apply(VectorMath::erf, x);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                assertThat(y[i]).isNaN();
            } else {
                assertThat(y[i]).as("erf(%s)", x[i]).isEqualTo(Erf.erf(x[i]));
            }
        }
        assertThat(Double.doubleToRawLongBits(y[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    /**
     * The array log writes its kernel out and sends a vector with a lane that is not a positive
     * normal to the rare path: every lane must still be the vector log's, wherever such a lane
     * falls and whatever the length and offset.
     */
    @Test
    void arrayLogIsTheVectorLogBitForBitWithRareLanesAnywhere() {
        double[] rare = {Double.MIN_VALUE, 0x1p-1050, 0.0, -0.0, -1.0, Double.POSITIVE_INFINITY, Double.NaN};
        SplittableRandom rng = new SplittableRandom(13);
        for (int n = 0; n <= 3 * D.length() + 1; n++) {
            double[] in = new double[n + 3];
            for (int i = 0; i < in.length; i++) {
                in[i] = i % 5 == 4 ? rare[rng.nextInt(rare.length)] : rng.nextDouble(0x1p-60, 1.0);
            }
            double[] viaVectors = apply(VectorMath::log, in);
            double[] out = new double[n + 5];
            VectorMath.log(in, 3, out, 2, n);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(out[2 + i])).as("n = %d, log(%s)", n, in[3 + i])
                        .isEqualTo(Double.doubleToRawLongBits(viaVectors[3 + i]));
            }
            if (n + 2 < out.length) {
                assertThat(out[n + 2]).as("past the end, n = %d", n).isZero();
            }
        }
    }
}

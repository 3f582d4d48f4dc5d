package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.spec.Architecture;

class KernelsTest {
    private static final int SAMPLES = 1_000_000;

    @Test
    void gaussHandValues() {
        Kernel k = Kernels.of(Architecture.GAUSS, 2, 1.5, 0.7);
        assertThat(k.k(new double[] {0.3, -1}, new double[] {0.3, -1})).isCloseTo(0.49 + 2.25, within(1e-15));
        // s = 2.25 / 2, |x - y|^2 = 2: sigmaB^2 + sigmaW^2 exp(-s).
        assertThat(k.k(new double[] {0, 0}, new double[] {1, 1}))
                .isCloseTo(0.49 + 2.25 * Math.exp(-1.125), within(1e-15));
    }

    @Test
    void erfHandValues() {
        // sigmaB = 0, s = 1, x = y = sqrt(1/2): k = 1/2, 2k / (1 + 2k) = 1/2, asin(1/2) = pi/6.
        Kernel k = Kernels.of(Architecture.ERF, 1, 1, 0);
        double[] x = {Math.sqrt(0.5)};
        assertThat(k.k(x, x)).isCloseTo(1.0 / 3, within(1e-15));
        // Orthogonal inputs without bias are independent: K = 0.
        Kernel k2 = Kernels.of(Architecture.ERF, 2, 1, 0);
        assertThat(k2.k(new double[] {1, 0}, new double[] {0, 1})).isCloseTo(0, within(1e-15));
        // Opposite inputs: asin(-1/2) gives -1/3.
        assertThat(k.k(x, new double[] {-x[0]})).isCloseTo(-1.0 / 3, within(1e-15));
    }

    @Test
    void reluHandValues() {
        // x = y: t = 0, K = sigmaB^2 + sigmaW^2 k(x, x) / 2.
        Kernel k = Kernels.of(Architecture.RELU, 1, 2, 0.5);
        double kxx = 0.25 + 4 * 0.09;
        assertThat(k.k(new double[] {0.3}, new double[] {0.3})).isCloseTo(0.25 + 4 * kxx / 2, within(1e-14));
        // Orthogonal, no bias, s = 1: t = pi/2, K = sigmaW^2 |x||y| s / (2 pi) = 1 / pi.
        Kernel k2 = Kernels.of(Architecture.RELU, 2, Math.sqrt(2), 0);
        assertThat(k2.k(new double[] {1, 0}, new double[] {0, 1})).isCloseTo(1 / Math.PI, within(1e-15));
        // Opposite, no bias: t = pi, the two units are never both active.
        assertThat(k2.k(new double[] {1, 0}, new double[] {-1, 0})).isCloseTo(0, within(1e-15));
        // Zero input and no bias: the pre-activation is identically 0, not NaN.
        assertThat(k2.k(new double[] {0, 0}, new double[] {1, 0})).isEqualTo(0.0);
    }

    @Test
    void weightedIsTheKernelWithoutTheOutputBias() {
        double[][] points = {{0.3, -1.2}, {0.8, 0.5}, {-0.4, 0}, {0, 0}};
        for (Architecture arch : Architecture.values()) {
            Kernel k = Kernels.of(arch, 2, 1.7, 0.6);
            for (double[] x : points) {
                for (double[] y : points) {
                    assertThat(k.weighted(x, y)).as("%s", arch).isCloseTo(k.k(x, y) - 0.36, within(1e-14));
                }
            }
        }
        // computed without the bias: a huge sigma_b costs no digits (the Gauss-net's K_W does not see it)
        double[] x = {0.2};
        double[] y = {0.5};
        assertThat(Kernels.of(Architecture.GAUSS, 1, 1, 1e4).weighted(x, y)).isEqualTo(Math.exp(-0.045));
    }

    /** The per-ray evaluation is the same function as {@link Kernel#weighted}, only cheaper. */
    @Test
    void alongARayAgreesWithPointwiseEvaluation() {
        double[][] inputs = {{0.3, -1.2, 0.5}, {1, 1, 0.2}, {0, 0, 0}, {-2, 0.1, 0.7}};
        double[] v = {1, -0.35, 0.8};
        for (Architecture arch : Architecture.values()) {
            for (double sigmaB : new double[] {0, 1.3}) {
                Kernel k = Kernels.of(arch, 3, 2.1, sigmaB);
                Kernel.Ray ray = k.along(v, inputs);
                double[] out = new double[inputs.length];
                for (double r : new double[] {0, 1e-3, 0.37, 1, 14, 5e4}) {
                    ray.weighted(r, out);
                    for (int i = 0; i < inputs.length; i++) {
                        double direct = k.weighted(new double[] {r * v[0], r * v[1], r * v[2]}, inputs[i]);
                        assertThat(out[i]).as("%s sigmaB=%s r=%s input %d", arch, sigmaB, r, i)
                                .isCloseTo(direct, within(1e-13 * Math.max(1, Math.abs(direct))));
                    }
                }
            }
        }
    }

    @Test
    void reluClampsRoundingAtEqualPoints() {
        Kernel k = Kernels.of(Architecture.RELU, 3, 1.3, 0.1);
        double[][] points = {{0.1, 0.7, 1e-9}, {1e8, -3e-8, 0.3}, {0.3, 0.3, 0.3}};
        for (double[] p : points) {
            assertThat(k.k(p, p)).isFinite();
        }
        double[][] m = k.matrix(points);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(m[i][j]).isEqualTo(m[j][i]).isEqualTo(k.k(points[i], points[j]));
            }
        }
    }

    /**
     * The closed forms against a Monte Carlo of the infinite-width limit K = sigmaB^2 + sigmaW^2
     * E[g(z_x) g(z_y)], z = a.x + c. 6 pairs (3 points, diagonal included) per case, 9 cases; each
     * passes within 5 sample standard errors: false-alarm rate about 6e-7 per comparison, 3e-5 for
     * the 54 together (deterministic with the fixed seed). The same band must reject a kernel whose
     * sigmaW^2 part is 3% too large, which shows the comparison has the power to fail.
     */
    @Test
    void closedFormsMatchMonteCarloOfTheInfiniteWidthLimit() {
        check(Architecture.GAUSS, 1.3, 0.6, new double[][] {{-0.5}, {0.2}, {0.9}}, 11);
        check(Architecture.GAUSS, 0.9, 0.4, new double[][] {{0.5, -0.3}, {0.1, 0.4}, {-0.6, -0.2}}, 12);
        check(Architecture.GAUSS, 1.1, 0.5, new double[][] {{0.3, 0.3, -0.3}, {-0.4, 0.2, 0.1}, {0, 0.5, 0.5}}, 13);
        check(Architecture.ERF, 1.5, 0.8, new double[][] {{-1}, {0.4}, {1.3}}, 21);
        check(Architecture.ERF, 1.0, 1.0, new double[][] {{1, -1}, {0.5, 1}, {-0.2, 0.3}}, 22);
        check(Architecture.ERF, 2.0, 0.3, new double[][] {{1, 1, -1}, {-1, 1, 1}, {0.2, -0.5, 0.7}}, 23);
        check(Architecture.RELU, 1.2, 0.5, new double[][] {{0.2}, {-0.7}, {1.2}}, 31);
        check(Architecture.RELU, 1.0, 0.0, new double[][] {{0.5, 1}, {1, 0.5}, {-1, 0.3}}, 32);
        check(Architecture.RELU, 1.4, 1.0, new double[][] {{0.2, 0.2, 0.2}, {1, 1, 0.2}, {-0.5, 1, -1}}, 33);
    }

    /**
     * Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7: a bias far under the Monte Carlo
     * standard errors (about 1e-3), at a fraction of the cost of Hipparchus' series evaluation.
     */
    static double fastErf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double y = 1 - poly * Math.exp(-x * x);
        return x < 0 ? -y : y;
    }

    @Test
    void fastErfIsCloseToHipparchus() {
        for (double x = -6; x <= 6; x += 0.001) {
            assertThat(fastErf(x)).isCloseTo(Erf.erf(x), within(2e-7));
        }
    }

    private static void check(Architecture arch, double sigmaW, double sigmaB, double[][] points, long seed) {
        int dIn = points[0].length;
        int k = points.length;
        double s = sigmaW * sigmaW / dIn;
        double sdW = Math.sqrt(s);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] sum = new double[k][k];
        double[][] sumSq = new double[k][k];
        double[] a = new double[dIn];
        double[] g = new double[k];
        for (int t = 0; t < SAMPLES; t++) {
            for (int c = 0; c < dIn; c++) {
                a[c] = sdW * rng.nextGaussian();
            }
            double bias = sigmaB * rng.nextGaussian();
            for (int i = 0; i < k; i++) {
                double z = bias;
                double norm2 = 0;
                for (int c = 0; c < dIn; c++) {
                    z += a[c] * points[i][c];
                    norm2 += points[i][c] * points[i][c];
                }
                g[i] = switch (arch) {
                    case GAUSS -> Math.exp(z - sigmaB * sigmaB - s * norm2);
                    case ERF -> fastErf(z);
                    case RELU -> Math.max(z, 0);
                };
            }
            for (int i = 0; i < k; i++) {
                for (int j = i; j < k; j++) {
                    double p = g[i] * g[j];
                    sum[i][j] += p;
                    sumSq[i][j] += p * p;
                }
            }
        }
        Kernel kernel = Kernels.of(arch, dIn, sigmaW, sigmaB);
        double worstFaultZ = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double mean = sum[i][j] / SAMPLES;
                double var = (sumSq[i][j] / SAMPLES - mean * mean) * SAMPLES / (SAMPLES - 1.0);
                double se = sigmaW * sigmaW * Math.sqrt(var / SAMPLES);
                double mc = sigmaB * sigmaB + sigmaW * sigmaW * mean;
                double exact = kernel.k(points[i], points[j]);
                assertThat(mc).as("%s d=%d pair (%d,%d)", arch, dIn, i, j).isCloseTo(exact, within(5 * se));
                double fault = sigmaB * sigmaB + 1.03 * (exact - sigmaB * sigmaB);
                worstFaultZ = Math.max(worstFaultZ, Math.abs(mc - fault) / se);
            }
        }
        assertThat(worstFaultZ).as("%s d=%d must reject a 3%% fault", arch, dIn).isGreaterThan(5);
    }
}

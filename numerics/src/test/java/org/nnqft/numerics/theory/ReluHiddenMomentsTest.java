package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnqft.numerics.theory.ErfHiddenMomentsTest.pick;
import static org.nnqft.numerics.theory.ErfHiddenMomentsTest.randomPoints;
import static org.nnqft.numerics.theory.ErfHiddenMomentsTest.relative;

import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.linear.Dot;
import org.nnqft.numerics.math.quadrature.ConeIntegral;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.InputSets;

/**
 * ReLU hidden moments against independent references: the arc-cosine kernel (m = 2), closed forms
 * (m = 1; sigmaB = 0 in one dimension), the direct four-dimensional cone decomposition, Monte Carlo,
 * and runs with doubled nodes.
 */
class ReluHiddenMomentsTest {
    private static final double[] SIGMA_B = {0, 0.5, 1};

    /**
     * H_2(x, y) = (K(x, y) - sigmaB^2) / sigmaW^2 with K the arc-cosine kernel of ReluKernel, to 1e-10
     * relative. Where the cone is empty (sigmaB = 0, points on opposite sides) H_2 is exactly 0 and the
     * kernel's sin(pi) leaves a rounding residue, hence the absolute floor of 1e-15 of the scale.
     */
    @Test
    void orderTwoIsTheKernel() {
        for (int dIn = 1; dIn <= 3; dIn++) {
            for (double sw : new double[] {0.5, 1, 3}) {
                for (double sb : SIGMA_B) {
                    ReluHiddenMoments h = new ReluHiddenMoments(dIn, sw, sb);
                    Kernel k = Kernels.of(Architecture.RELU, dIn, sw, sb);
                    for (double[][] x : List.of(InputSets.published(Architecture.RELU, dIn), randomPoints(4, dIn, 31))) {
                        for (double[] p : x) {
                            for (double[] q : x) {
                                double kernel = (k.k(p, q) - sb * sb) / (sw * sw);
                                double scale = Math.sqrt((k.k(p, p) - sb * sb) * (k.k(q, q) - sb * sb)) / (sw * sw);
                                assertThat(h.h(new double[][] {p, q})).as("dIn=%d sw=%s sb=%s", dIn, sw, sb)
                                        .isCloseTo(kernel, org.assertj.core.data.Offset.offset(
                                                1e-10 * Math.abs(kernel) + 1e-15 * scale));
                            }
                        }
                    }
                }
            }
        }
    }

    /** m = 0 gives 1; m = 1 is E[max(z, 0)] = sd(z) / sqrt(2 pi), whatever the dimension and bias. */
    @Test
    void ordersZeroAndOne() {
        for (int dIn = 1; dIn <= 3; dIn++) {
            for (double sb : SIGMA_B) {
                ReluHiddenMoments h = new ReluHiddenMoments(dIn, 1.7, sb);
                assertThat(h.h(new double[0][])).isEqualTo(1.0);
                for (double[] x : randomPoints(3, dIn, 37)) {
                    double sd = Math.sqrt(sb * sb + 1.7 * 1.7 / dIn * Dot.product(x, x));
                    double expected = sd / Math.sqrt(2 * Math.PI);
                    assertThat(h.h(new double[][] {x})).isCloseTo(expected, relative(1e-12, expected));
                }
            }
        }
    }

    /**
     * Without bias in one dimension z_i = a x_i: the product is prod x_i^{k_i} a^m on a > 0 when every
     * x_i > 0 (likewise with |x_i| when all are negative) and vanishes when the signs are mixed, so
     * H_m = prod |x_i|^{k_i} s^{m/2} 2^{m/2 - 1} Gamma((m + 1)/2) / sqrt(pi). HMS use sigmaB = 0 for ReLU.
     */
    @Test
    void withoutBiasInOneDimensionIsAClosedForm() {
        double sw = 1.3;
        double s = sw * sw;
        double[][] positive = InputSets.published(Architecture.RELU, 1);
        ReluHiddenMoments h = new ReluHiddenMoments(1, sw, 0);
        int[][] multisets = {{0}, {0, 3}, {1, 2, 5}, {0, 0, 4, 5}, {1, 1, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 4, 5, 5, 5}};
        for (int[] ms : multisets) {
            int m = ms.length;
            double product = 1;
            for (int i : ms) {
                product *= positive[i][0];
            }
            double halfMoment = Math.pow(s, m / 2.0) * Math.pow(2, m / 2.0 - 1)
                    * Math.exp(Gamma.logGamma((m + 1) / 2.0)) / Math.sqrt(Math.PI);
            double expected = product * halfMoment;
            assertThat(h.h(pick(positive, ms))).isCloseTo(expected, relative(1e-12, expected));
            double[][] negated = pick(positive, ms);
            for (int i = 0; i < negated.length; i++) {
                negated[i] = new double[] {-negated[i][0]};
            }
            assertThat(h.h(negated)).isCloseTo(expected, relative(1e-12, expected));
        }
        assertThat(h.h(new double[][] {{0.4}, {-0.2}, {0.6}, {0.6}})).isZero();
        assertThat(h.h(new double[][] {{0.0}, {0.5}})).isZero();
    }

    /**
     * Rank 4 (d_in = 3 with bias) goes through meridians from the bias axis; the direct decomposition of
     * the four-dimensional cone into simplices is a second, slower method for the same integral.
     */
    @Test
    void biasMeridiansAgreeWithTheDirectConeDecomposition() {
        for (double sw : new double[] {0.5, 3}) {
            for (double sb : new double[] {0.5, 1}) {
                ReluHiddenMoments h = new ReluHiddenMoments(3, sw, sb);
                for (double[][] x : List.of(InputSets.published(Architecture.RELU, 3), randomPoints(5, 3, 41))) {
                    for (int[] ms : new int[][] {{0, 1, 2, 3}, {0, 0, 1, 2, 3, 3}, {0, 1, 2, 3, 4, 4}}) {
                        if (ms[ms.length - 1] >= x.length) {
                            continue;
                        }
                        double[][] points = pick(x, ms);
                        Support support = Support.of(points);
                        double[][] v = support.rankSpace(3, sw, sb);
                        assertThat(v[0].length).isEqualTo(4);
                        int[] k = support.multiplicity();
                        ConeIntegral.Homogeneous product = g -> {
                            double p = 1;
                            for (int i = 0; i < v.length; i++) {
                                p *= Math.pow(Dot.product(g, v[i]), k[i]);
                            }
                            return p;
                        };
                        int m = points.length;
                        double direct = ConeIntegral.radial(m, 4) * ConeIntegral.angular(v, product, m, 12);
                        assertThat(h.h(points)).as("sw=%s sb=%s", sw, sb).isCloseTo(direct, relative(1e-10, direct));
                    }
                }
            }
        }
    }

    /** Doubled nodes change no moment of order <= 8 by more than 1e-10 relative (measured worst 2e-11). */
    @Test
    void doubledNodesAgree() {
        int[][] multisets = {{0, 1, 2, 3}, {0, 0, 1, 2, 3, 3}, {0, 0, 1, 1, 2, 2, 3, 3}, {0, 0, 0, 1, 2, 2, 3, 3}};
        for (int dIn = 1; dIn <= 3; dIn++) {
            for (double sw : new double[] {0.5, 3}) {
                for (double sb : SIGMA_B) {
                    ReluHiddenMoments once = new ReluHiddenMoments(dIn, sw, sb, 1);
                    ReluHiddenMoments twice = new ReluHiddenMoments(dIn, sw, sb, 2);
                    for (double[][] x : List.of(InputSets.published(Architecture.RELU, dIn), randomPoints(4, dIn, 43 + dIn))) {
                        for (int[] ms : multisets) {
                            double a = once.h(pick(x, ms));
                            double b = twice.h(pick(x, ms));
                            assertThat(a).as("dIn=%d sw=%s sb=%s", dIn, sw, sb)
                                    .isCloseTo(b, org.assertj.core.data.Offset.offset(1e-10 * Math.abs(b) + 1e-300));
                        }
                    }
                }
            }
        }
    }

    /**
     * 3 x 10^6 draws per case, six cases (d_in = 1..3, sigmaB = 0 and 1), five multisets each (orders 3 to
     * 6; ReLU has no odd symmetry): 30 comparisons within 5 standard errors, a family-wise false-alarm
     * rate below 2e-5 under normality. Seeds fixed.
     */
    @Test
    void agreesWithMonteCarlo() {
        int[][] multisets = {{0, 1, 2}, {0, 1, 2, 3}, {0, 0, 3, 3}, {0, 1, 1, 2, 3}, {0, 0, 1, 2, 3, 3}};
        for (int dIn = 1; dIn <= 3; dIn++) {
            for (double sb : new double[] {0, 1}) {
                double sw = 1.2;
                double[][] x = InputSets.published(Architecture.RELU, dIn);
                double[][] stats = monteCarlo(x, dIn, sw, sb, multisets, 3_000_000, 2000 + 10 * dIn + (long) sb);
                ReluHiddenMoments h = new ReluHiddenMoments(dIn, sw, sb);
                for (int i = 0; i < multisets.length; i++) {
                    double exact = h.h(pick(x, multisets[i]));
                    double z = (stats[i][0] - exact) / stats[i][1];
                    assertThat(Math.abs(z)).as("dIn=%d sb=%s %s exact=%s mc=%s se=%s", dIn, sb,
                            java.util.Arrays.toString(multisets[i]), exact, stats[i][0], stats[i][1]).isLessThan(5);
                }
            }
        }
    }

    private static double[][] monteCarlo(double[][] x, int dIn, double sw, double sb, int[][] multisets, int draws,
            long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double sdA = sw / Math.sqrt(dIn);
        double[] a = new double[dIn];
        double[] h = new double[x.length];
        double[] sum = new double[multisets.length];
        double[] sumSq = new double[multisets.length];
        for (int t = 0; t < draws; t++) {
            for (int c = 0; c < dIn; c++) {
                a[c] = sdA * rng.nextGaussian();
            }
            double bias = sb * rng.nextGaussian();
            for (int i = 0; i < x.length; i++) {
                h[i] = Math.max(Dot.product(a, x[i]) + bias, 0);
            }
            for (int j = 0; j < multisets.length; j++) {
                double p = 1;
                for (int idx : multisets[j]) {
                    p *= h[idx];
                }
                sum[j] += p;
                sumSq[j] += p * p;
            }
        }
        double[][] out = new double[multisets.length][];
        for (int j = 0; j < multisets.length; j++) {
            double mean = sum[j] / draws;
            out[j] = new double[] {mean, Math.sqrt((sumSq[j] / draws - mean * mean) / (draws - 1.0))};
        }
        return out;
    }
}

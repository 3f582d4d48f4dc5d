package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.linear.Dot;
import org.nnqft.numerics.math.special.Erf;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.InputSets;

/**
 * Erf hidden moments against independent references: the arcsine kernel (m = 2), the polar quadrature
 * (a different method for the same integrals), Monte Carlo, symmetry, and runs with doubled nodes.
 */
class ErfHiddenMomentsTest {
    private static final double[] SIGMA_B = {0, 0.5, 1};

    /** H_2(x, y) = (K(x, y) - sigmaB^2) / sigmaW^2 with K the closed-form arcsine kernel of ErfKernel. */
    @Test
    void orderTwoIsTheKernel() {
        for (int dIn = 1; dIn <= 3; dIn++) {
            for (double sw : new double[] {0.5, 1, 3, 20}) {
                for (double sb : SIGMA_B) {
                    ErfHiddenMoments h = new ErfHiddenMoments(dIn, sw, sb);
                    Kernel k = Kernels.of(Architecture.ERF, dIn, sw, sb);
                    for (double[][] x : List.of(InputSets.published(Architecture.ERF, dIn), randomPoints(4, dIn, 7))) {
                        for (double[] p : x) {
                            for (double[] q : x) {
                                double kernel = (k.k(p, q) - sb * sb) / (sw * sw);
                                assertThat(h.h(new double[][] {p, q})).as("dIn=%d sw=%s sb=%s", dIn, sw, sb)
                                        .isCloseTo(kernel, relative(1e-10, kernel));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Price's theorem against the polar quadrature, which shares nothing with it but the integrand: all
     * of d_in = 1, and d_in = 2 without bias, where the pre-activations span two dimensions. Both are
     * held to the 1e-9 the brief asks for (measured: at most 2e-10 apart over this grid).
     */
    @Test
    void priceAgreesWithThePolarQuadrature() {
        int[][] multisets = {{0, 1}, {0, 0, 1, 2}, {0, 1, 2, 3}, {0, 0, 0, 3}, {0, 0, 1, 1, 2, 3}, {0, 1, 1, 2, 2, 3},
            {0, 0, 1, 1, 2, 2, 3, 3}, {1, 1, 1, 1, 1, 2, 2, 2}};
        for (double sw : new double[] {0.5, 3}) {
            for (double sb : new double[] {0, 1}) {
                compareWithPolar(1, sw, sb, InputSets.published(Architecture.ERF, 1), multisets);
                compareWithPolar(1, sw, sb, randomPoints(4, 1, 11), multisets);
            }
            compareWithPolar(2, sw, 0, randomPoints(4, 2, 13), multisets);
        }
    }

    private static void compareWithPolar(int dIn, double sw, double sb, double[][] x, int[][] multisets) {
        ErfHiddenMoments h = new ErfHiddenMoments(dIn, sw, sb);
        for (int[] ms : multisets) {
            double[][] points = pick(x, ms);
            double price = h.h(points);
            double polar = h.polarMoment(points);
            assertThat(price).as("dIn=%d sw=%s sb=%s %s", dIn, sw, sb, java.util.Arrays.toString(ms))
                    .isCloseTo(polar, relative(1e-9, polar));
        }
    }

    /**
     * Doubled nodes change no moment of order <= 8 by more than 1e-10 relative at sigmaW <= 3 (the
     * class's stated accuracy; measured worst 6e-11 over a wider grid), nor by more than 1e-7 at
     * sigmaW = 20 (measured 1.3e-8).
     */
    @Test
    void doubledNodesAgree() {
        int[][] sixes = {{0, 0, 1, 2, 3, 3}, {0, 0, 0, 0, 1, 1}};
        int[] eight = {0, 0, 0, 1, 2, 2, 3, 3};
        for (int dIn = 1; dIn <= 3; dIn++) {
            for (double sw : new double[] {0.5, 3, 20}) {
                for (double sb : new double[] {0, 1}) {
                    ErfHiddenMoments once = new ErfHiddenMoments(dIn, sw, sb, 1);
                    ErfHiddenMoments twice = new ErfHiddenMoments(dIn, sw, sb, 2);
                    double tolerance = sw <= 3 ? 1e-10 : 1e-7;
                    List<double[][]> sets = List.of(InputSets.published(Architecture.ERF, dIn), randomPoints(4, dIn, 17 + dIn));
                    for (double[][] x : sets) {
                        for (int[] ms : sixes) {
                            double a = once.h(pick(x, ms));
                            double b = twice.h(pick(x, ms));
                            assertThat(a).as("dIn=%d sw=%s sb=%s", dIn, sw, sb).isCloseTo(b, relative(tolerance, b));
                        }
                    }
                }
            }
            // Order 8 costs eight times as much at doubled nodes: one multiset per input dimension.
            double sw = 3;
            double[][] x = randomPoints(4, dIn, 17 + dIn);
            double a = new ErfHiddenMoments(dIn, sw, 1, 1).h(pick(x, eight));
            double b = new ErfHiddenMoments(dIn, sw, 1, 2).h(pick(x, eight));
            assertThat(a).as("dIn=%d order 8", dIn).isCloseTo(b, relative(1e-10, b));
        }
    }

    /**
     * 3 x 10^6 draws of (a, c) per input dimension, shared by every multiset (standard errors 2e-4 to
     * 5e-4 of moments of order 0.1 to 0.5): 16 comparisons in all (orders 4
     * and 6, and one odd order, whose exact value is 0), each within 5 standard errors. Under normality a
     * 5-sigma two-sided excursion has probability 5.7e-7, so the family's false-alarm rate is below 1e-5;
     * the seeds are fixed, so the outcome is reproducible.
     */
    @Test
    void agreesWithMonteCarlo() {
        int[][] multisets = {{0, 1, 2, 3}, {0, 0, 1, 3}, {0, 0, 0, 0}, {0, 1, 1, 2, 3, 3}, {0, 0, 0, 1, 2, 3}};
        int[] odd = {0, 1, 3};
        for (int dIn = 1; dIn <= 3; dIn++) {
            double sw = 1.5;
            double sb = dIn == 2 ? 0 : 0.7;
            double[][] x = InputSets.published(Architecture.ERF, dIn);
            List<int[]> all = new ArrayList<>(List.of(multisets));
            if (dIn == 3) {
                all.add(odd);
            }
            double[][] stats = monteCarlo(x, dIn, sw, sb, all, 3_000_000, 1000 + dIn);
            ErfHiddenMoments h = new ErfHiddenMoments(dIn, sw, sb);
            for (int i = 0; i < all.size(); i++) {
                double exact = h.h(pick(x, all.get(i)));
                double z = (stats[i][0] - exact) / stats[i][1];
                assertThat(Math.abs(z)).as("dIn=%d %s exact=%s mc=%s se=%s", dIn, java.util.Arrays.toString(all.get(i)),
                        exact, stats[i][0], stats[i][1]).isLessThan(5);
            }
        }
    }

    /**
     * H_0 = 1; odd orders vanish for every sigmaB, since (a, c) and -(a, c) are equally likely and erf is
     * odd (the bias is centred too); and the order-5 zero is exact, not a small number.
     */
    @Test
    void orderZeroIsOneAndOddOrdersVanish() {
        for (double sb : SIGMA_B) {
            ErfHiddenMoments h = new ErfHiddenMoments(2, 1.3, sb);
            double[][] x = randomPoints(4, 2, 23);
            assertThat(h.h(new double[0][])).isEqualTo(1.0);
            assertThat(h.h(new double[][] {x[0]})).isZero();
            assertThat(h.h(pick(x, new int[] {0, 1, 1, 2, 3}))).isZero();
        }
    }

    /** Orders above 8 in three or more dimensions would cost Price's theorem too much: refused, not slow. */
    @Test
    void refusesExpensiveHighOrders() {
        ErfHiddenMoments h = new ErfHiddenMoments(3, 1, 1);
        double[][] x = InputSets.published(Architecture.ERF, 3);
        assertThatThrownBy(() -> h.h(pick(x, new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3})))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * Orders >= 10 in at most two dimensions use the polar quadrature; it agrees with itself at doubled
     * nodes to 1e-9 there too.
     */
    @Test
    void highOrdersInTwoDimensions() {
        double[][] x = InputSets.published(Architecture.ERF, 1);
        int[] twelve = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        for (double sw : new double[] {1, 3}) {
            ErfHiddenMoments once = new ErfHiddenMoments(1, sw, 1, 1);
            ErfHiddenMoments twice = new ErfHiddenMoments(1, sw, 1, 2);
            double a = once.h(pick(x, twelve));
            double b = twice.h(pick(x, twelve));
            assertThat(a).isCloseTo(b, relative(1e-9, b));
        }
    }

    /** Per multiset: mean and standard error of prod erf(z_i) over the draws. */
    static double[][] monteCarlo(double[][] x, int dIn, double sw, double sb, List<int[]> multisets, int draws,
            long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double sdA = sw / Math.sqrt(dIn);
        double[] a = new double[dIn];
        double[] h = new double[x.length];
        double[] sum = new double[multisets.size()];
        double[] sumSq = new double[multisets.size()];
        for (int t = 0; t < draws; t++) {
            for (int c = 0; c < dIn; c++) {
                a[c] = sdA * rng.nextGaussian();
            }
            double bias = sb * rng.nextGaussian();
            for (int i = 0; i < x.length; i++) {
                h[i] = Erf.erf(Dot.product(a, x[i]) + bias);
            }
            for (int j = 0; j < sum.length; j++) {
                double p = 1;
                for (int idx : multisets.get(j)) {
                    p *= h[idx];
                }
                sum[j] += p;
                sumSq[j] += p * p;
            }
        }
        double[][] out = new double[sum.length][];
        for (int j = 0; j < sum.length; j++) {
            double mean = sum[j] / draws;
            out[j] = new double[] {mean, Math.sqrt((sumSq[j] / draws - mean * mean) / (draws - 1.0))};
        }
        return out;
    }

    /** Points uniform in direction with norms uniform on [0.2, 2], from a fixed seed. */
    static double[][] randomPoints(int count, int dIn, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[count][dIn];
        for (double[] p : x) {
            double norm2 = 0;
            for (int c = 0; c < dIn; c++) {
                p[c] = rng.nextGaussian();
                norm2 += p[c] * p[c];
            }
            double scale = (0.2 + 1.8 * rng.nextDouble()) / Math.sqrt(norm2);
            for (int c = 0; c < dIn; c++) {
                p[c] *= scale;
            }
        }
        return x;
    }

    static double[][] pick(double[][] x, int[] indices) {
        double[][] out = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            out[i] = x[indices[i]];
        }
        return out;
    }

    static org.assertj.core.data.Offset<Double> relative(double tolerance, double value) {
        return org.assertj.core.data.Offset.offset(tolerance * Math.abs(value));
    }
}

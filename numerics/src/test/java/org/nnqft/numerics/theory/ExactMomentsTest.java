package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.combinatorics.Multisets;
import org.nnqft.numerics.math.combinatorics.SetPartitions;
import org.nnqft.numerics.spec.Architecture;

/** Exact finite-N n-point functions: algebraic identities, independent brute force, the numbers of docs/theory.md 4. */
class ExactMomentsTest {
    private static final double[][] ELS_INPUTS = {{-0.01}, {-0.006}, {-0.002}, {0.002}, {0.006}, {0.01}};

    @Test
    void twoPointFunctionIsTheGaussKernelAtEveryWidth() {
        double[][] points = {{0.3, -0.1}, {-0.2, 0.5}, {0.0, 0.0}};
        Kernel k = Kernels.of(Architecture.GAUSS, 2, 1.3, 0.8);
        for (int n : new int[] {1, 2, 10, 1000}) {
            ExactMoments exact = ExactMoments.gauss(2, 1.3, 0.8, n);
            for (double[] x : points) {
                for (double[] y : points) {
                    double kxy = k.k(x, y);
                    assertThat(exact.expectation(new double[][] {x, y})).isCloseTo(kxy, within(1e-14 * kxy));
                }
            }
        }
    }

    @Test
    void oddOrdersVanishAndOrderZeroIsOne() {
        ExactMoments exact = ExactMoments.gauss(1, 1, 1, 3);
        assertThat(exact.expectation(new double[][] {{0.1}})).isZero();
        assertThat(exact.expectation(new double[][] {{0.1}, {0.2}, {0.3}})).isZero();
        assertThat(exact.expectation(new double[0][])).isEqualTo(1.0);
    }

    /** G4 = sum_3 K K + kappa_4, kappa_4 = (sigmaW^4 / N) (3 H_4 - sum_3 H_2 H_2) (docs/theory.md section 4). */
    @Test
    void fourPointFunctionMatchesTheExplicitKappa4() {
        for (int dIn : new int[] {1, 2}) {
            double sw = 1.2;
            double sb = 0.9;
            double[][] x = dIn == 1
                    ? new double[][] {{0.1}, {-0.3}, {0.25}, {0.1}}
                    : new double[][] {{0.1, 0.2}, {-0.3, 0.0}, {0.25, -0.15}, {0.4, 0.4}};
            GaussHiddenMoments h = new GaussHiddenMoments(dIn, sw, sb);
            Kernel k = Kernels.of(Architecture.GAUSS, dIn, sw, sb);
            double h4 = h.h(x);
            double pairs = 0;
            double wick = 0;
            for (int[][] m : Wick.perfectMatchings(4)) {
                pairs += h.h(pick(x, m[0])) * h.h(pick(x, m[1]));
                wick += k.k(x[m[0][0]], x[m[0][1]]) * k.k(x[m[1][0]], x[m[1][1]]);
            }
            for (int n : new int[] {2, 7, 1000}) {
                double kappa4 = Math.pow(sw, 4) / n * (3 * h4 - pairs);
                ExactMoments exact = ExactMoments.gauss(dIn, sw, sb, n);
                assertThat(exact.cumulant(x)).isCloseTo(kappa4, within(1e-12 * Math.abs(kappa4)));
                assertThat(exact.expectation(x)).isCloseTo(wick + kappa4, within(1e-12 * (wick + kappa4)));
            }
        }
    }

    /**
     * Independent brute force: expand prod_i (b1 + sum_j w_j h_j(x_i)) by assigning each factor to the
     * bias or to one of the N units; independence gives prod over sources of E[b^#] or E[w^#] H.
     * This shares no combinatorics with the cumulant route; checked for orders up to 8 at N = 1..3.
     */
    @Test
    void agreesWithBruteForceExpansionOverUnits() {
        double[][] x = {{0.2, -0.1}, {-0.3, 0.4}, {0.05, 0.3}, {0.2, -0.1}, {0.5, 0.0}, {-0.1, -0.2},
            {0.3, 0.1}, {0.0, 0.25}};
        double sw = 1.4;
        double sb = 0.7;
        HiddenMoments h = new GaussHiddenMoments(2, sw, sb);
        for (int width = 1; width <= 3; width++) {
            ExactMoments exact = ExactMoments.gauss(2, sw, sb, width);
            for (int order = 2; order <= (width == 3 ? 6 : 8); order += 2) {
                double[][] pts = java.util.Arrays.copyOf(x, order);
                double brute = bruteForce(pts, h, sw, sb, width);
                assertThat(exact.expectation(pts)).as("N=%d n=%d", width, order)
                        .isCloseTo(brute, within(1e-11 * Math.abs(brute)));
            }
        }
    }

    /**
     * The cumulant recursion against the explicit Moebius sum over set partitions,
     * kappa = sum_pi (-1)^(|pi|-1) (|pi|-1)! prod_B M_B, and G against sum_pi prod_B kappa_B, at n = 6, 8.
     */
    @Test
    void agreesWithExplicitSetPartitionSums() {
        double sw = 0.8;
        double sb = 1.1;
        int width = 4;
        HiddenMoments h = new GaussHiddenMoments(1, sw, sb);
        ExactMoments exact = new ExactMoments(h, sw, sb, width);
        double[][] x = {{0.1}, {-0.2}, {0.3}, {0.05}, {-0.25}, {0.15}, {0.0}, {0.1}};
        for (int n : new int[] {4, 6, 8}) {
            double[][] pts = java.util.Arrays.copyOf(x, n);
            double[] kappaF = new double[1 << n];
            for (int mask = 1; mask < kappaF.length; mask++) {
                int m = Integer.bitCount(mask);
                double kappaWh = 0;
                for (int[] pi : SetPartitions.of(m)) {
                    double term = pi.length % 2 == 1 ? 1 : -1;
                    for (int i = 1; i < pi.length; i++) {
                        term *= i;
                    }
                    for (int block : pi) {
                        double[][] sub = pick(pts, bits(spread(block, mask)));
                        term *= wMoment(sub.length, sw, width) * h.h(sub);
                    }
                    kappaWh += term;
                }
                kappaF[mask] = width * kappaWh + (m == 2 ? sb * sb : 0);
            }
            double g = 0;
            for (int[] pi : SetPartitions.of(n)) {
                double term = 1;
                for (int block : pi) {
                    term *= kappaF[block];
                }
                g += term;
            }
            assertThat(exact.cumulant(pts)).isCloseTo(kappaF[(1 << n) - 1], within(1e-10 * Math.abs(kappaF[(1 << n) - 1])));
            assertThat(exact.expectation(pts)).isCloseTo(g, within(1e-12 * Math.abs(g)));
        }
    }

    /** docs/theory.md section 4: gauss, d_in = 1, sigmaB = sigmaW = 1, ELS inputs: mean E[m_4] = 13.40 / N exactly in N. */
    @Test
    void meanM4IsAbout13Point40OverN() {
        double[][] k = Kernels.of(Architecture.GAUSS, 1, 1, 1).matrix(ELS_INPUTS);
        double at2 = meanM(4, 2, k) * 2;
        double at1000 = meanM(4, 1000, k) * 1000;
        assertThat(at2).isCloseTo(13.40, within(0.005));
        assertThat(at1000).isCloseTo(at2, within(1e-9 * at2));
    }

    /** E[m_6] = a / N + b / N^2 exactly; docs/theory.md section 4 says a about 40, b about 2.0e4. */
    @Test
    void meanM6IsAOverNPlusBOverNSquared() {
        double[][] k = Kernels.of(Architecture.GAUSS, 1, 1, 1).matrix(ELS_INPUTS);
        double y10 = meanM(6, 10, k) * 10;
        double y1000 = meanM(6, 1000, k) * 1000;
        // y = a + b / N at two widths.
        double b = (y10 - y1000) / (1.0 / 10 - 1.0 / 1000);
        double a = y10 - b / 10;
        assertThat(a).isCloseTo(40, within(4.0));
        assertThat(b).isCloseTo(2.0e4, within(0.1e4));
        for (int n : new int[] {2, 5, 50, 500}) {
            double predicted = a / n + b / ((double) n * n);
            assertThat(meanM(6, n, k)).isCloseTo(predicted, within(1e-9 * predicted));
        }
    }

    /** Every multiset of orders 2..6 on six inputs at all ten published widths: the experiment's whole demand. */
    @Test
    void allPublishedExpectationsAreFast() {
        ExactMoments base = ExactMoments.gauss(1, 1, 1, 1);
        long start = System.nanoTime();
        double checksum = 0;
        for (int width : new int[] {2, 3, 4, 5, 10, 20, 50, 100, 500, 1000}) {
            ExactMoments exact = base.atWidth(width);
            for (int order = 2; order <= 6; order++) {
                for (int[] ms : Multisets.of(6, order)) {
                    checksum += exact.expectation(pick(ELS_INPUTS, ms));
                }
            }
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertThat(checksum).isFinite();
        // Generous for a cold JIT on a loaded machine; typically a few tens of milliseconds.
        assertThat(seconds).isLessThan(1.0);
    }

    static double meanM(int order, int width, double[][] kernel) {
        ExactMoments exact = ExactMoments.gauss(1, 1, 1, width);
        int[][] all = Multisets.of(ELS_INPUTS.length, order);
        double sum = 0;
        for (int[] ms : all) {
            double g0 = Wick.g0(ms, kernel);
            sum += (exact.expectation(pick(ELS_INPUTS, ms)) - g0) / g0;
        }
        return sum / all.length;
    }

    static double bruteForce(double[][] x, HiddenMoments h, double sw, double sb, int width) {
        int n = x.length;
        int sources = width + 1;
        int[] assign = new int[n];
        double total = 0;
        for (long code = 0; code < Math.round(Math.pow(sources, n)); code++) {
            long c = code;
            for (int i = 0; i < n; i++) {
                assign[i] = (int) (c % sources);
                c /= sources;
            }
            int biasCount = 0;
            for (int a : assign) {
                biasCount += a == 0 ? 1 : 0;
            }
            double term = gaussianMoment(biasCount, sb);
            for (int unit = 1; unit <= width && term != 0; unit++) {
                int mask = 0;
                for (int i = 0; i < n; i++) {
                    mask |= assign[i] == unit ? 1 << i : 0;
                }
                double[][] sub = pick(x, bits(mask));
                term *= wMoment(sub.length, sw, width) * h.h(sub);
            }
            total += term;
        }
        return total;
    }

    static double wMoment(int m, double sw, int width) {
        return gaussianMoment(m, sw / Math.sqrt(width));
    }

    static double gaussianMoment(int m, double sd) {
        if (m % 2 != 0) {
            return 0;
        }
        double r = 1;
        for (int i = m - 1; i > 1; i -= 2) {
            r *= i;
        }
        return r * Math.pow(sd, m);
    }

    static double[][] pick(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    static int[] bits(int mask) {
        int[] out = new int[Integer.bitCount(mask)];
        int j = 0;
        for (int i = 0; mask >> i != 0; i++) {
            if ((mask >> i & 1) != 0) {
                out[j++] = i;
            }
        }
        return out;
    }

    /** Maps a block over local indices 0..m-1 onto the set bits of {@code mask}. */
    static int spread(int localBlock, int mask) {
        int[] global = bits(mask);
        int out = 0;
        for (int i = 0; i < global.length; i++) {
            if ((localBlock >> i & 1) != 0) {
                out |= 1 << global[i];
            }
        }
        return out;
    }
}

package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.combinatorics.Multisets;
import org.nnqft.numerics.spec.Architecture;

/** Checks of {@link ConditionalMoments} that need no sampling: limits, hand-computable cases, theorems. */
class ConditionalMomentsTest {
    private static final double[][] X = {{0.3}, {-0.2}, {0.1}};

    /** Two derivations of G^(4): the kernel expansion here, the cumulant recursion of ExactMoments. */
    @Test
    void meanIsTheExactFourPointFunction() {
        for (int width : new int[] {1, 2, 3, 10}) {
            for (Architecture arch : new Architecture[] {Architecture.GAUSS, Architecture.ERF, Architecture.RELU}) {
                ConditionalMoments c = ConditionalMoments.of(arch, 1, 1.3, 0.7, width, X);
                ExactMoments e = ExactMoments.of(arch, 1, 1.3, 0.7, width);
                int[] m = {0, 1, 1, 2};
                double g4 = e.expectation(Multisets.points(m, X));
                assertThat(c.mean(m)).as(arch + " N=" + width).isCloseTo(g4, within(1e-12 * Math.abs(g4)));
            }
        }
    }

    /**
     * N = 1 at one point x, by hand: K = sigma_b^2 + sigma_W^2 h^2, the estimate is 3 K^2, so
     * Var = 9 (E K^4 - (E K^2)^2) with E K^j = sum_l C(j, l) sigma_b^(2 (j - l)) sigma_W^(2 l) H_2l(x, ..., x).
     */
    @Test
    void widthOneAtOnePointByHand() {
        double sw = 1.4;
        double sb = 0.6;
        double[][] x = {{0.25}};
        GaussHiddenMoments h = new GaussHiddenMoments(1, sw, sb);
        double[] ek = new double[5];
        for (int j = 0; j <= 4; j++) {
            for (int l = 0; l <= j; l++) {
                double[][] pts = new double[2 * l][];
                java.util.Arrays.fill(pts, x[0]);
                ek[j] += binomial(j, l) * Math.pow(sb * sb, j - l) * Math.pow(sw * sw, l) * h.h(pts);
            }
        }
        double byHand = 9 * (ek[4] - ek[2] * ek[2]);
        double exact = ConditionalMoments.gauss(1, sw, sb, 1, x).covariance(new int[4], new int[4]);
        assertThat(exact).isCloseTo(byHand, within(1e-12 * byHand));
    }

    /**
     * N to infinity, against the delta method, derived separately: K = Kbar + dK with
     * dK(a, b) = (sigma_W^2 / N) sum_i (h_i(a) h_i(b) - H_2(a, b)), so to first order the estimate moves by
     * sum over its matchings {ab|cd} of Kbar(a, b) dK(c, d) + Kbar(c, d) dK(a, b), and
     * N Var tends to sigma_W^4 sum_{u, v} c_u c_v (H_4(u, v) - H_2(u) H_2(v)) over those pairs u, v with
     * coefficients c_u. The next term is of order 1/N, so at N = 1e7 they agree to about 1e-6.
     */
    @Test
    void varianceTendsToTheDeltaMethodsOverN() {
        double sw = 1.1;
        double sb = 0.5;
        GaussHiddenMoments h = new GaussHiddenMoments(1, sw, sb);
        double[][] kbar = Kernels.of(Architecture.GAUSS, 1, sw, sb).matrix(X);
        int[] m = {0, 0, 1, 2};
        int[][] pairs = new int[6][];
        double[] coef = new double[6];
        int u = 0;
        for (int[][] matching : Wick.perfectMatchings(4)) {
            int[] ab = {m[matching[0][0]], m[matching[0][1]]};
            int[] cd = {m[matching[1][0]], m[matching[1][1]]};
            pairs[u] = cd;
            coef[u++] = kbar[ab[0]][ab[1]];
            pairs[u] = ab;
            coef[u++] = kbar[cd[0]][cd[1]];
        }
        double limit = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                double[][] four = {X[pairs[i][0]], X[pairs[i][1]], X[pairs[j][0]], X[pairs[j][1]]};
                double[][] pi = {X[pairs[i][0]], X[pairs[i][1]]};
                double[][] pj = {X[pairs[j][0]], X[pairs[j][1]]};
                limit += coef[i] * coef[j] * (h.h(four) - h.h(pi) * h.h(pj));
            }
        }
        limit *= Math.pow(sw, 4);
        int width = 10_000_000;
        double nVar = width * ConditionalMoments.gauss(1, sw, sb, width, X).covariance(m, m);
        assertThat(limit).isPositive();
        assertThat(nVar).isCloseTo(limit, within(1e-5 * limit));
        double small = 10 * ConditionalMoments.gauss(1, sw, sb, 10, X).covariance(m, m);
        assertThat(Math.abs(small - limit) / limit).as("the 1/N^2 terms matter at N = 10").isGreaterThan(1e-2);
    }

    /**
     * Rao-Blackwell: the conditional estimate is E[P | hidden layer] for the plain product P, so its
     * variance cannot exceed Var P = G^(8)(x_1, x_1, ..., x_4, x_4) - G^(4)^2, and the excess is
     * E[Var(P | hidden)] > 0.
     */
    @Test
    void conditioningReducesTheVariance() {
        for (int width : new int[] {2, 5}) {
            ExactMoments e = ExactMoments.gauss(1, 1.0, 0.5, width);
            ConditionalMoments c = ConditionalMoments.gauss(1, 1.0, 0.5, width, X);
            int[] m = {0, 1, 2, 2};
            double[][] p = Multisets.points(m, X);
            double g4 = e.expectation(p);
            double plain = e.expectation(org.nnqft.numerics.analysis.ProductError.union(p, p)) - g4 * g4;
            double conditional = c.covariance(m, m);
            assertThat(conditional).as("N=" + width).isPositive().isLessThan(plain);
        }
    }

    @Test
    void covarianceIsSymmetric() {
        ConditionalMoments c = ConditionalMoments.gauss(1, 1.0, 1.0, 3, X);
        int[] a = {0, 0, 1, 2};
        int[] b = {1, 1, 2, 2};
        assertThat(c.covariance(a, b)).isCloseTo(c.covariance(b, a), within(1e-12 * Math.abs(c.covariance(a, b))));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> ConditionalMoments.gauss(1, 1.0, 1.0, 0, X)).hasMessageContaining("width >= 1");
        ConditionalMoments c = ConditionalMoments.gauss(1, 1.0, 1.0, 3, X);
        assertThatThrownBy(() -> c.code(0, 3)).hasMessageContaining("from 0 to 2");
        assertThatThrownBy(() -> c.kernelProduct(new int[9])).hasMessageContaining("at most 8");
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 0; i < k; i++) {
            b = b * (n - i) / (i + 1);
        }
        return b;
    }
}

package org.nnqft.numerics.moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.theory.Wick;

class EstimatesTest {

    @Test
    void layoutNumbersEveryMultisetOnce() {
        MomentLayout layout = new MomentLayout(6, 6);
        int[] expected = {1, 6, 21, 56, 126, 252, 462};
        for (int n = 0; n <= 6; n++) {
            assertThat(layout.count(n)).isEqualTo(expected[n]);
        }
        assertThat(layout.size()).isEqualTo(924);
        assertThat(layout.elements(layout.offset(3))).containsExactly(0, 0, 0);
        assertThat(layout.elements(layout.offset(4) - 1)).containsExactly(5, 5, 5);
    }

    @Test
    void productsAreTheProductsOfTheOutputs() {
        MomentLayout layout = new MomentLayout(5, 6);
        double[] f = {0.3, -1.7, 2.2, 0.9, -0.4};
        double[] p = new ProductEstimates(layout).of(f);
        for (int id = 1; id < layout.size(); id++) {
            double direct = 1;
            for (int i : layout.elements(id)) {
                direct *= f[i];
            }
            assertThat(p[id]).isCloseTo(direct, within(1e-14 * Math.max(1, Math.abs(direct))));
        }
    }

    @Test
    void zeroMeanWickSumsAreTheGaussianMoments() {
        int k = 4;
        double[] cov = randomCovariance(k, new SplittableRandom(3));
        double[][] matrix = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                matrix[a][b] = cov[a * k + b];
            }
        }
        MomentLayout layout = new MomentLayout(k, 8);
        double[] w = new WickEstimates(layout).of(cov, null);
        for (int id = 1; id < layout.size(); id++) {
            double g0 = Wick.g0(layout.elements(id), matrix);
            assertThat(w[id]).as("multiset %s", java.util.Arrays.toString(layout.elements(id)))
                    .isCloseTo(g0, within(1e-12 * Math.max(1, Math.abs(g0))));
        }
    }

    @Test
    void wickSumsWithMeanMatchTheMomentsOfAShiftedNormal() {
        // one input: f ~ N(m, c), E f^n from the raw-moment formulas of a normal
        double m = 0.7;
        double c = 1.9;
        MomentLayout layout = new MomentLayout(1, 4);
        double[] w = new WickEstimates(layout).of(new double[] {c}, new double[] {m});
        assertThat(w[1]).isCloseTo(m, within(1e-15));
        assertThat(w[2]).isCloseTo(m * m + c, within(1e-14));
        assertThat(w[3]).isCloseTo(m * m * m + 3 * m * c, within(1e-14));
        assertThat(w[4]).isCloseTo(Math.pow(m, 4) + 6 * m * m * c + 3 * c * c, within(1e-13));
    }

    @Test
    void sumsMergeByAddition() {
        MomentLayout layout = new MomentLayout(2, 2);
        MomentSums a = new MomentSums(layout);
        MomentSums b = new MomentSums(layout);
        ProductEstimates p = new ProductEstimates(layout);
        a.add(p.of(new double[] {1, 2}));
        b.add(p.of(new double[] {3, -1}));
        b.add(p.of(new double[] {0.5, 0.5}));
        a.merge(b);
        assertThat(a.networks()).isEqualTo(3);
        assertThat(a.mean(layout.offset(2) + 1)).isCloseTo((2 - 3 + 0.25) / 3, within(1e-15));
        assertThat(a.firstNonFinite()).isEqualTo(-1);
        a.add(p.of(new double[] {Double.NaN, 1}));
        assertThat(a.firstNonFinite()).isPositive();
    }

    static double[] randomCovariance(int k, SplittableRandom rng) {
        double[][] a = new double[k][k];
        for (double[] row : a) {
            for (int j = 0; j < k; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        double[] cov = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                for (int l = 0; l < k; l++) {
                    cov[i * k + j] += a[i][l] * a[j][l];
                }
            }
        }
        return cov;
    }

    @Test
    void sumsKeepOnlyTheLayoutsOrders() {
        MomentLayout layout = new MomentLayout(3, new int[] {4, 1, 4});
        assertThat(layout.maxOrder()).isEqualTo(4);
        assertThat(layout.summedIds()).hasSize(layout.count(1) + layout.count(4));
        assertThat(layout.summedRuns()).containsExactly(layout.offset(1), layout.offset(2), layout.offset(4), layout.offset(5));
        assertThat(new MomentLayout(3, new int[] {2, 3, 5}).summedRuns()).as("consecutive orders make one run")
                .containsExactly(layout.offset(2), layout.offset(4), layout.offset(5), new MomentLayout(3, 5).offset(6));
        MomentSums sums = new MomentSums(layout);
        double[] ones = new double[layout.size()];
        java.util.Arrays.fill(ones, 1);
        sums.add(ones);
        for (int id = 1; id < layout.size(); id++) {
            int order = layout.elements(id).length;
            assertThat(sums.sum(id)).as("id %d of order %d", id, order).isEqualTo(order == 1 || order == 4 ? 1 : 0);
        }
        ones[layout.offset(2)] = Double.NaN; // an order not summed cannot stop a run
        sums.add(ones);
        assertThat(sums.firstNonFinite()).isEqualTo(-1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sums.merge(new MomentSums(new MomentLayout(3, 4))))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MomentLayout(3, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

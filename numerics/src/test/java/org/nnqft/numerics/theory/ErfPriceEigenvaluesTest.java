package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;

/**
 * ErfPrice's hand-written Jacobi eigenvalues (they place the nodes of its path rule, so the moment
 * tests, accurate to 1e-10 whatever the placement, cannot see an error in them) against
 * Hipparchus' symmetric eigen-decomposition, on the sizes met (2 to 6) and on diagonal and
 * rank-one matrices.
 */
class ErfPriceEigenvaluesTest {

    @Test
    void matchHipparchusOnRandomSymmetricMatrices() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 50; trial++) {
                double[][] a = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = i; j < n; j++) {
                        a[i][j] = a[j][i] = rng.nextDouble(-3, 3);
                    }
                }
                assertMatches(a);
            }
        }
    }

    @Test
    void diagonalAndRankOneMatrices() {
        assertMatches(new double[][] {{2, 0, 0}, {0, -1, 0}, {0, 0, 0.5}});
        double[] v = {0.3, -1.2, 0.7, 2.0};
        double[][] r = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                r[i][j] = v[i] * v[j];
            }
        }
        assertMatches(r);
        assertMatches(new double[][] {{1, 1e-9}, {1e-9, 1}});
    }

    private static void assertMatches(double[][] a) {
        int n = a.length;
        double[] expected = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(a)).getEigenvalues().clone();
        double[][] copy = Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
        double[] actual = ErfPrice.eigenvalues(copy, n).clone();
        Arrays.sort(expected);
        Arrays.sort(actual);
        double scale = Arrays.stream(expected).map(Math::abs).max().orElse(1);
        assertThat(actual).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(actual[i]).as("eigenvalue %d of %s", i, Arrays.deepToString(a))
                    .isCloseTo(expected[i], within(1e-12 * Math.max(scale, 1)));
        }
    }
}

package org.nnqft.verification.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.spec.Architecture;

class ErfProductBoundTest {
    @Test
    void boundsTheExactSecondMomentWhereTheoryHasIt() {
        // the erf-net at d_in = 1: E[P^2] for P = f(x)^n is the exact 2n-point function at x repeated 2n times
        for (int width : new int[] {1, 3, 20}) {
            ExactMoments exact = ExactMoments.of(Architecture.ERF, 1, 1.5, 0.7, width);
            for (int n = 1; n <= 4; n++) {
                double[][] points = new double[2 * n][];
                java.util.Arrays.fill(points, new double[] {0.8});
                double second = exact.expectation(points);
                double bound = ErfProductBound.sd(n, 1.5, 0.7);
                assertThat(second).as("N=%d n=%d", width, n).isLessThan(bound * bound);
                // not vacuous: within a factor 20 of the truth in variance
                assertThat(second * 20).isGreaterThan(bound * bound);
            }
        }
    }

    @Test
    void isTheGaussianMomentAtTheLargestKernel() {
        // (2n - 1)!! K^n: 15 K^3 at n = 3
        assertThat(ErfProductBound.sd(3, 1, 1)).isCloseTo(Math.sqrt(15 * 8), org.assertj.core.data.Offset.offset(1e-12));
    }
}

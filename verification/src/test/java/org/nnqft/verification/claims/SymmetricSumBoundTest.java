package org.nnqft.verification.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;

class SymmetricSumBoundTest {
    @Test
    void theConstantIsBentkusAndDzindzalietas() {
        assertThat(SymmetricSumBound.RADEMACHER_CONSTANT).isBetween(3.177, 3.179);
    }

    @Test
    void neverBelowTheExactTailOfAnEqualWeightRademacherSum() {
        // sum of n fair signs over sqrt(n), whose sum of squares is n: every attainable |T| against its exact tail
        for (int n : new int[] {1, 2, 5, 10, 30, 101}) {
            BinomialDistribution heads = new BinomialDistribution(n, 0.5);
            for (int k = (n + 1) / 2; k <= n; k++) {
                double sum = 2.0 * k - n;
                double exactTwoSided = Math.min(1, 2 * (1 - heads.cumulativeProbability(k - 1)));
                assertThat(SymmetricSumBound.pValue(sum, n)).as("n=%d k=%d", n, k).isGreaterThanOrEqualTo(exactTwoSided);
            }
        }
    }

    @Test
    void holdsItsLevelOnCauchySamplesAndRejectsAShift() {
        // symmetric with no mean at all: a z or t has no reference here. 4000 samples of 200; at level 0.01 the
        // rejections exceed binomial(4000, 0.01)'s 1 - 1e-6 quantile (70) with probability below 1e-6 if valid
        SplittableRandom rng = new SplittableRandom(5);
        int rejected = 0;
        int shiftedRejected = 0;
        for (int r = 0; r < 4000; r++) {
            double sum = 0;
            double squares = 0;
            double shifted = 0;
            double shiftedSquares = 0;
            for (int i = 0; i < 200; i++) {
                double x = Math.tan(Math.PI * (rng.nextDouble() - 0.5));
                sum += x;
                squares += x * x;
                double y = rng.nextGaussian() + 0.5;
                shifted += y;
                shiftedSquares += y * y;
            }
            rejected += SymmetricSumBound.pValue(sum, squares) <= 0.01 ? 1 : 0;
            shiftedRejected += SymmetricSumBound.pValue(shifted, shiftedSquares) <= 0.01 ? 1 : 0;
        }
        assertThat(rejected).isLessThanOrEqualTo(70);
        // N(0.5, 1) over 200: T is about 6.3, far beyond the 0.01 threshold
        assertThat(shiftedRejected).isGreaterThan(3990);
    }

    @Test
    void allZeroProductsAreNoEvidence() {
        assertThat(SymmetricSumBound.pValue(0, 0)).isEqualTo(1);
    }

    @Test
    void nonFiniteSumsAreNaNWhichTheFamilyRejects() {
        assertThat(SymmetricSumBound.pValue(1, Double.POSITIVE_INFINITY)).isNaN();
        assertThat(SymmetricSumBound.pValue(Double.NaN, 4)).isNaN();
        assertThat(SymmetricSumBound.pValue(1, 0)).isNaN();
    }
}

package org.nnqft.verification.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;

class MedianOfMeansBoundTest {
    @Test
    void binomialTailMatchesHipparchusWhereItHasDigitsAndKeepsThemBeyond() {
        for (double q : new double[] {0.5, 0.2, 0.05}) {
            double hipparchus = 1 - new BinomialDistribution(20, q).cumulativeProbability(9);
            assertThat(MedianOfMeansBound.binomialUpperTail(20, 10, q)).isCloseTo(hipparchus,
                    org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
        // at q = 1e-3 (where 1 - cdf is rounding noise) the first two terms, C(20, 10) q^10 (1 - q)^10 and
        // C(20, 11) q^11 (1 - q)^9, carry all but 1e-6 of the tail
        double twoTerms = 184756e-30 * Math.pow(0.999, 10) + 167960e-33 * Math.pow(0.999, 9);
        assertThat(MedianOfMeansBound.binomialUpperTail(20, 10, 1e-3)).isCloseTo(twoTerms,
                org.assertj.core.data.Percentage.withPercentage(1e-4));
    }

    @Test
    void aDistanceOfFourPointSixBagSdsIsAboutOneInOneHundredMillion() {
        double[] means = new double[20];
        java.util.Arrays.fill(means, 4.6);
        assertThat(MedianOfMeansBound.pValue(means, 0, 1)).isBetween(5e-9, 2e-8);
        assertThat(MedianOfMeansBound.statistic(means, 0, 1)).isEqualTo(4.6);
    }

    @Test
    void holdsItsLevelOnHeavyTailedSkewedBagsAndRejectsAShift() {
        // bag means of 20 log-normal draws (sigma 1.5: skewness 34): a t-test is off here. 20000 families of 20 bags
        // at level 0.02; valid means rejections below binomial(20000, 0.02)'s 1 - 1e-6 quantile (about 484)
        SplittableRandom rng = new SplittableRandom(3);
        double s = 1.5;
        double mean = Math.exp(s * s / 2);
        double sd = Math.sqrt((Math.exp(s * s) - 1) * Math.exp(s * s)) / Math.sqrt(20);
        int rejected = 0;
        int shiftedRejected = 0;
        for (int r = 0; r < 20000; r++) {
            double[] bags = new double[20];
            double[] shifted = new double[20];
            for (int b = 0; b < 20; b++) {
                double sum = 0;
                for (int i = 0; i < 20; i++) {
                    sum += Math.exp(s * rng.nextGaussian());
                }
                bags[b] = sum / 20;
                shifted[b] = bags[b] + 3 * sd;
            }
            rejected += MedianOfMeansBound.pValue(bags, mean, sd) <= 0.02 ? 1 : 0;
            shiftedRejected += MedianOfMeansBound.pValue(shifted, mean, sd) <= 0.02 ? 1 : 0;
        }
        assertThat(rejected).isLessThanOrEqualTo(484);
        assertThat(shiftedRejected).isGreaterThan(19000);
    }

    @Test
    void bagsAtTheExpectedValueAreNoEvidence() {
        assertThat(MedianOfMeansBound.pValue(new double[] {-1, 0, 1}, 0, 1)).isEqualTo(1);
        // found on a calibration seed: a median 1e-9 bag sd off made 1 / (1 + d^2) round to 1, and the tail NaN
        assertThat(MedianOfMeansBound.pValue(new double[] {-1, 1e-9, 1e-9, 1}, 0, 1)).isEqualTo(1);
        assertThat(MedianOfMeansBound.binomialUpperTail(20, 10, 1)).isEqualTo(1);
    }

    @Test
    void oneNaNBagIsNaNNotHiddenBeyondTheMedian() {
        assertThat(MedianOfMeansBound.pValue(new double[] {0, 0.1, -0.1, Double.NaN, 0.2}, 0, 1)).isNaN();
        assertThat(MedianOfMeansBound.pValue(new double[] {0, 1}, 0, Double.NaN)).isNaN();
    }
}

package org.nnqft.verification.claims;

import java.util.Arrays;

/**
 * A p-value for "E[P] = mu" that holds at every tail for any distribution with the given standard
 * deviation: it needs only the bags' independence and each bag mean's standard deviation sigma
 * (exact theory, or a proven upper bound).
 *
 * <p>Why: the normal reference of a mean is a large-sample statement, and at a Holm threshold near
 * 1e-8 the Gauss-net's and ReLU's heavy-tailed, skewed products are far from it (measured: the bag
 * spread's Student-t rejected ReLU order-6 members 5.5 times as often as stated at level 0.01, and z
 * with the exact error false-alarmed at order 2 on 3 of 100 seeds). The median of the bag means
 * (median of means: Nemirovski and Yudin 1983, Alon, Matias and Szegedy 1996; Lugosi and Mendelson,
 * Found. Comput. Math. 19 (2019) 1145, for a survey) lies d sigma above mu only if at least
 * h = ceil(B / 2) of the B bags do, and each bag does with probability at most 1 / (1 + d^2) by
 * Cantelli's one-sided Chebyshev inequality. So P(upper median - mu >= d sigma) <= P(Bin(B, 1 / (1 + d^2)) >= h),
 * likewise below, and twice the smaller tail is a valid two-sided p-value. With B = 20 a p of 1e-8
 * needs d = 4.6, that is 20.5 standard errors of the grand mean instead of a z-test's 5.7: the price of
 * a rate that holds.
 */
final class MedianOfMeansBound {
    private MedianOfMeansBound() {
    }

    /**
     * How far the median of the bag means lies from mu, in bag standard deviations: the larger of
     * the h-th largest mean's excess and the h-th smallest mean's shortfall (0 if neither is beyond mu).
     */
    static double statistic(double[] bagMeans, double mu, double bagSd) {
        if (!Double.isFinite(mu) || !(bagSd >= 0) || Arrays.stream(bagMeans).anyMatch(v -> !Double.isFinite(v))) {
            // sorted, one NaN bag would sit beyond the median and never be looked at
            return Double.NaN;
        }
        double[] y = bagMeans.clone();
        Arrays.sort(y);
        int h = (y.length + 1) / 2;
        double up = y[y.length - h] - mu;
        double down = mu - y[h - 1];
        double beyond = Math.max(0, Math.max(up, down));
        if (beyond == 0) {
            return 0;
        }
        return bagSd > 0 ? beyond / bagSd : Double.POSITIVE_INFINITY;
    }

    /**
     * @param bagMeans the B bag means (independent bags)
     * @param mu       the expected value under the claim
     * @param bagSd    the standard deviation of one bag mean, or an upper bound on it
     * @return a two-sided p-value bound in [0, 1], or NaN for non-finite input
     */
    static double pValue(double[] bagMeans, double mu, double bagSd) {
        double d = statistic(bagMeans, mu, bagSd);
        if (Double.isNaN(d)) {
            return Double.NaN;
        }
        if (d == 0) {
            return 1;
        }
        int b = bagMeans.length;
        return Math.min(1, 2 * binomialUpperTail(b, (b + 1) / 2, 1 / (1 + d * d)));
    }

    /** {@link #pValue} at every point of a series: point i's bag means, expected value and bag sd. */
    static double[] pValues(double[][] bagMeans, double[] mu, double[] bagSd) {
        double[] p = new double[mu.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = pValue(bagMeans[i], mu[i], bagSd[i]);
        }
        return p;
    }

    /** The largest {@link #statistic} over a series, in bag standard deviations. */
    static double worst(double[][] bagMeans, double[] mu, double[] bagSd) {
        double w = 0;
        for (int i = 0; i < mu.length; i++) {
            w = Math.max(w, statistic(bagMeans[i], mu[i], bagSd[i]));
        }
        return w;
    }

    /** P(Bin(n, q) >= k), summed term by term in logs so that tails far below 1e-16 keep their digits. */
    static double binomialUpperTail(int n, int k, double q) {
        if (q <= 0) {
            return k <= 0 ? 1 : 0;
        }
        if (q >= 1) {
            // a median a hair from mu: 1 / (1 + d^2) rounds to 1, and log(1 - q) would make 0 * -inf = NaN
            return 1;
        }
        double logQ = Math.log(q);
        double log1mQ = Math.log1p(-q);
        double sum = 0;
        double logChoose = 0;
        for (int j = 0; j <= n; j++) {
            if (j > 0) {
                logChoose += Math.log(n - j + 1) - Math.log(j);
            }
            if (j >= k) {
                sum += Math.exp(logChoose + j * logQ + (n - j) * log1mQ);
            }
        }
        return Math.min(1, sum);
    }
}

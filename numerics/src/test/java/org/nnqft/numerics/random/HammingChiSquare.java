package org.nnqft.numerics.random;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * The consecutive-output Hamming-distance test: for independent uniform 64-bit words, popcount(x_i
 * ^ x_{i+1}) is Binomial(64, 1/2), and consecutive distances are independent too (given x_{i+1},
 * the two XORs are independent uniform words). The counts of each distance are compared with their
 * expectation by Pearson's chi-square, the tails pooled into one bin each until every expected
 * count is at least 5. It catches streams whose neighbours share bits, which a test of single
 * words cannot see.
 */
final class HammingChiSquare {
    /** A sequence of words, by position. */
    interface Words {
        long at(long position);
    }

    record Result(double chiSquare, int degreesOfFreedom, double p) {
        @Override
        public String toString() {
            return String.format("chi2 %.1f on %d df, p %.3g", chiSquare, degreesOfFreedom, p);
        }
    }

    private HammingChiSquare() {
    }

    static Result of(Words words, long count) {
        long[] observed = new long[65];
        long previous = words.at(0);
        for (long i = 1; i < count; i++) {
            long next = words.at(i);
            observed[Long.bitCount(previous ^ next)]++;
            previous = next;
        }
        long distances = count - 1;
        double[] probability = new double[65];
        double c = 1;
        for (int k = 0; k <= 64; k++) {
            probability[k] = c * 0x1.0p-64;
            c = c * (64 - k) / (k + 1);
        }
        // pool each tail until its expected count reaches 5 (the binomial is symmetric)
        int low = 0;
        double tail = probability[0];
        while (tail * distances < 5) {
            tail += probability[++low];
        }
        int high = 64 - low;
        double chi2 = 0;
        int bins = 0;
        for (int k = low; k <= high; k++) {
            long o = 0;
            double p = 0;
            if (k == low) {
                for (int j = 0; j <= low; j++) {
                    o += observed[j];
                    p += probability[j];
                }
            } else if (k == high) {
                for (int j = high; j <= 64; j++) {
                    o += observed[j];
                    p += probability[j];
                }
            } else {
                o = observed[k];
                p = probability[k];
            }
            double e = p * distances;
            chi2 += (o - e) * (o - e) / e;
            bins++;
        }
        int df = bins - 1;
        return new Result(chi2, df, 1 - new ChiSquaredDistribution(df).cumulativeProbability(chi2));
    }
}

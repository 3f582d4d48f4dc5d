package org.nnqft.reports;

import org.hipparchus.distribution.discrete.BinomialDistribution;

/** The yardstick of the tests that count false alarms over many seeded trials. */
public final class FalseAlarms {
    private FalseAlarms() {
    }

    /**
     * The smallest count of {@code trials} that a true rate of {@code rate} exceeds with
     * probability below 0.001: a test asserting "at most this many" fails by chance in fewer than
     * 1 of 1000 builds when the rate holds.
     */
    public static int bound(int trials, double rate) {
        BinomialDistribution b = new BinomialDistribution(trials, rate);
        int k = 0;
        while (1 - b.cumulativeProbability(k) >= 0.001) {
            k++;
        }
        return k;
    }
}

package org.nnqft.reports.gate;

import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;

/**
 * How far a benchmark's forks disagree: the coefficient of variation (sample standard deviation
 * over mean) of the fork means. It is what bounds the smallest change the gate can resolve, so
 * compare shows it for both sides.
 */
public final class ForkSpread {
    private ForkSpread() {
    }

    /** @return the coefficient of variation, NaN for fewer than two forks */
    public static double cv(double[] forkMeans) {
        if (forkMeans.length < 2) {
            return Double.NaN;
        }
        return new StandardDeviation().evaluate(forkMeans) / new Mean().evaluate(forkMeans);
    }
}

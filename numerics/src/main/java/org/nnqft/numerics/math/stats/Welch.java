package org.nnqft.numerics.math.stats;

import org.hipparchus.stat.descriptive.moment.Variance;
import org.hipparchus.stat.inference.TTest;

/**
 * Welch's two-sided t-test (unequal variances) on two samples: the gate's fork means, or one value
 * per run of a history range.
 */
public final class Welch {
    private Welch() {
    }

    /** @return the p-value, or NaN when a sample has fewer than two values (nothing to test) */
    public static double pValue(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            return Double.NaN;
        }
        Variance variance = new Variance();
        if (variance.evaluate(a) == 0 && variance.evaluate(b) == 0) {
            // no spread at all (a timer's resolution, or a synthetic file): only equality is no change
            return mean(a) == mean(b) ? 1 : 0;
        }
        return new TTest().tTest(a, b);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}

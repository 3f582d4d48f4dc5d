package org.nnqft.numerics.math.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Two-sided critical values at a family-wise rate split over a family (Bonferroni's alpha / tests,
 * which is also Holm's first and strictest threshold): what a band of "|z| below this" means for
 * a family of {@code tests} statistics.
 */
public final class TwoSidedQuantile {
    private TwoSidedQuantile() {
    }

    /** The standard normal's: for statistics divided by an exact standard error. */
    public static double normal(double alpha, int tests) {
        return new NormalDistribution().inverseCumulativeProbability(1 - alpha / (2 * tests));
    }

    /**
     * Student-t's with {@code degreesOfFreedom}: for statistics divided by a spread estimated from
     * degreesOfFreedom + 1 bags, whose tails are heavier than the normal's.
     */
    public static double student(double alpha, int tests, int degreesOfFreedom) {
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1 - alpha / (2 * tests));
    }
}

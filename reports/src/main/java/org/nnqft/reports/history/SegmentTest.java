package org.nnqft.reports.history;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Student's two-sample t-test with pooled variance between two adjacent segments of a series.
 * Pooled, not Welch, because a segment may be a single run (the newest one, after a change): its
 * variance then comes from the other segment, on the assumption that a change moves the level and
 * not the noise.
 */
final class SegmentTest {
    private SegmentTest() {
    }

    /** The change point at {@code split} between x[from, split) and x[split, to). */
    static ChangePoint at(double[] x, int from, int split, int to) {
        int n1 = split - from;
        int n2 = to - split;
        double m1 = mean(x, from, split);
        double m2 = mean(x, split, to);
        return new ChangePoint(split, m1, m2, pValue(x, from, split, to, n1, n2, m1, m2));
    }

    private static double pValue(double[] x, int from, int split, int to, int n1, int n2, double m1, double m2) {
        int df = n1 + n2 - 2;
        if (df < 1) {
            return 1;
        }
        double ss = squares(x, from, split, m1) + squares(x, split, to, m2);
        if (ss == 0) {
            return m1 == m2 ? 1 : 0;
        }
        double t = (m2 - m1) / Math.sqrt(ss / df * (1.0 / n1 + 1.0 / n2));
        return 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    private static double squares(double[] x, int from, int to, double mean) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (x[i] - mean) * (x[i] - mean);
        }
        return s;
    }
}

package org.nnqft.numerics.math.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment: an adjusted p-value below alpha rejects with a family-wise error
 * rate of at most alpha over the whole set, whatever the dependence between the tests, and it
 * rejects at least whatever Bonferroni would. The gate adjusts its comparisons' p-values with it, and the
 * claims' family tests count its rejections: one procedure for both.
 */
public final class Holm {
    private Holm() {
    }

    /** Adjusted p-values in the order given; NaN (untested) stays NaN and does not count in the family. */
    public static double[] adjust(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * How many hypotheses Holm's procedure rejects at family-wise rate {@code alpha}: those whose
     * adjusted p-value is below it. NaN counts as untested, as in {@link #adjust}.
     */
    public static int rejected(double[] p, double alpha) {
        int count = 0;
        for (double q : adjust(p)) {
            count += q < alpha ? 1 : 0;
        }
        return count;
    }
}

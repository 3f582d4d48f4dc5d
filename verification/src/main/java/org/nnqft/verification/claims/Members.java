package org.nnqft.verification.claims;

import java.util.Arrays;

/** Small helpers for assembling a claim's family of member tests. */
final class Members {
    private Members() {
    }

    static double[] append(double[] a, double... b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The largest |statistic|; an undefined one (0/0 from bags all alike) counts as infinite. */
    static double worst(double[] stats) {
        double w = 0;
        for (double v : stats) {
            w = Math.max(w, Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.abs(v));
        }
        return w;
    }
}

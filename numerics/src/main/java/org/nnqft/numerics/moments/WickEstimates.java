package org.nnqft.numerics.moments;

/**
 * The conditional estimator's per-network values: E[f(x_1) ... f(x_n) | hidden layer] for a
 * Gaussian f with mean m and covariance C, by Isserlis' theorem with means, organised as the
 * recursion W(S) = m(s0) W(S - s0) + sum_j C(s0, s_j) W(S - s0 - s_j) over the layout's ids.
 * With zero mean only perfect matchings survive and odd orders vanish.
 */
public final class WickEstimates {
    private final MomentLayout layout;
    private final int[] first;
    private final double[] values;

    public WickEstimates(MomentLayout layout) {
        this.layout = layout;
        this.values = new double[layout.size()];
        this.first = new int[layout.size()];
        for (int id = 1; id < layout.size(); id++) {
            first[id] = layout.elements(id)[0];
        }
    }

    /**
     * Fills and returns the Wick sums for covariance {@code cov} (k x k, row-major) and mean
     * {@code mean} (length k, or null for zero mean); the array is reused.
     */
    public double[] of(double[] cov, double[] mean) {
        int k = layout.k();
        values[0] = 1;
        for (int id = 1; id < values.length; id++) {
            int[] s = layout.elements(id);
            int row = first[id] * k;
            int[] rest2 = layout.rest2(id);
            double w = mean == null ? 0 : mean[first[id]] * values[layout.rest1(id)];
            for (int j = 1; j < s.length; j++) {
                w += cov[row + s[j]] * values[rest2[j - 1]];
            }
            values[id] = w;
        }
        return values;
    }
}

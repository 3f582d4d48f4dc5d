package org.nnqft.reports.history;

/**
 * The E-Divisive means candidate (Matteson and James, 2014, with alpha = 1): in x[from, to) the
 * split tau, and end kappa, that maximise the energy statistic between X = x[from, tau) and
 * Y = x[tau, kappa), of m = tau - from and n = kappa - tau points,
 * <pre>
 *   Q = 2/(m+n) sum|X-Y| - 2n/((m+n)(m-1)) sum_{i<k}|Xi-Xk| - 2m/((m+n)(n-1)) sum_{j<k}|Yj-Yk|
 * </pre>
 * (mn/(m+n) times the energy distance: each within sum is averaged over its own pairs, m(m-1)/2
 * for X, so X's carries the other segment's size n; a within term is 0 for a segment of one point). Letting kappa end short of {@code to} is what
 * finds a change with another one after it. Pairwise sums come from a table W(a, b) of the sums
 * of |xi - xk| over a <= i < k < b, filled in O(n^2), so one search is O(n^2).
 */
final class EDivisive {
    /** The best split, the end of the segment after it, and their statistic. */
    record Candidate(int index, int end, double q) {
    }

    private EDivisive() {
    }

    /** @return the candidate, or null when the interval has fewer than two points */
    static Candidate candidate(double[] x, int from, int to) {
        int n = to - from;
        if (n < 2) {
            return null;
        }
        // w[a][b] for from <= a <= b <= to, stored relative to from
        double[][] w = new double[n + 1][n + 1];
        for (int b = 1; b <= n; b++) {
            // W(a, b) = W(a, b - 1) + the pairs (i, b - 1) with a <= i < b - 1, summed from a = b - 2 down
            int c = b - 1;
            double pairs = 0;
            for (int a = c - 1; a >= 0; a--) {
                pairs += Math.abs(x[from + a] - x[from + c]);
                w[a][b] = w[a][b - 1] + pairs;
            }
        }
        int best = -1;
        int bestEnd = -1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int tau = 1; tau < n; tau++) {
            double within1 = w[0][tau];
            int nx = tau;
            for (int kappa = tau + 1; kappa <= n; kappa++) {
                int my = kappa - tau;
                double cross = w[0][kappa] - within1 - w[tau][kappa];
                double q = 2.0 * cross / (nx + my)
                        - (nx > 1 ? 2.0 * my / ((double) (nx + my) * (nx - 1)) * within1 : 0)
                        - (my > 1 ? 2.0 * nx / ((double) (nx + my) * (my - 1)) * w[tau][kappa] : 0);
                if (q > bestQ) {
                    bestQ = q;
                    best = tau;
                    bestEnd = kappa;
                }
            }
        }
        return new Candidate(from + best, from + bestEnd, bestQ);
    }
}

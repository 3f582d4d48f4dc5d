package org.nnqft.numerics.math.combinatorics;

/**
 * Multisets of input indices (combinations with repetition, docs/theory.md section 3): the arguments on
 * which an n-point function is evaluated. Sorted tuples list each unordered argument set once,
 * which is all a symmetric function needs.
 */
public final class Multisets {
    private Multisets() {
    }

    /**
     * All multisets of size {@code n} drawn from {0, ..., k-1}, each as a non-decreasing tuple,
     * in lexicographic order. {@code n = 0} gives one empty tuple.
     *
     * @throws IllegalArgumentException if k < 1 or n < 0, or if there are more than 2^31 - 1
     */
    public static int[][] of(int k, int n) {
        long total = count(k, n);
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many multisets: C(" + (k + n - 1) + ", " + n + ")");
        }
        int[][] out = new int[(int) total][];
        int[] current = new int[n];
        int row = 0;
        // Odometer over non-decreasing tuples: bump the rightmost digit that can grow, then reset
        // everything to its right to that digit (the smallest value keeping the tuple sorted).
        while (true) {
            out[row++] = current.clone();
            int i = n - 1;
            while (i >= 0 && current[i] == k - 1) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            int v = current[i] + 1;
            for (int j = i; j < n; j++) {
                current[j] = v;
            }
        }
    }

    /**
     * The number of multisets of size {@code n} from {@code k} items, C(k+n-1, n).
     *
     * @throws IllegalArgumentException if k < 1 or n < 0, or on overflow of a long
     */
    public static long count(int k, int n) {
        if (k < 1 || n < 0) {
            throw new IllegalArgumentException("need k >= 1 and n >= 0, got k=" + k + " n=" + n);
        }
        // C(k-1+i, i) built up in i keeps every intermediate an exact binomial (no rounding).
        long c = 1;
        for (int i = 1; i <= n; i++) {
            c = Math.multiplyExact(c, k - 1 + i) / i;
        }
        return c;
    }

    /** The input vectors of a multiset given by indices into {@code inputs} (shared, not copied). */
    public static double[][] points(int[] indices, double[][] inputs) {
        double[][] p = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            p[i] = inputs[indices[i]];
        }
        return p;
    }
}

package org.nnqft.numerics.theory;

import java.util.Arrays;
import org.nnqft.numerics.math.combinatorics.PointMultiset;

/**
 * A multiset of input points as its distinct points (sorted) and their multiplicities, with the
 * pre-activation geometry of one hidden unit: z_i = a . x_i + c, a ~ N(0, s I), s = sigmaW^2 / dIn,
 * c ~ N(0, sigmaB^2). The quadratures of this package work on the distinct points: a repeated point is
 * one variable raised to a power.
 */
record Support(double[][] points, int[] multiplicity) {

    /** Groups equal points; the order of the input does not matter. */
    static Support of(double[][] input) {
        double[][] sorted = PointMultiset.of(input).points();
        double[][] distinct = new double[sorted.length][];
        int[] mult = new int[sorted.length];
        int p = 0;
        for (double[] x : sorted) {
            if (p > 0 && Arrays.equals(distinct[p - 1], x)) {
                mult[p - 1]++;
            } else {
                distinct[p] = x;
                mult[p++] = 1;
            }
        }
        return new Support(Arrays.copyOf(distinct, p), Arrays.copyOf(mult, p));
    }

    /** The order m of the moment: the number of points counted with multiplicity. */
    int order() {
        int m = 0;
        for (int k : multiplicity) {
            m += k;
        }
        return m;
    }

    /** The distinct points alone, as a key for caches that depend only on them. */
    PointMultiset key() {
        return new PointMultiset(points);
    }

    /** Cov(z_i, z_j) = sigmaB^2 + s x_i . x_j. */
    double[][] covariance(int dIn, double sigmaW, double sigmaB) {
        double s = sigmaW * sigmaW / dIn;
        int p = points.length;
        double[][] cov = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                cov[i][j] = Kernels.preActivation(points[i], points[j], s, sigmaB);
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    /**
     * Vectors v_i with z_i = g . v_i for a standard Gaussian g in R^r, r the rank of the points'
     * pre-activations: (sqrt(s) x_i, sigmaB) written in an orthonormal basis of the span, found by a
     * singular value decomposition (Hipparchus). Directions with singular value below 1e-12 of the largest
     * are dropped (moving no z_i by more than that); the Gaussian along them integrates out. All points at
     * the origin with sigmaB = 0 give rank 0: every z_i is identically 0.
     */
    double[][] rankSpace(int dIn, double sigmaW, double sigmaB) {
        int p = points.length;
        int cols = sigmaB > 0 ? dIn + 1 : dIn;
        double root = Math.sqrt(sigmaW * sigmaW / dIn);
        double[][] v = new double[p][cols];
        for (int i = 0; i < p; i++) {
            if (points[i].length != dIn) {
                throw new IllegalArgumentException("points must have dimension " + dIn + ", got " + points[i].length);
            }
            for (int c = 0; c < dIn; c++) {
                v[i][c] = root * points[i][c];
            }
            if (sigmaB > 0) {
                v[i][dIn] = sigmaB;
            }
        }
        org.hipparchus.linear.RealMatrix matrix = org.hipparchus.linear.MatrixUtils.createRealMatrix(v);
        org.hipparchus.linear.SingularValueDecomposition svd =
                new org.hipparchus.linear.SingularValueDecomposition(matrix);
        double[] sv = svd.getSingularValues();
        int r = 0;
        while (r < sv.length && sv[r] > 1e-12 * sv[0]) {
            r++;
        }
        if (r == 0) {
            return new double[p][0];
        }
        return matrix.multiply(svd.getV().getSubMatrix(0, cols - 1, 0, r - 1)).getData();
    }
}

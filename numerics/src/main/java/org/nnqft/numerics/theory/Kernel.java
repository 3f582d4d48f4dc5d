package org.nnqft.numerics.theory;

/** A covariance function on input points: here the infinite-width 2-point function K(x, y). */
public interface Kernel {
    /** K(x, y); symmetric in its arguments. */
    double k(double[] x, double[] y);

    /** The Gram matrix K(points[i], points[j]), filled symmetrically so it is exactly symmetric. */
    default double[][] matrix(double[][] points) {
        int k = points.length;
        double[][] m = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                m[i][j] = k(points[i], points[j]);
                m[j][i] = m[i][j];
            }
        }
        return m;
    }
}

package org.nnqft.numerics.analysis;

import java.util.function.Function;

/**
 * The plain estimator's exact standard error (docs/theory.md section 6): one network's product
 * P = f(x_1)...f(x_n) has variance G^(2n)(x_1, ..., x_n, x_1, ..., x_n) - G^(n)^2, so the mean of P
 * over M networks has error sqrt(that / M). One formula for the green table (Analysis) and the
 * verification harness (ExactErrors), which differ only in how they obtain expectations.
 */
public final class ProductError {
    private ProductError() {
    }

    /**
     * sqrt(Var[P] / networks) from {@code expectation} (which may return null where the theory does
     * not reach order 2n: then null) and the product's exact mean.
     */
    public static Double ofMean(Function<double[][], Double> expectation, double[][] points, double mean, long networks) {
        Double second = expectation.apply(twice(points));
        return second == null ? null : Math.sqrt(Math.max(0, second - mean * mean) / networks);
    }

    /** The points of a and then those of b: the 2n-point multiset behind a covariance. */
    public static double[][] union(double[][] a, double[][] b) {
        double[][] u = new double[a.length + b.length][];
        System.arraycopy(a, 0, u, 0, a.length);
        System.arraycopy(b, 0, u, a.length, b.length);
        return u;
    }

    private static double[][] twice(double[][] points) {
        return union(points, points);
    }
}

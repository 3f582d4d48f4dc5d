package org.nnqft.numerics.math.linear;

/** The dot product of vectors held as double arrays, shared by the kernels and the cone quadrature. */
public final class Dot {
    private Dot() {
    }

    /**
     * The Euclidean dot product, summed from the first coordinate on.
     *
     * @throws IllegalArgumentException if the vectors differ in dimension
     */
    public static double product(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("points of different dimension: " + x.length + " and " + y.length);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }
}

package org.nnqft.numerics.theory;

/** A covariance function on input points: here the infinite-width 2-point function K(x, y). */
public interface Kernel {
    /** K(x, y); symmetric in its arguments. */
    double k(double[] x, double[] y);

    /**
     * K_W(x, y) = K(x, y) - sigmaB^2, the part carried by the hidden units (sigmaW^2 E[h(x) h(y)]),
     * which ELS integrate in the effective coupling (docs/theory.md section 5). Computed without the
     * output bias rather than by subtraction, so a large sigmaB costs no digits.
     */
    double weighted(double[] x, double[] y);

    /**
     * K_W(r v, x_i) for every input x_i as r runs along the ray through v: what quadrature over
     * rays evaluates. This default calls {@link #weighted}; a kernel that depends on x only through
     * |x|^2 and x . x_i overrides it to compute what does not change with r once per ray.
     */
    default Ray along(double[] v, double[][] inputs) {
        double[] x = new double[v.length];
        return (r, out) -> {
            for (int c = 0; c < v.length; c++) {
                x[c] = r * v[c];
            }
            for (int i = 0; i < inputs.length; i++) {
                out[i] = weighted(x, inputs[i]);
            }
        };
    }

    /** The kernel along one ray; not thread safe (it may reuse a buffer). */
    interface Ray {
        /** out[i] = K_W(r v, x_i). */
        void weighted(double r, double[] out);
    }

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

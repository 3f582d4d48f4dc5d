package org.nnqft.numerics.theory;

/**
 * The integral over R^d of a product of Gauss-net kernels K_W(x, x_i) = sigmaW^2 exp(-s |x - x_i|^2 / 2),
 * in closed form. The exponents add up to -(n s / 2) |x - S/n|^2 - (s / 2) (Q - |S|^2 / n), so
 * the integral is a Gaussian one:
 *
 * <pre>  sigmaW^(2n) (2 pi / (n s))^(d/2) exp(-(s/2) (Q - |S|^2 / n))</pre>
 *
 * which at n = 4 is docs/theory.md section 5's I_4. Q - |S|^2 / n is summed as the spread of the points
 * about their mean, which cannot cancel to a negative number.
 */
final class GaussOverlap {
    private GaussOverlap() {
    }

    /** @param points n >= 1 points of one dimension d; s = sigmaW^2 / d */
    static double of(double sigmaW, double[][] points) {
        int n = points.length;
        int d = points[0].length;
        double s = sigmaW * sigmaW / d;
        double spread = 0;
        for (int c = 0; c < d; c++) {
            double mean = 0;
            for (double[] x : points) {
                mean += x[c];
            }
            mean /= n;
            for (double[] x : points) {
                spread += (x[c] - mean) * (x[c] - mean);
            }
        }
        return Math.pow(sigmaW, 2 * n) * Math.pow(2 * Math.PI / (n * s), d / 2.0) * Math.exp(-s / 2 * spread);
    }
}

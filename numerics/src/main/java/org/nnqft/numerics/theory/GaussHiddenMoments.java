package org.nnqft.numerics.theory;

/**
 * Closed-form hidden moments of the Gauss-net (docs/theory.md section 4):
 * H_m = exp(sigmaB^2 m (m - 2) / 2 + s (|S|^2 / 2 - Q)), S the sum of the points, Q the sum of
 * their squared norms. It follows from E[exp(Z)] = exp(Var Z / 2) for the Gaussian Z = sum_i z_i,
 * with the normalisation exp(sigmaB^2 + s |x|^2) of each factor.
 */
public record GaussHiddenMoments(int dIn, double sigmaW, double sigmaB) implements HiddenMoments {
    /** @throws IllegalArgumentException if dIn < 1, sigmaW <= 0 or sigmaB < 0 */
    public GaussHiddenMoments {
        HiddenMoments.requireParameters(dIn, sigmaW, sigmaB);
    }

    @Override
    public double h(double[][] points) {
        int m = points.length;
        double s = sigmaW * sigmaW / dIn;
        double[] sum = new double[dIn];
        double q = 0;
        for (double[] x : points) {
            if (x.length != dIn) {
                throw new IllegalArgumentException("points must have dimension " + dIn + ", got " + x.length);
            }
            for (int c = 0; c < dIn; c++) {
                sum[c] += x[c];
                q += x[c] * x[c];
            }
        }
        double s2 = 0;
        for (double v : sum) {
            s2 += v * v;
        }
        return Math.exp(sigmaB * sigmaB * m * (m - 2) / 2.0 + s * (s2 / 2 - q));
    }
}

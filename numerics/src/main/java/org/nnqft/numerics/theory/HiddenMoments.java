package org.nnqft.numerics.theory;

/**
 * Joint moments of one hidden unit, H_m(x_1..x_m) = E[h(x_1) ... h(x_m)] over its input weights
 * and bias (docs/theory.md section 4). All finite-width corrections are built from these.
 */
public interface HiddenMoments {
    /** H_m at the given points, m = points.length (H_0 = 1); symmetric in the points. */
    double h(double[][] points);

    /** @throws IllegalArgumentException if dIn < 1, sigmaW <= 0 or sigmaB < 0 */
    static void requireParameters(int dIn, double sigmaW, double sigmaB) {
        if (dIn < 1 || !(sigmaW > 0) || !(sigmaB >= 0)) {
            throw new IllegalArgumentException("need dIn >= 1, sigmaW > 0, sigmaB >= 0; got dIn=" + dIn
                    + " sigmaW=" + sigmaW + " sigmaB=" + sigmaB);
        }
    }
}

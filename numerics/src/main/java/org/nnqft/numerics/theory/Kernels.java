package org.nnqft.numerics.theory;

import org.nnqft.numerics.math.linear.Dot;
import org.nnqft.numerics.spec.Architecture;

/** The infinite-width Gaussian-process kernels of docs/theory.md section 1. */
public final class Kernels {
    private Kernels() {
    }

    /**
     * The kernel K(x, y) = lim_{N->inf} E[f(x) f(y)] for one hidden layer with zero weight and bias
     * means, output bias included.
     *
     * @throws IllegalArgumentException if dIn < 1, sigmaW <= 0 or sigmaB < 0
     */
    public static Kernel of(Architecture arch, int dIn, double sigmaW, double sigmaB) {
        HiddenMoments.requireParameters(dIn, sigmaW, sigmaB);
        return switch (arch) {
            case GAUSS -> new GaussKernel(dIn, sigmaW, sigmaB);
            case ERF -> new ErfKernel(dIn, sigmaW, sigmaB);
            case RELU -> new ReluKernel(dIn, sigmaW, sigmaB);
        };
    }

    /** Pre-activation covariance k(x, y) = sigmaB^2 + s x.y of z = W0.x + b0, with s = sigmaW^2 / dIn. */
    static double preActivation(double[] x, double[] y, double s, double sigmaB) {
        return sigmaB * sigmaB + s * Dot.product(x, y);
    }
}

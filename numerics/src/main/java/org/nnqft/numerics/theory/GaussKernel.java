package org.nnqft.numerics.theory;

/**
 * Gauss-net kernel sigmaB^2 + sigmaW^2 exp(-s |x - y|^2 / 2). The activation's normalisation
 * exp(sigmaB^2 + s |x|^2) is what makes it translation invariant.
 */
record GaussKernel(int dIn, double sigmaW, double sigmaB) implements Kernel {
    @Override
    public double k(double[] x, double[] y) {
        return sigmaB * sigmaB + weighted(x, y);
    }

    @Override
    public double weighted(double[] x, double[] y) {
        if (x.length != dIn || y.length != dIn) {
            throw new IllegalArgumentException("points must have dimension " + dIn);
        }
        double s = sigmaW * sigmaW / dIn;
        double d2 = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            d2 += d * d;
        }
        return sigmaW * sigmaW * Math.exp(-0.5 * s * d2);
    }
}

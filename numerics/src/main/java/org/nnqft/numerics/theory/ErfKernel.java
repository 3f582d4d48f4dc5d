package org.nnqft.numerics.theory;

/** Erf-net kernel: the arcsine formula for E[erf(u) erf(v)] of jointly Gaussian centred u, v. */
record ErfKernel(int dIn, double sigmaW, double sigmaB) implements Kernel {
    @Override
    public double k(double[] x, double[] y) {
        double s = sigmaW * sigmaW / dIn;
        double kxy = Kernels.preActivation(x, y, s, sigmaB);
        double kxx = Kernels.preActivation(x, x, s, sigmaB);
        double kyy = Kernels.preActivation(y, y, s, sigmaB);
        // Cauchy-Schwarz keeps the ratio inside [-1, 1] mathematically; rounding may not.
        double ratio = Math.clamp(2 * kxy / Math.sqrt((1 + 2 * kxx) * (1 + 2 * kyy)), -1.0, 1.0);
        return sigmaB * sigmaB + 2 * sigmaW * sigmaW / Math.PI * Math.asin(ratio);
    }
}

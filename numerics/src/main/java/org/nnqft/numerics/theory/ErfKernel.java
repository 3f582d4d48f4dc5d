package org.nnqft.numerics.theory;

import org.nnqft.numerics.math.linear.Dot;

/** Erf-net kernel: the arcsine formula for E[erf(u) erf(v)] of jointly Gaussian centred u, v. */
record ErfKernel(int dIn, double sigmaW, double sigmaB) implements Kernel {
    @Override
    public double k(double[] x, double[] y) {
        return sigmaB * sigmaB + weighted(x, y);
    }

    @Override
    public double weighted(double[] x, double[] y) {
        double s = sigmaW * sigmaW / dIn;
        double kxy = Kernels.preActivation(x, y, s, sigmaB);
        double kxx = Kernels.preActivation(x, x, s, sigmaB);
        double kyy = Kernels.preActivation(y, y, s, sigmaB);
        // Cauchy-Schwarz keeps the ratio inside [-1, 1] mathematically; rounding may not.
        double ratio = Math.clamp(2 * kxy / Math.sqrt((1 + 2 * kxx) * (1 + 2 * kyy)), -1.0, 1.0);
        return 2 * sigmaW * sigmaW / Math.PI * Math.asin(ratio);
    }

    /** k(x, x) = sigmaB^2 + s r^2 |v|^2 and k(x, x_i) = sigmaB^2 + s r v . x_i along the ray. */
    @Override
    public Ray along(double[] v, double[][] inputs) {
        double s = sigmaW * sigmaW / dIn;
        double b2 = sigmaB * sigmaB;
        double vv = s * Dot.product(v, v);
        double[] vx = new double[inputs.length];
        double[] scale = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            vx[i] = s * Dot.product(v, inputs[i]);
            scale[i] = 2 / Math.sqrt(1 + 2 * Kernels.preActivation(inputs[i], inputs[i], s, sigmaB));
        }
        double factor = 2 * sigmaW * sigmaW / Math.PI;
        return (r, out) -> {
            double q = 1 / Math.sqrt(1 + 2 * (b2 + vv * r * r));
            for (int i = 0; i < out.length; i++) {
                out[i] = factor * Math.asin(Math.clamp((b2 + vx[i] * r) * q * scale[i], -1.0, 1.0));
            }
        };
    }
}

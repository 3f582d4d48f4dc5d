package org.nnqft.numerics.theory;

import org.nnqft.numerics.math.linear.Dot;

/** ReLU-net kernel: the first-order arc-cosine kernel of Cho and Saul, scaled by sigmaW^2. */
record ReluKernel(int dIn, double sigmaW, double sigmaB) implements Kernel {
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
        double norm = Math.sqrt(kxx * kyy);
        if (norm == 0) {
            // A pre-activation identically zero: relu(0) = 0, so the hidden units carry nothing.
            return 0;
        }
        // At x = y rounding can push cos t just past 1, where acos is NaN.
        double cos = Math.clamp(kxy / norm, -1.0, 1.0);
        double t = Math.acos(cos);
        return sigmaW * sigmaW / (2 * Math.PI) * norm * (Math.sin(t) + (Math.PI - t) * cos);
    }

    /**
     * k(x, x) = sigmaB^2 + s r^2 |v|^2 and k(x, x_i) = sigmaB^2 + s r v . x_i along the ray, and
     * sin t = sqrt((1 - cos t) (1 + cos t)), which keeps its digits where cos t is near +-1.
     */
    @Override
    public Ray along(double[] v, double[][] inputs) {
        double s = sigmaW * sigmaW / dIn;
        double b2 = sigmaB * sigmaB;
        double vv = s * Dot.product(v, v);
        double[] vx = new double[inputs.length];
        double[] kii = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            vx[i] = s * Dot.product(v, inputs[i]);
            kii[i] = Kernels.preActivation(inputs[i], inputs[i], s, sigmaB);
        }
        double factor = sigmaW * sigmaW / (2 * Math.PI);
        return (r, out) -> {
            double kxx = b2 + vv * r * r;
            for (int i = 0; i < out.length; i++) {
                double norm = Math.sqrt(kxx * kii[i]);
                if (norm == 0) {
                    out[i] = 0;
                    continue;
                }
                double cos = Math.clamp((b2 + vx[i] * r) / norm, -1.0, 1.0);
                double sin = Math.sqrt((1 - cos) * (1 + cos));
                out[i] = factor * norm * (sin + (Math.PI - Math.acos(cos)) * cos);
            }
        };
    }
}

package org.nnqft.numerics.theory;

/** ReLU-net kernel: the first-order arc-cosine kernel of Cho and Saul, scaled by sigmaW^2. */
record ReluKernel(int dIn, double sigmaW, double sigmaB) implements Kernel {
    @Override
    public double k(double[] x, double[] y) {
        double s = sigmaW * sigmaW / dIn;
        double kxy = Kernels.preActivation(x, y, s, sigmaB);
        double kxx = Kernels.preActivation(x, x, s, sigmaB);
        double kyy = Kernels.preActivation(y, y, s, sigmaB);
        double norm = Math.sqrt(kxx * kyy);
        if (norm == 0) {
            // A pre-activation identically zero: relu(0) = 0, so only the output bias remains.
            return sigmaB * sigmaB;
        }
        // At x = y rounding can push cos t just past 1, where acos is NaN.
        double cos = Math.clamp(kxy / norm, -1.0, 1.0);
        double t = Math.acos(cos);
        return sigmaB * sigmaB + sigmaW * sigmaW / (2 * Math.PI) * norm * (Math.sin(t) + (Math.PI - t) * cos);
    }
}

package org.nnqft.numerics.backend;

import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;

/**
 * What a backend needs of a spec, with the constants derived once: the network distribution, the
 * inputs, the estimator and the moment layout (which knows the orders asked for).
 */
public record Ensemble(
        Architecture arch,
        int dIn,
        double sigmaW,
        double sigmaB,
        double muW,
        double muB,
        double[][] inputs,
        long seed,
        Estimator estimator,
        Precision precision,
        Rng rng,
        MomentLayout layout) {

    public static Ensemble of(ExperimentSpec spec) {
        return new Ensemble(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), spec.muW(),
                spec.muB(), spec.inputs(), spec.seed(), spec.estimator(), spec.precision(), spec.rng(),
                new MomentLayout(spec.k(), spec.orders()));
    }

    public int k() {
        return inputs.length;
    }

    /** sigma_W / sqrt(d_in): W0 = mu_W + w0Scale z. */
    public double w0Scale() {
        return sigmaW / Math.sqrt(dIn);
    }

    /** Whether f has a non-zero mean given the hidden layer. */
    public boolean hasMeans() {
        return muW != 0 || muB != 0;
    }

    /**
     * Per-input shift of the Gauss-net's exponent, sigma_b^2 + s |x|^2 with s = sigma_W^2 / d_in:
     * dividing by exp(shift) makes its 2-point function exactly the GP kernel (docs/theory.md 1).
     */
    public double[] gaussShift() {
        double s = sigmaW * sigmaW / dIn;
        double[] shift = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            double norm2 = 0;
            for (double c : inputs[i]) {
                norm2 += c * c;
            }
            shift[i] = sigmaB * sigmaB + s * norm2;
        }
        return shift;
    }
}

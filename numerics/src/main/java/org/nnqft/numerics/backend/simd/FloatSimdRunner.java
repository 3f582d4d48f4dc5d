package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.spec.Estimator;

/**
 * {@link SimdRunner} in float: twice the lanes per vector for the forward pass, the same networks
 * rounded to float. Outputs (or the hidden layer's Gram matrix) are widened to double before the
 * moments, which are always double.
 */
final class FloatSimdRunner implements BlockRunner {
    private static final VectorSpecies<Float> F = FloatLaneGaussians.F;
    private static final int LANES = F.length();
    /** Hidden units drawn per call, as in {@link SimdRunner}. */
    private static final int BATCH = 8;

    private final Ensemble e;
    private final int k;
    private final int dIn;
    private final float[][] x;
    private final float[] shift;
    private final boolean plain;
    private final FloatLaneGaussians gaussians = new FloatLaneGaussians();
    private final LaneMoments moments;

    private final int stride;
    private final int[] indices;
    private final float[] variates;
    private final float[] h;
    private final float[] erfScratch;
    private final float[] f;
    private final float[] gram;
    private final float[] hsum;
    private final double[] wide;
    private final double[] wideMean;
    private final float w0Scale;

    FloatSimdRunner(Ensemble ensemble) {
        this.e = ensemble;
        this.k = ensemble.k();
        this.dIn = ensemble.dIn();
        double[][] in = ensemble.inputs();
        this.x = new float[k][dIn];
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < dIn; c++) {
                x[i][c] = (float) in[i][c];
            }
        }
        double[] s = ensemble.gaussShift();
        this.shift = new float[k];
        for (int i = 0; i < k; i++) {
            shift[i] = (float) s[i];
        }
        this.plain = ensemble.estimator() == Estimator.PLAIN;
        this.moments = plain ? new LaneProducts(ensemble.layout(), LANES) : new LaneWick(ensemble.layout(), LANES, ensemble.hasMeans());
        this.stride = (dIn + 2) & ~1;
        this.indices = new int[UnitDraws.capacity(BATCH, stride)];
        this.variates = new float[indices.length * 2 * LANES];
        this.h = new float[k * LANES];
        this.erfScratch = new float[2 * k * LANES];
        this.f = new float[k * LANES];
        this.gram = new float[k * k * LANES];
        this.hsum = new float[k * LANES];
        this.wide = new double[k * k * LANES];
        this.wideMean = new double[k * LANES];
        this.w0Scale = (float) ensemble.w0Scale();
    }

    @Override
    public void run(Block block, MomentSums into) {
        CounterStream stream = CounterStream.of(e.seed(), block.width(), block.bag());
        ParameterLayout params = new ParameterLayout(dIn, block.width());
        for (int g = 0; g < block.count(); g += LANES) {
            int valid = Math.min(LANES, block.count() - g);
            gaussians.start(stream, block.firstNetwork() + g);
            if (plain) {
                outputs(params);
                for (int i = 0; i < k * LANES; i++) {
                    wide[i] = f[i];
                }
                moments.add(wide, null, valid);
            } else {
                conditional(params);
                moments.add(wide, e.hasMeans() ? wideMean : null, valid);
            }
        }
        moments.drainInto(into, block.count());
    }

    private void outputs(ParameterLayout params) {
        int width = params.width();
        int base = params.outputBase();
        float w1Scale = (float) (e.sigmaW() / Math.sqrt(width));
        gaussians.pair((base + width) & ~1, variates, 0);
        FloatVector b1 = FloatVector.fromArray(F, variates, (width & 1) == 0 ? 0 : LANES)
                .mul((float) e.sigmaB()).add((float) e.muB());
        for (int i = 0; i < k; i++) {
            b1.intoArray(f, i * LANES);
        }
        for (int j = 0; j < width; j += BATCH) {
            int units = Math.min(BATCH, width - j);
            int w1At = draw(params, j, units, true);
            for (int u = 0; u < units; u++) {
                hidden(u * stride * LANES);
                accumulate(w1At + u * LANES, w1Scale);
            }
        }
    }

    /** As {@link SimdRunner}'s: units j .. j + units - 1, then their output weights if asked. */
    private int draw(ParameterLayout params, int j, int units, boolean outputWeights) {
        int n = UnitDraws.plan(params, j, units, outputWeights, indices);
        gaussians.pairs(indices, n, variates, 0);
        return units * stride * LANES;
    }

    private void accumulate(int w1Off, float scale) {
        FloatVector w1 = FloatVector.fromArray(F, variates, w1Off).mul(scale).add((float) e.muW());
        for (int i = 0; i < k; i++) {
            FloatVector.fromArray(F, h, i * LANES).fma(w1, FloatVector.fromArray(F, f, i * LANES)).intoArray(f, i * LANES);
        }
    }

    /** The Gram matrix in float, then C = sigma_b^2 + (sigma_W^2 / N) Gram and the mean in double. */
    private void conditional(ParameterLayout params) {
        java.util.Arrays.fill(gram, 0);
        java.util.Arrays.fill(hsum, 0);
        int width = params.width();
        for (int j0 = 0; j0 < width; j0 += BATCH) {
          int units = Math.min(BATCH, width - j0);
          draw(params, j0, units, false);
          for (int u = 0; u < units; u++) {
            hidden(u * stride * LANES);
            for (int a = 0; a < k; a++) {
                FloatVector ha = FloatVector.fromArray(F, h, a * LANES);
                ha.add(FloatVector.fromArray(F, hsum, a * LANES)).intoArray(hsum, a * LANES);
                for (int b = a; b < k; b++) {
                    int o = (a * k + b) * LANES;
                    ha.fma(FloatVector.fromArray(F, h, b * LANES), FloatVector.fromArray(F, gram, o)).intoArray(gram, o);
                }
            }
          }
        }
        double w1Var = e.sigmaW() * e.sigmaW() / width;
        double b1Var = e.sigmaB() * e.sigmaB();
        for (int a = 0; a < k; a++) {
            for (int l = 0; l < LANES; l++) {
                wideMean[a * LANES + l] = e.muB() + e.muW() * hsum[a * LANES + l];
            }
            for (int b = a; b < k; b++) {
                for (int l = 0; l < LANES; l++) {
                    double c = b1Var + w1Var * gram[(a * k + b) * LANES + l];
                    wide[(a * k + b) * LANES + l] = c;
                    wide[(b * k + a) * LANES + l] = c;
                }
            }
        }
    }

    /** h(x_i) of every lane into {@link #h}, for the unit whose variates start at {@code at}. */
    private void hidden(int at) {
        float muW = (float) e.muW();
        FloatVector b0 = FloatVector.fromArray(F, variates, at + dIn * LANES).mul((float) e.sigmaB()).add((float) e.muB());
        for (int i = 0; i < k; i++) {
            FloatVector z = b0;
            for (int c = 0; c < dIn; c++) {
                FloatVector w = FloatVector.fromArray(F, variates, at + c * LANES).mul(w0Scale).add(muW);
                z = z.add(w.mul(x[i][c]));
            }
            z.intoArray(h, i * LANES);
        }
        activate();
    }

    /**
     * h = g(z) in place over {@link #h}, one architecture per loop. A kernel boundary: it takes
     * and returns arrays, so it may stay a call without boxing vectors.
     */
    private void activate() {
        switch (e.arch()) {
            case GAUSS -> {
                for (int i = 0; i < k; i++) {
                    FloatVector.fromArray(F, h, i * LANES).sub(shift[i]).intoArray(h, i * LANES);
                }
                VectorExp.exp(h, 0, h, 0, k * LANES);
            }
            // the array form: erf is too large to be sure C2 inlines it here, and a call that
            // passes vectors boxes them; the scratch keeps it from allocating
            case ERF -> VectorMathFloat.erf(h, 0, h, 0, k * LANES, erfScratch);
            case RELU -> {
                for (int i = 0; i < k; i++) {
                    FloatVector.fromArray(F, h, i * LANES).max(0.0f).intoArray(h, i * LANES);
                }
            }
        }
    }
}

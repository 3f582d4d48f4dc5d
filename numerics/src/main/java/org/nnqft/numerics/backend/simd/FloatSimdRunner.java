package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
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

    private final Ensemble e;
    private final int k;
    private final int dIn;
    private final float[][] x;
    private final float[] shift;
    private final boolean plain;
    private final FloatLaneGaussians gaussians = new FloatLaneGaussians();
    private final LaneMoments moments;
    private final float[] unit;
    private final float[] pair = new float[2 * LANES];
    private final float[] h;
    private final float[] f;
    private final float[] gram;
    private final float[] hsum;
    private final double[] wide;
    private final double[] wideMean;

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
        this.unit = new float[((dIn + 2) & ~1) * LANES];
        this.h = new float[k * LANES];
        this.f = new float[k * LANES];
        this.gram = new float[k * k * LANES];
        this.hsum = new float[k * LANES];
        this.wide = new double[k * k * LANES];
        this.wideMean = new double[k * LANES];
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
        float muW = (float) e.muW();
        gaussians.pair((base + width) & ~1, pair, 0);
        FloatVector b1 = FloatVector.fromArray(F, pair, (width & 1) == 0 ? 0 : LANES)
                .mul((float) e.sigmaB()).add((float) e.muB());
        for (int i = 0; i < k; i++) {
            b1.intoArray(f, i * LANES);
        }
        for (int j = 0; j < width; j += 2) {
            gaussians.pair(base + j, pair, 0);
            hidden(params, j);
            accumulate(pair, 0, w1Scale);
            if (j + 1 < width) {
                hidden(params, j + 1);
                accumulate(pair, LANES, w1Scale);
            }
        }
    }

    /** f += w1 h, with w1 = muW + scale x (the standard normals at {@code w1Off} of {@code z}). */
    private void accumulate(float[] z, int w1Off, float scale) {
        FloatVector w1 = FloatVector.fromArray(F, z, w1Off).mul(scale).add((float) e.muW());
        for (int i = 0; i < k; i++) {
            FloatVector.fromArray(F, h, i * LANES).fma(w1, FloatVector.fromArray(F, f, i * LANES)).intoArray(f, i * LANES);
        }
    }

    /** The Gram matrix in float, then C = sigma_b^2 + (sigma_W^2 / N) Gram and the mean in double. */
    private void conditional(ParameterLayout params) {
        java.util.Arrays.fill(gram, 0);
        java.util.Arrays.fill(hsum, 0);
        int width = params.width();
        for (int j = 0; j < width; j++) {
            hidden(params, j);
            for (int a = 0; a < k; a++) {
                FloatVector ha = FloatVector.fromArray(F, h, a * LANES);
                ha.add(FloatVector.fromArray(F, hsum, a * LANES)).intoArray(hsum, a * LANES);
                for (int b = a; b < k; b++) {
                    int o = (a * k + b) * LANES;
                    ha.fma(FloatVector.fromArray(F, h, b * LANES), FloatVector.fromArray(F, gram, o)).intoArray(gram, o);
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

    private void hidden(ParameterLayout params, int j) {
        int stride = params.unitStride();
        for (int p = 0; p < stride; p += 2) {
            gaussians.pair(params.w0(j, p), unit, p * LANES);
        }
        float w0Scale = (float) (e.sigmaW() / Math.sqrt(dIn));
        float muW = (float) e.muW();
        FloatVector b0 = FloatVector.fromArray(F, unit, dIn * LANES).mul((float) e.sigmaB()).add((float) e.muB());
        for (int i = 0; i < k; i++) {
            FloatVector z = b0;
            for (int c = 0; c < dIn; c++) {
                FloatVector w = FloatVector.fromArray(F, unit, c * LANES).mul(w0Scale).add(muW);
                z = z.add(w.mul(x[i][c]));
            }
            z.intoArray(h, i * LANES);
        }
        activate();
    }

    /**
     * h = g(z) in place over {@link #h}, one architecture per loop. A kernel boundary: it takes
     * and returns arrays, so it may stay a call without boxing vectors (see {@link JitFlags}).
     */
    private void activate() {
        switch (e.arch()) {
            case GAUSS -> {
                for (int i = 0; i < k; i++) {
                    FloatVector.fromArray(F, h, i * LANES).sub(shift[i]).lanewise(VectorOperators.EXP).intoArray(h, i * LANES);
                }
            }
            case ERF -> {
                for (int i = 0; i < k; i++) {
                    VectorMathFloat.erf(FloatVector.fromArray(F, h, i * LANES)).intoArray(h, i * LANES);
                }
            }
            case RELU -> {
                for (int i = 0; i < k; i++) {
                    FloatVector.fromArray(F, h, i * LANES).max(0.0f).intoArray(h, i * LANES);
                }
            }
        }
    }
}

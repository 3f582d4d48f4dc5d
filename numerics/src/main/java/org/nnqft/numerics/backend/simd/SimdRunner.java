package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.spec.Estimator;

/**
 * The double-precision SIMD forward pass: one network per lane, so the loop over hidden units
 * needs no horizontal reductions and works for every width. A block whose size is not a multiple
 * of the lane count ends with a group whose surplus lanes compute networks beyond the block; their
 * outputs are zeroed before accumulation, so they add nothing.
 *
 * <p>Per-lane state lives in small double[] scratch arrays (lanes contiguous) rather than in
 * vector-typed arrays, which C2 cannot keep out of the heap.
 */
final class SimdRunner implements BlockRunner {
    private static final VectorSpecies<Double> D = LaneGaussians.D;
    private static final int LANES = D.length();
    /** Hidden units drawn per call: enough independent variates for the core to overlap. */
    private static final int BATCH = 8;

    private final Ensemble e;
    private final int k;
    private final int dIn;
    private final double[][] x;
    private final double[] shift;
    private final boolean plain;
    private final LaneGaussians gaussians = new LaneGaussians();
    private final LaneMoments moments;

    private final int stride;
    private final int[] indices;
    private final double[] variates;
    private final double[] h;
    private final double[] erfScratch;
    private final double[] f;
    private final double[] gram;
    private final double[] hsum;
    private final double w0Scale;

    SimdRunner(Ensemble ensemble) {
        this.e = ensemble;
        this.k = ensemble.k();
        this.dIn = ensemble.dIn();
        this.x = ensemble.inputs();
        this.shift = ensemble.gaussShift();
        this.plain = ensemble.estimator() == Estimator.PLAIN;
        this.moments = plain ? new LaneProducts(ensemble.layout(), LANES) : new LaneWick(ensemble.layout(), LANES, ensemble.hasMeans());
        this.stride = (dIn + 2) & ~1;
        this.indices = new int[UnitDraws.capacity(BATCH, stride)];
        this.variates = new double[indices.length * 2 * LANES];
        this.h = new double[k * LANES];
        this.erfScratch = new double[2 * k * LANES];
        this.f = new double[k * LANES];
        this.gram = new double[k * k * LANES];
        this.hsum = new double[k * LANES];
        this.w0Scale = ensemble.w0Scale();
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
                moments.add(f, null, valid);
            } else {
                conditional(params);
                moments.add(gram, e.hasMeans() ? hsum : null, valid);
            }
        }
        moments.drainInto(into, block.count());
    }

    /** f(x_i) of every lane's network into {@link #f}: the scalar backend's sum, in its order. */
    private void outputs(ParameterLayout params) {
        int width = params.width();
        int base = params.outputBase();
        double w1Scale = e.sigmaW() / Math.sqrt(width);
        // b1 first, as the scalar backend starts from it: it sits in the pair at (base + N) & ~1
        gaussians.pair((base + width) & ~1, variates, 0);
        DoubleVector b1 = DoubleVector.fromArray(D, variates, (width & 1) == 0 ? 0 : LANES).mul(e.sigmaB()).add(e.muB());
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

    /**
     * Draws units j .. j + units - 1 (and their output weights if asked) into {@link #variates}:
     * unit u's variate c at (u stride + c) lanes; the output weights follow, unit u's at the
     * returned offset + u lanes.
     */
    private int draw(ParameterLayout params, int j, int units, boolean outputWeights) {
        int n = UnitDraws.plan(params, j, units, outputWeights, indices);
        gaussians.pairs(indices, n, variates, 0);
        return units * stride * LANES;
    }

    /** f += w1 h, with w1 = muW + scale x the standard normals at {@code w1Off} of the variates. */
    private void accumulate(int w1Off, double scale) {
        DoubleVector w1 = DoubleVector.fromArray(D, variates, w1Off).mul(scale).add(e.muW());
        for (int i = 0; i < k; i++) {
            DoubleVector.fromArray(D, h, i * LANES).fma(w1, DoubleVector.fromArray(D, f, i * LANES)).intoArray(f, i * LANES);
        }
    }

    /** Gram matrix and sums of the hidden layer; W1 and b1 are never drawn. */
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
                DoubleVector ha = DoubleVector.fromArray(D, h, a * LANES);
                ha.add(DoubleVector.fromArray(D, hsum, a * LANES)).intoArray(hsum, a * LANES);
                for (int b = a; b < k; b++) {
                    int o = (a * k + b) * LANES;
                    ha.fma(DoubleVector.fromArray(D, h, b * LANES), DoubleVector.fromArray(D, gram, o)).intoArray(gram, o);
                }
            }
          }
        }
        double w1Var = e.sigmaW() * e.sigmaW() / width;
        double b1Var = e.sigmaB() * e.sigmaB();
        for (int a = 0; a < k; a++) {
            DoubleVector.fromArray(D, hsum, a * LANES).mul(e.muW()).add(e.muB()).intoArray(hsum, a * LANES);
            for (int b = a; b < k; b++) {
                int o = (a * k + b) * LANES;
                DoubleVector c = DoubleVector.fromArray(D, gram, o).mul(w1Var).add(b1Var);
                c.intoArray(gram, o);
                c.intoArray(gram, (b * k + a) * LANES);
            }
        }
    }

    /** h(x_i) of every lane into {@link #h}, for the unit whose variates start at {@code at}. */
    private void hidden(int at) {
        DoubleVector b0 = DoubleVector.fromArray(D, variates, at + dIn * LANES).mul(e.sigmaB()).add(e.muB());
        for (int i = 0; i < k; i++) {
            DoubleVector z = b0;
            for (int c = 0; c < dIn; c++) {
                DoubleVector w = DoubleVector.fromArray(D, variates, at + c * LANES).mul(w0Scale).add(e.muW());
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
                    DoubleVector.fromArray(D, h, i * LANES).sub(shift[i]).intoArray(h, i * LANES);
                }
                VectorExp.exp(h, 0, h, 0, k * LANES);
            }
            // the array form: erf is too large to be sure C2 inlines it here, and a call that
            // passes vectors boxes them; the scratch keeps it from allocating
            case ERF -> VectorMath.erf(h, 0, h, 0, k * LANES, erfScratch);
            case RELU -> {
                for (int i = 0; i < k; i++) {
                    DoubleVector.fromArray(D, h, i * LANES).max(0.0).intoArray(h, i * LANES);
                }
            }
        }
    }
}

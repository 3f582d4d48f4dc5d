package org.nnqft.nd4j;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.same.Sum;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sin;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.moments.ProductEstimates;
import org.nnqft.numerics.moments.WickEstimates;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.random.Uniform;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;

/**
 * One worker's ND4J forward pass. A block is computed in chunks of networks (the whole block
 * unless the width is large), each chunk as a handful of ND4J operations on preallocated arrays:
 *
 * <ol>
 *   <li>parameters: {@code --rng suite} writes the uniforms of the suite's counter-based stream
 *       into a native array and turns them into Gaussians with ND4J's log, sqrt, cos and sin
 *       (Box-Muller, as {@link org.nnqft.numerics.random.BoxMuller} does, pair for pair); {@code
 *       --rng native} fills the same arrays with Nd4j's Gaussian generator, seeded per chunk;
 *   <li>hidden layer: one {@link Nd4j#gemm} of the chunk's (networks x N) x stride variates
 *       (W0, b0, padding) with a stride x k matrix holding sigma_W / sqrt(d_in) x and sigma_b,
 *       plus a row of constants (means, the Gauss-net's normalisation), then exp, erf or relu in
 *       place;
 *   <li>plain estimator: f = W1 H + b1, a batched matmul ([B, 1, N] x [B, N, k]) into a
 *       preallocated [B, k]; conditional: the Gram matrices H^T H, a batched matmul into [B, k, k].
 * </ol>
 *
 * <p>The per-network moment products (or Wick sums) are formed in Java with the suite's own
 * {@link ProductEstimates} and {@link WickEstimates}, network after network: the same order for any
 * thread count. Batched matmul is used rather than one Nd4j.gemm per network because a gemm call
 * on views costs tens of microseconds here, more than the arithmetic at N <= 1000.
 */
final class Nd4jRunner implements BlockRunner {
    /** Elements per chunk array at most (networks x N x max(stride, k)): 16 MiB of doubles. */
    private static final long CHUNK_ELEMENTS = 1L << 21;
    private static final double TWO_PI = 2 * Math.PI;

    private final Ensemble e;
    private final int k;
    private final int dIn;
    private final int stride;
    private final boolean plain;
    private final boolean suite;
    private final DataType type;
    private final INDArray inputs;
    private final INDArray constants;
    private final ProductEstimates products;
    private final WickEstimates wick;
    private final Random random;
    private final double[] fRow;
    private final double[] cov;
    private final double[] mean;

    /** Arrays for the current width, sized for {@link #capacity} networks. */
    private int width = -1;
    private int capacity;
    private INDArray uniHidden;
    private INDArray hidden;
    private INDArray uniOut;
    private INDArray out;
    private INDArray radius;
    private INDArray angle;
    private INDArray pre;
    private INDArray w1;
    private INDArray b1;
    private INDArray f;
    private INDArray gram;
    private INDArray hsum;
    private double[] staging = new double[0];
    private double[] results = new double[0];
    private float[] resultsFloat = new float[0];
    private final Map<Integer, Views> views = new HashMap<>();

    Nd4jRunner(Ensemble ensemble) {
        this.e = ensemble;
        this.k = ensemble.k();
        this.dIn = ensemble.dIn();
        this.stride = (dIn + 2) & ~1;
        this.plain = ensemble.estimator() == Estimator.PLAIN;
        this.suite = ensemble.rng() == Rng.SUITE;
        this.type = ensemble.precision() == Precision.FLOAT ? DataType.FLOAT : DataType.DOUBLE;
        this.products = new ProductEstimates(ensemble.layout());
        this.wick = new WickEstimates(ensemble.layout());
        this.fRow = new double[k];
        this.cov = new double[k * k];
        this.mean = new double[k];
        this.random = suite ? null : Nd4j.getRandomFactory().getNewRandomInstance(ensemble.seed());

        // z_i = sum_c (muW + s z_c) x_ic + muB + sigmaB z_b = [z_c, z_b, pad] . [s x_i, sigmaB, 0] + const_i
        double[][] x = ensemble.inputs();
        double s = ensemble.w0Scale();
        double[] shift = ensemble.gaussShift();
        double[][] xa = new double[stride][k];
        double[] c = new double[k];
        for (int i = 0; i < k; i++) {
            double sum = 0;
            for (int d = 0; d < dIn; d++) {
                xa[d][i] = s * x[i][d];
                sum += x[i][d];
            }
            xa[dIn][i] = ensemble.sigmaB();
            c[i] = ensemble.muB() + ensemble.muW() * sum - (ensemble.arch() == org.nnqft.numerics.spec.Architecture.GAUSS ? shift[i] : 0);
        }
        this.inputs = Nd4j.create(xa).castTo(type);
        this.constants = Nd4j.create(new double[][] {c}).castTo(type);
    }

    @Override
    public void run(Block block, MomentSums into) {
        int n = block.width();
        long perNetwork = (long) n * Math.max(stride, k);
        int chunk = (int) Math.max(1, Math.min(block.count(), CHUNK_ELEMENTS / perNetwork));
        allocate(n, chunk);
        CounterStream stream = CounterStream.of(e.seed(), n, block.bag());
        ParameterLayout params = new ParameterLayout(dIn, n);
        for (int first = 0; first < block.count(); first += chunk) {
            int count = Math.min(chunk, block.count() - first);
            Views v = views.computeIfAbsent(count, Views::new);
            int network = block.firstNetwork() + first;
            draw(v, stream, params, network);
            forward(v);
            accumulate(v, into);
        }
    }

    /** (Re)allocates the arrays when the width changes or a larger chunk is needed. */
    private void allocate(int n, int chunk) {
        if (n == width && chunk <= capacity) {
            return;
        }
        width = n;
        capacity = chunk;
        views.clear();
        long units = (long) capacity * n;
        int outStride = (n + 2) & ~1;
        long pairs = Math.max(units * stride, plain ? (long) capacity * outStride : 0) / 2;
        uniHidden = Nd4j.create(suite ? DataType.DOUBLE : type, units, stride);
        hidden = suite && type != DataType.DOUBLE ? Nd4j.create(type, units, stride) : uniHidden;
        if (suite) {
            radius = Nd4j.create(DataType.DOUBLE, pairs);
            angle = Nd4j.create(DataType.DOUBLE, pairs);
            staging = new double[(int) Math.max(units * stride, (long) capacity * outStride)];
        }
        pre = Nd4j.create(type, units, k);
        if (plain) {
            uniOut = Nd4j.create(suite ? DataType.DOUBLE : type, capacity, outStride);
            out = uniOut;
            w1 = Nd4j.create(type, capacity, n);
            b1 = Nd4j.create(type, capacity, 1);
            f = Nd4j.create(type, capacity, k);
        } else {
            gram = Nd4j.create(type, (long) capacity * k, k);
            hsum = Nd4j.create(type, capacity, k);
        }
        int resultSize = capacity * (plain ? k : k * k + k);
        results = new double[resultSize];
        resultsFloat = type == DataType.FLOAT ? new float[resultSize] : resultsFloat;
    }

    /** Views of the arrays for a chunk of {@code count} networks, made once per count and width. */
    private final class Views {
        final int count;
        final INDArray uniHidden;
        final INDArray hidden;
        final INDArray pre;
        final INDArray pre3;
        final BoxMuller hiddenPairs;
        final INDArray uniOut;
        final BoxMuller outPairs;
        final INDArray w1Draws;
        final INDArray b1Draws;
        final INDArray w1;
        final INDArray w13;
        final INDArray b1;
        final INDArray f;
        final INDArray f3;
        final INDArray gram;
        final INDArray gram3;
        final INDArray hsum;

        Views(int count) {
            this.count = count;
            long units = (long) count * width;
            this.uniHidden = rows(Nd4jRunner.this.uniHidden, units);
            this.hidden = rows(Nd4jRunner.this.hidden, units);
            this.pre = rows(Nd4jRunner.this.pre, units);
            this.pre3 = pre.reshape('c', count, width, k);
            this.hiddenPairs = suite ? new BoxMuller(uniHidden) : null;
            if (plain) {
                this.uniOut = rows(Nd4jRunner.this.uniOut, count);
                this.outPairs = suite ? new BoxMuller(uniOut) : null;
                this.w1Draws = uniOut.get(all(), interval(0, width));
                this.b1Draws = uniOut.get(all(), interval(width, width + 1));
                this.w1 = rows(Nd4jRunner.this.w1, count);
                this.w13 = w1.reshape('c', count, 1, width);
                this.b1 = rows(Nd4jRunner.this.b1, count);
                this.f = rows(Nd4jRunner.this.f, count);
                this.f3 = f.reshape('c', count, 1, k);
                this.gram = null;
                this.gram3 = null;
                this.hsum = null;
            } else {
                this.uniOut = null;
                this.outPairs = null;
                this.w1Draws = null;
                this.b1Draws = null;
                this.w1 = null;
                this.w13 = null;
                this.b1 = null;
                this.f = null;
                this.f3 = null;
                this.gram = rows(Nd4jRunner.this.gram, (long) count * k);
                this.gram3 = gram.reshape('c', count, k, k);
                this.hsum = rows(Nd4jRunner.this.hsum, count);
            }
        }
    }

    /** The first {@code n} rows of a C-order matrix: a contiguous view at offset 0. */
    private static INDArray rows(INDArray a, long n) {
        return n == a.rows() ? a : a.get(interval(0, n), all());
    }

    /**
     * Box-Muller over an array of uniforms laid out as the stream's counters: even positions hold
     * u1 in (0, 1], odd positions u2 in [0, 1); afterwards they hold r cos(2 pi u2) and
     * r sin(2 pi u2) with r = sqrt(-2 ln u1), all in ND4J operations.
     */
    private final class BoxMuller {
        final INDArray even;
        final INDArray odd;
        final INDArray r;
        final INDArray t;

        BoxMuller(INDArray uniforms) {
            long pairs = uniforms.length() / 2;
            INDArray p = uniforms.reshape('c', pairs, 2);
            this.even = p.get(all(), point(0));
            this.odd = p.get(all(), point(1));
            this.r = radius.get(interval(0, pairs));
            this.t = angle.get(interval(0, pairs));
        }

        void apply() {
            Nd4j.exec(new Log(even, r));
            Nd4j.exec(new ScalarMultiplication(r, null, r, -2.0));
            Nd4j.exec(new Sqrt(r, r));
            Nd4j.exec(new ScalarMultiplication(odd, null, t, TWO_PI));
            Nd4j.exec(new Cos(t, even));
            even.muli(r);
            Nd4j.exec(new Sin(t, odd));
            odd.muli(r);
        }
    }

    /** The chunk's parameters: hidden variates, and the output layer's for the plain estimator. */
    private void draw(Views v, CounterStream stream, ParameterLayout params, int network) {
        if (!suite) {
            // one seed per chunk, a pure function of (seed, width, bag, first network)
            random.setSeed(stream.bits(CounterStream.counter(network, -1)));
            Nd4j.randn(v.uniHidden, random);
            if (plain) {
                Nd4j.randn(v.uniOut, random);
            }
            return;
        }
        int per = width * stride;
        fillUniforms(stream, network, v.count, 0, per);
        v.uniHidden.data().asNioDouble().put(staging, 0, v.count * per);
        v.hiddenPairs.apply();
        if (hidden != uniHidden) {
            v.hidden.assign(v.uniHidden);
        }
        if (plain) {
            int outStride = (width + 2) & ~1;
            fillUniforms(stream, network, v.count, params.outputBase(), outStride);
            v.uniOut.data().asNioDouble().put(staging, 0, v.count * outStride);
            v.outPairs.apply();
        }
    }

    /** Uniforms of counters [base, base + per) of networks network .. network + count - 1, row by row. */
    private void fillUniforms(CounterStream stream, int network, int count, int base, int per) {
        double[] u = staging;
        for (int m = 0; m < count; m++) {
            int at = m * per;
            for (int p = 0; p < per; p += 2) {
                u[at + p] = Uniform.openClosed(stream.bits(network + m, base + p));
                u[at + p + 1] = Uniform.closedOpen(stream.bits(network + m, base + p + 1));
            }
        }
    }

    /** Hidden layer, activation, then the output layer or the Gram matrices. */
    private void forward(Views v) {
        Nd4j.gemm(v.hidden, inputs, v.pre, false, false, 1.0, 0.0);
        v.pre.addiRowVector(constants);
        switch (e.arch()) {
            case GAUSS -> Nd4j.exec(new Exp(v.pre, v.pre));
            case ERF -> Nd4j.exec(new Erf(v.pre, v.pre));
            case RELU -> Nd4j.exec(new RectifiedLinear(v.pre, v.pre, 0.0));
        }
        if (plain) {
            v.w1.assign(v.w1Draws);
            v.w1.muli(e.sigmaW() / Math.sqrt(width)).addi(e.muW());
            v.b1.assign(v.b1Draws);
            v.b1.muli(e.sigmaB()).addi(e.muB());
            Nd4j.matmul(v.w13, v.pre3, v.f3, false, false, false);
            v.f.addiColumnVector(v.b1);
        } else {
            Nd4j.matmul(v.pre3, v.pre3, v.gram3, true, false, false);
            v.gram.muli(e.sigmaW() * e.sigmaW() / width).addi(e.sigmaB() * e.sigmaB());
            if (e.hasMeans()) {
                Nd4j.exec(new Sum(v.pre3, v.hsum, 1));
                v.hsum.muli(e.muW()).addi(e.muB());
            }
        }
    }

    /** Copies the chunk's outputs (or covariances and means) out and adds each network's estimates. */
    private void accumulate(Views v, MomentSums into) {
        int count = v.count;
        if (plain) {
            read(f, results, 0, count * k);
            for (int m = 0; m < count; m++) {
                System.arraycopy(results, m * k, fRow, 0, k);
                into.add(products.of(fRow));
            }
        } else {
            int kk = k * k;
            read(gram, results, 0, count * kk);
            boolean means = e.hasMeans();
            if (means) {
                read(hsum, results, count * kk, count * k);
            }
            for (int m = 0; m < count; m++) {
                System.arraycopy(results, m * kk, cov, 0, kk);
                if (means) {
                    System.arraycopy(results, count * kk + m * k, mean, 0, k);
                }
                into.add(wick.of(cov, means ? mean : null));
            }
        }
    }

    /** The first {@code length} elements of a (C-order, offset 0) array into {@code to[at ..]}. */
    private void read(INDArray from, double[] to, int at, int length) {
        if (type == DataType.DOUBLE) {
            DoubleBuffer b = from.data().asNioDouble();
            b.get(to, at, length);
        } else {
            FloatBuffer b = from.data().asNioFloat();
            b.get(resultsFloat, 0, length);
            for (int i = 0; i < length; i++) {
                to[at + i] = resultsFloat[i];
            }
        }
    }
}

package org.nnqft.nd4j;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
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
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;

/**
 * One worker's ND4J forward pass. A block is computed in chunks of networks (the whole block
 * unless the width is large), each chunk as a handful of ND4J operations on preallocated arrays,
 * with inputs as rows and the chunk's (network, hidden unit) pairs as columns, so every reduction
 * over hidden units or networks is a gemm with a vector of ones:
 *
 * <ol>
 *   <li>parameters: {@code --rng suite} writes the uniforms of the suite's counter-based stream
 *       into a native array and turns them into Gaussians with ND4J's log, sqrt, cos and sin
 *       (Box-Muller pair for pair as {@link org.nnqft.numerics.random.BoxMuller}); {@code --rng
 *       native} fills the same arrays with Nd4j's Gaussian generator, seeded per chunk;
 *   <li>hidden layer: one {@link Nd4j#gemm} of a k x stride matrix (sigma_W / sqrt(d_in) x_i and
 *       sigma_b) with the chunk's (networks x N) x stride variates (W0, b0, padding), plus a
 *       column of constants (the means, the Gauss-net's normalisation), then exp, erf or relu in
 *       place: H, k x (networks N);
 *   <li>plain estimator: H times W1 broadcast over the rows, in place, then a gemm with ones sums
 *       each network's N units: f, k x networks, plus b1; conditional estimator: the products
 *       H_a H_b of every pair of inputs by one broadcast multiply, and the same gemm with ones
 *       gives every network's Gram matrix (k k x networks); the means likewise;
 *   <li>moments: {@link Nd4jMoments}, one bulk copy out of native memory, then the suite's own
 *       per-network products or Wick sums in Java, network after network.
 * </ol>
 *
 * <p>Everything a chunk computes is in a fixed order on one thread, so a block gives the same
 * bits whatever the thread count. Batched matmul ([B, 1, N] x [B, N, k]) was tried for the output
 * layer and the Gram matrices: at N = 10 it cost about 280 ns per neuron-sample here, the gemm
 * with ones a fraction of that; one Nd4j.gemm per network costs tens of microseconds a call.
 */
final class Nd4jRunner implements BlockRunner {
    /** Elements per chunk array at most: 16 MiB of doubles. */
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
    private final Nd4jMoments moments;
    private final Random random;

    /** Flat arrays for the current width, sized for {@link #capacity} networks. */
    private int width = -1;
    private int capacity;
    /** The chunk's variates: every network's hidden ones, then (plain) every network's output ones. */
    private INDArray draws;
    private INDArray hidden;
    private INDArray radius;
    private INDArray angle;
    private INDArray pre;
    private INDArray products;
    private INDArray ones;
    private INDArray w1;
    private INDArray b1;
    private INDArray out;
    private INDArray outDouble;
    private INDArray meanOut;
    private INDArray meanDouble;
    private double[] staging = new double[0];
    private final int[] words = new int[4];
    private final Map<Integer, Views> views = new HashMap<>();

    Nd4jRunner(Ensemble ensemble) {
        this.e = ensemble;
        this.k = ensemble.k();
        this.dIn = ensemble.dIn();
        this.stride = (dIn + 2) & ~1;
        this.plain = ensemble.estimator() == Estimator.PLAIN;
        this.suite = ensemble.rng() == Rng.SUITE;
        this.type = ensemble.precision() == Precision.FLOAT ? DataType.FLOAT : DataType.DOUBLE;
        this.moments = new Nd4jMoments(ensemble.layout());
        this.random = suite ? null : Nd4j.getRandomFactory().getNewRandomInstance(ensemble.seed());

        // z_i = sum_c (muW + s u_c) x_ic + muB + sigmaB u_b = [s x_i, sigmaB, 0] . [u_c, u_b, pad] + const_i
        double[][] x = ensemble.inputs();
        double s = ensemble.w0Scale();
        double[] shift = ensemble.gaussShift();
        double[][] xa = new double[k][stride];
        double[][] c = new double[k][1];
        for (int i = 0; i < k; i++) {
            double sum = 0;
            for (int d = 0; d < dIn; d++) {
                xa[i][d] = s * x[i][d];
                sum += x[i][d];
            }
            xa[i][dIn] = ensemble.sigmaB();
            c[i][0] = ensemble.muB() + ensemble.muW() * sum - (ensemble.arch() == Architecture.GAUSS ? shift[i] : 0);
        }
        this.inputs = Nd4j.create(xa).castTo(type);
        this.constants = Nd4j.create(c).castTo(type);
    }

    @Override
    public void run(Block block, MomentSums into) {
        int n = block.width();
        long perNetwork = (long) n * Math.max(stride, plain ? k : k * k);
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
            if (plain) {
                moments.addProducts(v.outDouble, count, into);
            } else {
                moments.addWick(v.outDouble, e.hasMeans() ? v.meanDouble : null, count, into);
            }
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
        long outStride = (n + 2) & ~1;
        long pairs = (units * stride + (plain ? capacity * outStride : 0)) / 2;
        draws = Nd4j.create(suite ? DataType.DOUBLE : type, 2 * pairs);
        hidden = suite && type != DataType.DOUBLE ? Nd4j.create(type, units * stride) : draws;
        if (suite) {
            radius = Nd4j.create(DataType.DOUBLE, pairs);
            angle = Nd4j.create(DataType.DOUBLE, pairs);
            staging = new double[(int) (2 * pairs)];
        }
        pre = Nd4j.create(type, k * units);
        ones = Nd4j.ones(type, n);
        long outRows = plain ? k : (long) k * k;
        out = Nd4j.create(type, outRows * capacity);
        outDouble = type == DataType.DOUBLE ? out : Nd4j.create(DataType.DOUBLE, outRows * capacity);
        if (plain) {
            w1 = Nd4j.create(type, units);
            b1 = Nd4j.create(type, capacity);
        } else {
            products = Nd4j.create(type, outRows * units);
            meanOut = Nd4j.create(type, (long) k * capacity);
            meanDouble = type == DataType.DOUBLE ? meanOut : Nd4j.create(DataType.DOUBLE, (long) k * capacity);
        }
    }

    /** A contiguous C-order view of the first elements of a flat array. */
    private static INDArray view(INDArray flat, long... shape) {
        long length = 1;
        for (long d : shape) {
            length *= d;
        }
        INDArray head = length == flat.length() ? flat : flat.get(interval(0, length));
        return head.reshape('c', shape);
    }

    /** Views of the arrays for a chunk of {@code count} networks, made once per count and width. */
    private final class Views {
        final int count;
        final INDArray draws;
        final NdBoxMuller pairs;
        final INDArray hidden;
        final INDArray pre;
        final INDArray preUnits;
        final INDArray ones;
        final INDArray w1Draws;
        final INDArray b1Draws;
        final INDArray w1;
        /** w1 as one row, for scaling the pre-activations unit by unit. */
        final INDArray w1Row;
        final INDArray b1;
        /** The hidden layer's variates in the draws array, shaped as the hidden array they fill. */
        final INDArray hiddenVariates;
        final INDArray outColumn;
        final INDArray out;
        final INDArray outDouble;
        final INDArray left;
        final INDArray right;
        final INDArray products;
        final INDArray productUnits;
        final INDArray meanColumn;
        final INDArray mean;
        final INDArray meanDouble;

        Views(int count) {
            this.count = count;
            long units = (long) count * width;
            long outStride = (width + 2) & ~1;
            long outRows = plain ? k : (long) k * k;
            long hiddenDraws = units * stride;
            this.draws = view(Nd4jRunner.this.draws, hiddenDraws + (plain ? count * outStride : 0));
            this.pairs = suite ? new NdBoxMuller(draws) : null;
            this.hidden = view(Nd4jRunner.this.hidden, units, stride);
            this.hiddenVariates = draws.get(interval(0, hiddenDraws)).reshape('c', units, stride);
            this.pre = view(Nd4jRunner.this.pre, k, units);
            this.preUnits = view(Nd4jRunner.this.pre, k * count, width);
            this.ones = Nd4jRunner.this.ones.reshape('c', width, 1);
            this.outColumn = view(Nd4jRunner.this.out, outRows * count, 1);
            this.out = view(Nd4jRunner.this.out, outRows, count);
            this.outDouble = type == DataType.DOUBLE ? out : view(Nd4jRunner.this.outDouble, outRows, count);
            if (plain) {
                INDArray out = draws.get(interval(hiddenDraws, hiddenDraws + count * outStride)).reshape('c', count, outStride);
                this.w1Draws = out.get(all(), interval(0, width));
                this.b1Draws = out.get(all(), point(width));
                this.w1 = view(Nd4jRunner.this.w1, count, width);
                this.w1Row = w1.reshape('c', 1, units);
                this.b1 = view(Nd4jRunner.this.b1, count);
                this.left = null;
                this.right = null;
                this.products = null;
                this.productUnits = null;
                this.meanColumn = null;
                this.mean = null;
                this.meanDouble = null;
            } else {
                this.w1Draws = null;
                this.b1Draws = null;
                this.w1 = null;
                this.w1Row = null;
                this.b1 = null;
                this.left = pre.reshape('c', k, 1, units);
                this.right = pre.reshape('c', 1, k, units);
                this.products = view(Nd4jRunner.this.products, k, k, units);
                this.productUnits = view(Nd4jRunner.this.products, (long) k * k * count, width);
                this.meanColumn = view(meanOut, (long) k * count, 1);
                this.mean = view(meanOut, k, count);
                this.meanDouble = type == DataType.DOUBLE ? mean : view(Nd4jRunner.this.meanDouble, k, count);
            }
        }
    }

    /**
     * Box-Muller over an array of uniforms laid out as the stream's variates: even positions hold
     * u1 in (0, 1) (a double array even at float precision, so the refined tail survives), odd positions u2 in [0, 1); afterwards they hold r cos(2 pi u2) and
     * r sin(2 pi u2) with r = sqrt(-2 ln u1), all in ND4J operations.
     */
    private final class NdBoxMuller {
        final INDArray even;
        final INDArray odd;
        final INDArray r;
        final INDArray t;

        NdBoxMuller(INDArray uniforms) {
            long pairs = uniforms.length() / 2;
            INDArray p = uniforms.reshape('c', pairs, 2);
            this.even = p.get(all(), point(0));
            this.odd = p.get(all(), point(1));
            this.r = view(radius, pairs);
            this.t = view(angle, pairs);
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
            random.setSeed(stream.seedWord(network));
            Nd4j.randn(v.draws, random);
            return;
        }
        int per = width * stride;
        int hiddenDraws = v.count * per;
        fillUniforms(stream, network, v.count, 0, per, 0);
        int outStride = (width + 2) & ~1;
        if (plain) {
            fillUniforms(stream, network, v.count, params.outputBase(), outStride, hiddenDraws);
        }
        v.draws.data().asNioDouble().put(staging, 0, hiddenDraws + (plain ? v.count * outStride : 0));
        v.pairs.apply();
        if (hidden != draws) {
            v.hidden.assign(v.hiddenVariates);
        }
    }

    /**
     * Uniforms of counters [base, base + per) of networks network .. network + count - 1, row by
     * row, into the staging array from {@code offset}.
     */
    private void fillUniforms(CounterStream stream, int network, int count, int base, int per, int offset) {
        double[] u = staging;
        for (int m = 0; m < count; m++) {
            int at = offset + m * per;
            for (int p = 0; p < per; p += 2) {
                BoxMuller.uniforms(stream, network + m, (base + p) >>> 1, words, u, at + p);
            }
        }
    }

    /** Hidden layer, activation, then the outputs or the Gram matrices (and means). */
    private void forward(Views v) {
        Nd4j.gemm(inputs, v.hidden, v.pre, false, true, 1.0, 0.0);
        v.pre.addiColumnVector(constants);
        switch (e.arch()) {
            case GAUSS -> Nd4j.exec(new Exp(v.pre, v.pre));
            case ERF -> Nd4j.exec(new Erf(v.pre, v.pre));
            case RELU -> Nd4j.exec(new RectifiedLinear(v.pre, v.pre, 0.0));
        }
        if (plain) {
            v.w1.assign(v.w1Draws);
            v.w1.muli(e.sigmaW() / Math.sqrt(width));
            if (e.muW() != 0) {
                v.w1.addi(e.muW());
            }
            v.b1.assign(v.b1Draws);
            v.b1.muli(e.sigmaB());
            if (e.muB() != 0) {
                v.b1.addi(e.muB());
            }
            v.pre.muliRowVector(v.w1Row);
            Nd4j.gemm(v.preUnits, v.ones, v.outColumn, false, false, 1.0, 0.0);
            v.out.addiRowVector(v.b1);
        } else {
            if (e.hasMeans()) {
                Nd4j.gemm(v.preUnits, v.ones, v.meanColumn, false, false, 1.0, 0.0);
                v.mean.muli(e.muW()).addi(e.muB());
                if (v.meanDouble != v.mean) {
                    v.meanDouble.assign(v.mean);
                }
            }
            Nd4j.exec(new MulOp(v.left, v.right, v.products));
            Nd4j.gemm(v.productUnits, v.ones, v.outColumn, false, false, 1.0, 0.0);
            v.out.muli(e.sigmaW() * e.sigmaW() / width).addi(e.sigmaB() * e.sigmaB());
        }
        if (v.outDouble != v.out) {
            v.outDouble.assign(v.out);
        }
    }
}

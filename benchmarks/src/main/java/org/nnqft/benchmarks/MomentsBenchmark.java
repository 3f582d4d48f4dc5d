package org.nnqft.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nnqft.numerics.backend.simd.LaneGaussians;
import org.nnqft.numerics.backend.simd.LaneProducts;
import org.nnqft.numerics.backend.simd.LaneWick;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.moments.ProductEstimates;
import org.nnqft.numerics.moments.WickEstimates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Moment accumulation of orders 1..6 over k = 6 inputs (923 multisets), in ns per network:
 * the scalar per-network loop beside the lane-batched SIMD one, for both estimators. Each
 * invocation accumulates one block of 256 networks and sums its lanes, as the engine does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:+UseParallelGC"})
public class MomentsBenchmark {
    static final int K = 6;
    static final int BLOCK = 256;

    private final MomentLayout layout = new MomentLayout(K, 6);
    private final MomentLayout evenLayout = new MomentLayout(K, new int[] {2, 4, 6});
    private final int lanes = LaneGaussians.D.length();
    private final double[][] outputs = new double[BLOCK][K];
    private final double[][] laneOutputs = new double[BLOCK / lanes][];
    private final double[][] laneCov = new double[BLOCK / lanes][];
    private final double[] cov = new double[K * K];
    private ProductEstimates products;
    private WickEstimates wick;
    private LaneProducts laneProducts;
    private LaneProducts laneProductsEven;
    private LaneWick laneWick;
    private LaneWick laneWickEven;
    private MomentSums sums;
    private MomentSums evenSums;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        for (double[] f : outputs) {
            for (int i = 0; i < K; i++) {
                f[i] = rng.nextGaussian();
            }
        }
        for (int g = 0; g < laneOutputs.length; g++) {
            laneOutputs[g] = new double[K * lanes];
            laneCov[g] = new double[K * K * lanes];
            for (int l = 0; l < lanes; l++) {
                for (int i = 0; i < K; i++) {
                    laneOutputs[g][i * lanes + l] = outputs[g * lanes + l][i];
                    for (int j = 0; j < K; j++) {
                        laneCov[g][(i * K + j) * lanes + l] = 1 + 0.1 * outputs[g * lanes + l][i] * outputs[g * lanes + l][j];
                    }
                }
            }
        }
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                cov[i * K + j] = 1 + 0.1 * outputs[0][i] * outputs[0][j];
            }
        }
        products = new ProductEstimates(layout);
        wick = new WickEstimates(layout);
        laneProducts = new LaneProducts(layout, lanes);
        laneProductsEven = new LaneProducts(evenLayout, lanes);
        laneWick = new LaneWick(layout, lanes, false);
        laneWickEven = new LaneWick(evenLayout, lanes, false);
        sums = new MomentSums(layout);
        evenSums = new MomentSums(evenLayout);
    }

    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public MomentSums scalarProducts() {
        for (double[] f : outputs) {
            sums.add(products.of(f));
        }
        return sums;
    }

    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public MomentSums simdProducts() {
        for (double[] f : laneOutputs) {
            laneProducts.add(f, null, lanes);
        }
        laneProducts.drainInto(sums, BLOCK);
        return sums;
    }

    /** Orders 2, 4, 6 only (609 multisets), as the forward-pass presets ask. */
    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public MomentSums simdProductsEven() {
        for (double[] f : laneOutputs) {
            laneProductsEven.add(f, null, lanes);
        }
        laneProductsEven.drainInto(evenSums, BLOCK);
        return evenSums;
    }

    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public MomentSums scalarWick() {
        for (int n = 0; n < BLOCK; n++) {
            sums.add(wick.of(cov, null));
        }
        return sums;
    }

    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public MomentSums simdWick() {
        for (double[] c : laneCov) {
            laneWick.add(c, null, lanes);
        }
        laneWick.drainInto(sums, BLOCK);
        return sums;
    }

    /** Orders 2, 4, 6 only (609 multisets) at zero mean, as the conditional presets ask. */
    @Benchmark
    @OperationsPerInvocation(BLOCK)
    public MomentSums simdWickEven() {
        for (double[] c : laneCov) {
            laneWickEven.add(c, null, lanes);
        }
        laneWickEven.drainInto(evenSums, BLOCK);
        return evenSums;
    }
}

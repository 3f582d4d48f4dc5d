package org.nnqft.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nnqft.numerics.backend.simd.FloatLaneGaussians;
import org.nnqft.numerics.backend.simd.LaneGaussians;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The counter-based stream and its Gaussian transform, in ns per value. The *SplitMixBaseline
 * methods run the SIMD generators the suite had before Philox (BaselineSplitMix*), so that one JMH
 * run shows what the change costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class GaussianBenchmark {
    static final int VALUES = 1024;

    private final CounterStream stream = CounterStream.of(1, 1000, 0);
    private final double[] out = new double[VALUES];
    private int network;

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long bits() {
        long acc = 0;
        int n = network++;
        for (int i = 0; i < VALUES; i++) {
            acc ^= stream.bits(n, i);
        }
        return acc;
    }

    private final LaneGaussians lanes = new LaneGaussians();
    private final FloatLaneGaussians floatLanes = new FloatLaneGaussians();
    private final float[] floatOut = new float[VALUES];

    /** Variate pairs per call, as the backends draw them (eight hidden units at d_in 1, plus four W1 pairs). */
    static final int PAIRS_PER_CALL = 12;

    private final int[] indices = new int[PAIRS_PER_CALL];

    /** One vector of networks, VALUES / lanes variates each, drawn as the backend draws them. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public double[] simdDoubleBoxMuller() {
        int n = LaneGaussians.D.length();
        lanes.start(stream, network++ * n);
        for (int i = 0; i < VALUES; i += 2 * n * PAIRS_PER_CALL) {
            for (int p = 0; p < PAIRS_PER_CALL; p++) {
                indices[p] = i / n + 2 * p;
            }
            lanes.pairs(indices, Math.min(PAIRS_PER_CALL, (VALUES - i) / (2 * n)), out, i);
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public float[] simdFloatBoxMuller() {
        int n = FloatLaneGaussians.F.length();
        floatLanes.start(stream, network++ * n);
        for (int i = 0; i < VALUES; i += 2 * n * PAIRS_PER_CALL) {
            for (int p = 0; p < PAIRS_PER_CALL; p++) {
                indices[p] = i / n + 2 * p;
            }
            floatLanes.pairs(indices, Math.min(PAIRS_PER_CALL, (VALUES - i) / (2 * n)), floatOut, i);
        }
        return floatOut;
    }

    /** A key and an odd Weyl increment for the baseline; their values do not change its speed. */
    private static final long BASELINE_KEY = 0x3A6A3B0D1C2E5F47L;
    private static final long BASELINE_GAMMA = 0x9E3779B97F4A7C15L;
    private final BaselineSplitMixLaneGaussians baselineLanes = new BaselineSplitMixLaneGaussians();
    private final BaselineSplitMixFloatLaneGaussians baselineFloatLanes = new BaselineSplitMixFloatLaneGaussians();

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public double[] simdDoubleBoxMullerSplitMixBaseline() {
        int n = BaselineSplitMixLaneGaussians.D.length();
        baselineLanes.start(BASELINE_KEY, BASELINE_GAMMA, network++ * n);
        for (int i = 0; i < VALUES; i += 2 * n * PAIRS_PER_CALL) {
            for (int p = 0; p < PAIRS_PER_CALL; p++) {
                indices[p] = i / n + 2 * p;
            }
            baselineLanes.pairs(indices, Math.min(PAIRS_PER_CALL, (VALUES - i) / (2 * n)), out, i);
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public float[] simdFloatBoxMullerSplitMixBaseline() {
        int n = BaselineSplitMixFloatLaneGaussians.F.length();
        baselineFloatLanes.start(BASELINE_KEY, BASELINE_GAMMA, network++ * n);
        for (int i = 0; i < VALUES; i += 2 * n * PAIRS_PER_CALL) {
            for (int p = 0; p < PAIRS_PER_CALL; p++) {
                indices[p] = i / n + 2 * p;
            }
            baselineFloatLanes.pairs(indices, Math.min(PAIRS_PER_CALL, (VALUES - i) / (2 * n)), floatOut, i);
        }
        return floatOut;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public double[] scalarBoxMuller() {
        BoxMuller.fill(stream, network++, 0, out, 0, VALUES);
        return out;
    }
}

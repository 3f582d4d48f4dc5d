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

/** The counter-based stream and its Gaussian transform, in ns per value. */
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

    /** One vector of networks, VALUES / lanes variates each. */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public double[] simdDoubleBoxMuller() {
        int n = LaneGaussians.D.length();
        lanes.start(stream, network++ * n);
        for (int i = 0; i < VALUES; i += 2 * n) {
            lanes.pair(i / n, out, i);
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public float[] simdFloatBoxMuller() {
        int n = FloatLaneGaussians.F.length();
        floatLanes.start(stream, network++ * n);
        for (int i = 0; i < VALUES; i += 2 * n) {
            floatLanes.pair(i / n, floatOut, i);
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

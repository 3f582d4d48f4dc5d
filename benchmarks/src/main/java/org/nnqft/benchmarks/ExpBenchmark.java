package org.nnqft.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nnqft.numerics.backend.simd.VectorExp;
import org.nnqft.numerics.backend.simd.VectorMath;
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
 * The activation kernels alone, in ns per value, on an array the size the runners pass them
 * (k = 6 inputs times one vector of networks): copy is the floor (loads and stores only), the
 * *Baseline methods run the earlier Taylor-series exp for comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ExpBenchmark {
    static final int DOUBLES = 48;
    static final int FLOATS = 96;

    private final double[] src = new double[DOUBLES];
    private final double[] dst = new double[DOUBLES];
    private final double[] positive = new double[DOUBLES];
    private final double[] scratch = new double[2 * DOUBLES];
    private final float[] srcF = new float[FLOATS];
    private final float[] dstF = new float[FLOATS];

    public ExpBenchmark() {
        for (int i = 0; i < DOUBLES; i++) {
            src[i] = -3.0 + 0.1 * i;
            positive[i] = (i + 1) / (DOUBLES + 1.0);
        }
        for (int i = 0; i < FLOATS; i++) {
            srcF[i] = -3.0f + 0.05f * i;
        }
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double[] copyDouble() {
        System.arraycopy(src, 0, dst, 0, DOUBLES);
        return dst;
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double[] expDouble() {
        VectorExp.exp(src, 0, dst, 0, DOUBLES);
        return dst;
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double[] expDoubleBaseline() {
        TaylorExpBaseline.exp(src, 0, dst, 0, DOUBLES);
        return dst;
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double[] erfDouble() {
        VectorMath.erf(src, 0, dst, 0, DOUBLES, scratch);
        return dst;
    }

    @Benchmark
    @OperationsPerInvocation(DOUBLES)
    public double[] logDouble() {
        VectorMath.log(positive, 0, dst, 0, DOUBLES);
        return dst;
    }

    @Benchmark
    @OperationsPerInvocation(FLOATS)
    public float[] expFloat() {
        VectorExp.exp(srcF, 0, dstF, 0, FLOATS);
        return dstF;
    }

    @Benchmark
    @OperationsPerInvocation(FLOATS)
    public float[] expFloatBaseline() {
        TaylorExpBaseline.exp(srcF, 0, dstF, 0, FLOATS);
        return dstF;
    }
}

package org.nnqft.benchmarks;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * This machine's cost of the vector operations the SIMD kernels are made of, on the preferred
 * species, in ns per vector operation: the limits docs/performance.md ("Vector operations per
 * unit of work") divides the kernels' timings by. {@code throughput} runs eight independent
 * chains (enough to fill two pipes of latency 4), {@code latency} one dependent chain; their ratio
 * is how many of that operation the core overlaps. {@code clockBaseline} is a chain of scalar
 * 64-bit multiplies, 3 cycles each on Zen and on Intel cores since Nehalem, so a third of it is
 * the clock period the others can be read in. {@code load} and {@code copy} stream vectors from
 * arrays that fit in L1 (32 KB together), the floor of a kernel that only moves its data.
 *
 * <p>Five 1 s warmup iterations: on the loaded 2-vCPU host the throughput chains ran as C1 code
 * (boxed vectors, 10^3 to 10^4 ns per operation) for up to 2.5 s. Not in the quick or smoke
 * profile: it measures the machine, not the code, so it has nothing to track.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class VectorOpsBenchmark {
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    /** Vector operations per invocation: long enough that the loop's entry and exit vanish. */
    static final int OPS = 2048;
    static final int CHAINS = 8;
    /** Vectors streamed per invocation: two arrays of 2048 longs, 16 KB each. */
    static final int VECTORS = 2048 / 8;

    /**
     * One vector operation each, as the kernels write it. MUL64 is LanePhilox's 32 x 32 -&gt; 64-bit
     * product {@code x.and(MASK).mul(M)} (an and and a multiply, counted as one); MUL64_FULL the
     * plain 64-bit {@code x.mul(M)}, beside it to show whether C2 made the first one cheaper.
     * SHIFT_XOR is a shift and an xor, counted as two: Philox's other work.
     */
    public enum Op { FMA, MUL, ADD, DIV, SQRT, L2D, MUL64, MUL64_FULL, SHIFT_XOR, FLOAT_FMA }

    /** The clock baseline's seed: a field, so that C2 cannot fold the chain; odd, so its squares never reach 0. */
    public long start = 3;

    /** The operation, and operands from fields so that C2 cannot fold the chains. */
    @State(Scope.Thread)
    public static class Operands {
        @Param
        public Op op;

        /** Just under 1 and just above 0: 2048 steps of x a + b or x / a stay normal and near x. */
        public double a = 1 - 0x1p-30;
        public double b = 0x1p-30;
        public float af = 1 - 0x1p-20f;
        public float bf = 0x1p-20f;
        public final double[] seeds = new double[CHAINS * D.length()];
        public final float[] floatSeeds = new float[CHAINS * F.length()];
        public final long[] longSeeds = new long[CHAINS * L.length()];
        /** Where the chains end: stores, which JMH cannot know are dead, keep them alive. */
        public final double[] sink = new double[CHAINS * D.length()];
        public final float[] floatSink = new float[CHAINS * F.length()];
        public final long[] longSink = new long[CHAINS * L.length()];

        public Operands() {
            for (int i = 0; i < seeds.length; i++) {
                seeds[i] = 1.5 + 0.01 * i;
                longSeeds[i] = 2L * i + 1;
            }
            for (int i = 0; i < floatSeeds.length; i++) {
                floatSeeds[i] = 1.5f + 0.01f * i;
            }
        }
    }

    /** L1-resident arrays for the streams. */
    @State(Scope.Thread)
    public static class Resident {
        public final long[] src = new long[VECTORS * L.length()];
        public final long[] dst = new long[VECTORS * L.length()];

        public Resident() {
            for (int i = 0; i < src.length; i++) {
                src[i] = i;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public void throughput(Operands s) {
        switch (s.op) {
            case FMA -> DoubleChains.fmaThroughput(s);
            case MUL -> DoubleChains.mulThroughput(s);
            case ADD -> DoubleChains.addThroughput(s);
            case DIV -> DoubleChains.divThroughput(s);
            case SQRT -> DoubleChains.sqrtThroughput(s);
            case L2D -> LongChains.l2dThroughput(s);
            case MUL64 -> LongChains.maskedMulThroughput(s);
            case MUL64_FULL -> LongChains.fullMulThroughput(s);
            case SHIFT_XOR -> LongChains.shiftXorThroughput(s);
            case FLOAT_FMA -> DoubleChains.floatFmaThroughput(s);
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public void latency(Operands s) {
        switch (s.op) {
            case FMA -> DoubleChains.fmaLatency(s);
            case MUL -> DoubleChains.mulLatency(s);
            case ADD -> DoubleChains.addLatency(s);
            case DIV -> DoubleChains.divLatency(s);
            case SQRT -> DoubleChains.sqrtLatency(s);
            case L2D -> LongChains.l2dLatency(s);
            case MUL64 -> LongChains.maskedMulLatency(s);
            case MUL64_FULL -> LongChains.fullMulLatency(s);
            case SHIFT_XOR -> LongChains.shiftXorLatency(s);
            case FLOAT_FMA -> DoubleChains.floatFmaLatency(s);
        }
    }

    /**
     * A dependent chain of scalar 64-bit multiplies, 3 cycles each: this over 3 is ns per cycle. x
     * x rather than x m, which C2 would rewrite as x (m m ...), the invariant product hoisted.
     */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public long clockBaseline() {
        long x = start;
        for (int i = 0; i < OPS; i++) {
            x *= x;
        }
        return x;
    }

    /** One vector load per operation, xor-ed into eight accumulators (the xors have spare pipes). */
    @Benchmark
    @OperationsPerInvocation(VECTORS)
    public long[] load(Resident r) {
        LongVector x0 = LongVector.zero(L);
        LongVector x1 = x0;
        LongVector x2 = x0;
        LongVector x3 = x0;
        LongVector x4 = x0;
        LongVector x5 = x0;
        LongVector x6 = x0;
        LongVector x7 = x0;
        int n = L.length();
        for (int i = 0; i < VECTORS * n; i += CHAINS * n) {
            x0 = x0.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i));
            x1 = x1.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i + n));
            x2 = x2.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i + 2 * n));
            x3 = x3.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i + 3 * n));
            x4 = x4.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i + 4 * n));
            x5 = x5.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i + 5 * n));
            x6 = x6.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i + 6 * n));
            x7 = x7.lanewise(VectorOperators.XOR, LongVector.fromArray(L, r.src, i + 7 * n));
        }
        x0.or(x1).or(x2).or(x3).or(x4).or(x5).or(x6).or(x7).intoArray(r.dst, 0);
        return r.dst;
    }

    /** One vector load and one store per operation. */
    @Benchmark
    @OperationsPerInvocation(VECTORS)
    public long[] copy(Resident r) {
        int n = L.length();
        for (int i = 0; i < VECTORS * n; i += n) {
            LongVector.fromArray(L, r.src, i).intoArray(r.dst, i);
        }
        return r.dst;
    }
}

package org.nnqft.benchmarks;

import java.util.concurrent.TimeUnit;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sampling plus forward pass plus moment accumulation of one block, in ns per neuron-sample (one
 * hidden unit of one network evaluated at all k = 6 inputs). Each invocation does 100,000
 * neuron-samples: 100,000 / N networks, so the score is comparable across widths. The nd4j rows
 * need the ND4J flags the fork carries; run with OMP_NUM_THREADS=1 so that ND4J's thread pools
 * start at one thread as well.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-XX:+UseParallelGC",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class ForwardPassBenchmark {
    static final int NEURON_SAMPLES = 100_000;

    /**
     * Backend, random source and forward-pass precision: scalar (double only), simd-double,
     * simd-float, nd4j-double and nd4j-float (the suite's stream: the same networks as scalar and
     * simd), nd4j-native-double and nd4j-native-float (Nd4j's own Gaussian generator). Every one
     * runs on one thread: the benchmark thread, with ND4J's own threads pinned to one.
     */
    @Param({"scalar", "simd-double", "simd-float", "nd4j-double", "nd4j-float", "nd4j-native-double", "nd4j-native-float"})
    public String impl;

    @Param({"gauss", "erf", "relu"})
    public String arch;

    @Param({"plain", "conditional"})
    public String estimator;

    @Param({"2", "10", "100", "1000"})
    public int width;

    private BlockRunner runner;
    private MomentSums sums;
    private Block block;
    private int bag;

    @Setup(Level.Trial)
    public void setUp() {
        String backend = impl.substring(0, impl.indexOf('-') < 0 ? impl.length() : impl.indexOf('-'));
        Precision precision = impl.endsWith("float") ? Precision.FLOAT : Precision.DOUBLE;
        Rng rng = impl.contains("-native") ? Rng.NATIVE : Rng.SUITE;
        Ensemble ensemble = Ensemble.of(new SpecBuilder().arch(Architecture.parse(arch))
                .estimator(Estimator.parse(estimator)).widths(width).orders(2, 4, 6)
                .bags(2).nets(NEURON_SAMPLES / width).backend(backend).precision(precision).rng(rng).threads(1).build());
        Backends.Selection selection = Backends.select(backend, precision, rng);
        if (selection.notice().isPresent()) {
            throw new IllegalStateException(selection.notice().get());
        }
        runner = selection.backend().runner(ensemble);
        sums = new MomentSums(ensemble.layout());
        block = new Block(width, 0, 0, NEURON_SAMPLES / width);
    }

    @Benchmark
    @OperationsPerInvocation(NEURON_SAMPLES)
    public MomentSums block() {
        // a fresh bag each call, so no call can reuse another's work
        runner.run(new Block(width, bag++, 0, block.count()), sums);
        return sums;
    }
}

package org.nnqft.benchmarks;

import java.util.Locale;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.backend.simd.LaneGaussians;
import org.nnqft.numerics.random.CounterStream;

/**
 * Whether a slow fork is the code's or the host's: in one JVM, alternating slices of a kernel (the
 * simd double Box-Muller sampler, as {@link GaussianBenchmark#simdDoubleBoxMuller} draws it) and of
 * two controls whose compiled code cannot differ between forks: eight independent vector FMA chains
 * (registers only) and a scalar multiply-add chain. If the kernel's slow slices coincide with slow
 * FMA slices, the machine's vector throughput moved, not the JIT's code. Not a JMH benchmark: JMH
 * runs each benchmark in its own fork, so it cannot put a control in the same time window.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar org.nnqft.benchmarks.HostWindows 14</pre>
 * prints, per slice after 10 warm-up slices, kernel ns per variate / FMA ns per vector operation /
 * scalar ns per multiply-add.
 */
public final class HostWindows {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final int WARMUP_SLICES = 10;
    private static final long KERNEL_NS = 300_000_000L;
    private static final long CONTROL_NS = 150_000_000L;
    private static final int CHAIN = 1024;

    private final Sampler sampler = new Sampler();
    private double sink;

    private HostWindows() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 14;
        HostWindows w = new HostWindows();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        StringBuilder out = new StringBuilder();
        for (int slice = 0; System.nanoTime() < end; slice++) {
            double kernel = w.time(KERNEL_NS, w::kernel) / GaussianBenchmark.VALUES;
            double fma = w.time(CONTROL_NS, w::fmaChains) / (CHAIN * 8.0);
            double scalar = w.time(CONTROL_NS, w::scalarChain) / CHAIN;
            if (slice >= WARMUP_SLICES) {
                out.append(String.format(Locale.ROOT, "%.3f/%.4f/%.4f ", kernel, fma, scalar));
            }
        }
        System.out.println(out.toString().trim() + (w.sink == 42 ? " " : ""));
    }

    /** Mean ns per call of {@code work} over a slice of about {@code slice} ns. */
    private double time(long slice, Runnable work) {
        long t0 = System.nanoTime();
        long calls = 0;
        long t;
        do {
            work.run();
            calls++;
            t = System.nanoTime() - t0;
        } while (t < slice);
        return t / (double) calls;
    }

    private void kernel() {
        sink += sampler.draw();
    }

    private void fmaChains() {
        DoubleVector b = DoubleVector.broadcast(D, 0.999999);
        DoubleVector c = DoubleVector.broadcast(D, 1e-9);
        // eight independent chains in locals (an array of vectors would box them): throughput, not latency
        DoubleVector x0 = DoubleVector.broadcast(D, 1);
        DoubleVector x1 = DoubleVector.broadcast(D, 2);
        DoubleVector x2 = DoubleVector.broadcast(D, 3);
        DoubleVector x3 = DoubleVector.broadcast(D, 4);
        DoubleVector x4 = DoubleVector.broadcast(D, 5);
        DoubleVector x5 = DoubleVector.broadcast(D, 6);
        DoubleVector x6 = DoubleVector.broadcast(D, 7);
        DoubleVector x7 = DoubleVector.broadcast(D, 8);
        for (int i = 0; i < CHAIN; i++) {
            x0 = x0.fma(b, c);
            x1 = x1.fma(b, c);
            x2 = x2.fma(b, c);
            x3 = x3.fma(b, c);
            x4 = x4.fma(b, c);
            x5 = x5.fma(b, c);
            x6 = x6.fma(b, c);
            x7 = x7.fma(b, c);
        }
        DoubleVector s = x0.add(x1).add(x2).add(x3).add(x4).add(x5).add(x6).add(x7);
        sink += s.reduceLanes(VectorOperators.ADD);
    }

    private void scalarChain() {
        long x = 12345;
        for (int i = 0; i < CHAIN; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink += x;
    }

    /** The sampler's calls as the benchmark makes them: one vector of networks, 1024 variates. */
    private static final class Sampler {
        private final CounterStream stream = CounterStream.of(1, 1000, 0);
        private final LaneGaussians lanes = new LaneGaussians();
        private final double[] out = new double[GaussianBenchmark.VALUES];
        private final int[] indices = new int[GaussianBenchmark.PAIRS_PER_CALL];
        private int network;

        double draw() {
            int n = LaneGaussians.D.length();
            int perCall = GaussianBenchmark.PAIRS_PER_CALL;
            lanes.start(stream, network++ * n);
            for (int i = 0; i < out.length; i += 2 * n * perCall) {
                for (int p = 0; p < perCall; p++) {
                    indices[p] = i / n + 2 * p;
                }
                lanes.pairs(indices, Math.min(perCall, (out.length - i) / (2 * n)), out, i);
            }
            return out[5];
        }
    }
}

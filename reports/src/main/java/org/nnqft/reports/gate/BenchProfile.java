package org.nnqft.reports.gate;

import java.util.List;
import java.util.Locale;

/**
 * What `nnqft bench` runs: JMH's options for one round, and how many rounds. Each round is one
 * JMH run of one fork per benchmark; round r holds fork r of every benchmark (JmhRounds merges
 * them), so that a benchmark's forks are spread over the whole run instead of sharing the host's
 * state of a few seconds. Every profile has at least three rounds, because the gate and the
 * history compare fork means: a run's variation lives between forks (JIT decisions, memory
 * layout, the host's windows), and one fork cannot show it. -foe true: a benchmark that fails
 * makes the run fail, rather than vanish from the file.
 */
public enum BenchProfile {
    /**
     * CI-sized tracking, about 2 minutes on 2 cores: the simd double Gauss-net forward pass
     * (N = 1000, plain estimator), the simd Gaussian sampler, the even moment products and the
     * Wick sums at orders 2, 4, 6 (the conditional estimator's kernel); 5 rounds of 6 x 0.5 s
     * warmup (the sampler reaches its steady state after about 2 s) and 3 x 0.5 s measurement.
     */
    SMOKE(List.of("ForwardPassBenchmark\\.block$", "GaussianBenchmark\\.simdDoubleBoxMuller$",
            "MomentsBenchmark\\.(simdProductsEven|simdWickEven)$", "-p", "arch=gauss", "-p", "impl=simd-double",
            "-p", "estimator=plain", "-p", "width=1000", "-f", "1", "-wi", "6", "-w", "500ms", "-i", "3", "-r", "500ms",
            "-foe", "true"), 5),
    /**
     * The core, 47 benchmarks: the Gauss-net forward pass at a small and a large width for every
     * backend and estimator, the Gaussian stream, the moments, exp; 3 rounds of 3 x 1 s warmup and
     * 3 x 1 s measurement each. Not VectorOpsBenchmark: it measures the machine, not the code.
     */
    QUICK(List.of("-e", "VectorOpsBenchmark", "-p", "arch=gauss", "-p", "width=10,1000", "-f", "1", "-wi", "3", "-i", "3",
            "-foe", "true"), 3),
    /** Every benchmark and parameter with the benchmarks' own iterations, in 3 rounds. */
    FULL(List.of("-f", "1", "-foe", "true"), 3);

    private final List<String> args;
    private final int rounds;

    BenchProfile(List<String> args, int rounds) {
        this.args = args;
        this.rounds = rounds;
    }

    /** JMH's options for one round (one fork per benchmark). */
    public List<String> args() {
        return args;
    }

    /** How many rounds, so how many forks each benchmark gets. */
    public int rounds() {
        return rounds;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

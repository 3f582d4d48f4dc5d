package org.nnqft.reports.gate;

import java.util.List;
import java.util.Locale;

/**
 * What `nnqft bench` runs. Every profile runs at least three JVM forks, because the gate and the
 * history compare fork means: a run's variation lives between forks (JIT decisions, memory
 * layout), and one fork cannot show it. -foe true: a benchmark that fails makes the run fail,
 * rather than vanish from the file.
 */
public enum BenchProfile {
    /**
     * CI-sized tracking, under 2 minutes on 2 cores: the simd double Gauss-net forward pass
     * (N = 1000, plain estimator), the simd Gaussian sampler, the even moments and Wick at orders
     * 1..6 and at 2, 4, 6 (the conditional presets' kernel, and the steadiest across forks).
     */
    SMOKE(List.of("ForwardPassBenchmark\\.block$", "GaussianBenchmark\\.simdDoubleBoxMuller$",
            "MomentsBenchmark\\.(simdProductsEven|simdWick|simdWickEven)$", "-p", "arch=gauss", "-p", "impl=simd-double",
            "-p", "estimator=plain", "-p", "width=1000", "-f", "3", "-wi", "3", "-i", "3", "-foe", "true")),
    /**
     * The core, 47 benchmarks: the Gauss-net forward pass at a small and a large width for every
     * backend and estimator, the Gaussian stream, the moments, exp; 3 forks of 3 x 1 s warmup and
     * 3 x 1 s measurement each. Not VectorOpsBenchmark: it measures the machine, not the code.
     */
    QUICK(List.of("-e", "VectorOpsBenchmark", "-p", "arch=gauss", "-p", "width=10,1000", "-f", "3", "-wi", "3", "-i", "3", "-foe", "true")),
    /** Every benchmark and parameter with the benchmarks' own iterations, at 3 forks. */
    FULL(List.of("-f", "3", "-foe", "true"));

    private final List<String> args;

    BenchProfile(List<String> args) {
        this.args = args;
    }

    public List<String> args() {
        return args;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

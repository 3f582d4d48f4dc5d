package org.nnqft.reports.gate;

import java.util.List;
import java.util.Locale;

/**
 * What `nnqft bench` runs. Both keep the benchmarks' own iteration settings (4 x 1 s warmup,
 * 5 x 1 s measurement, one fork), so a quick baseline and a full run agree on what they share.
 * -foe true: a benchmark that fails makes the run fail, rather than vanish from the file.
 */
public enum BenchProfile {
    /**
     * The core in about 4 to 5 minutes on 2 cores: the Gauss-net forward pass at a small and a
     * large width for every backend and estimator (12), the Gaussian stream (4), the moments (4).
     */
    QUICK(List.of("-p", "arch=gauss", "-p", "width=10,1000", "-foe", "true")),
    /** Every benchmark and parameter, about 15 minutes. */
    FULL(List.of("-foe", "true"));

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

package org.nnqft.reports.report;

/**
 * The environment.json that `nnqft bench` writes beside its jmh.json (kind "bench-environment"):
 * the machine a benchmark ran on, shown so that timings of different machines are not compared
 * unknowingly. Fields a writer left out are null.
 */
public record BenchEnvironment(String jdk, String cpuModel, String cpuFlags, String vectorSpecies, Integer cores,
        String commit, String date, String profile, String jmhArgs) {
    public static final String KIND = "bench-environment";
}

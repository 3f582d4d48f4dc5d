package org.nnqft.reports.report;

import java.util.Map;

/**
 * One entry of a JMH JSON result file (JMH's -rf json): only the fields the report draws.
 *
 * @param benchmark fully qualified method, e.g. org.nnqft.benchmarks.ForwardPassBenchmark.block
 * @param params    the @Param values, empty when the benchmark has none
 * @param jdk       jdkVersion and vmName, as JMH recorded them
 */
public record JmhResult(String benchmark, String mode, Map<String, String> params, double score, double scoreError,
        String scoreUnit, String jdk, String jvmArgs) {

    /**
     * The score in nanoseconds per operation, or NaN for a unit that is not a time per operation
     * or operations per time. ForwardPassBenchmark counts one operation per neuron-sample, so this
     * is ns per neuron-sample there.
     */
    public double nanosPerOp() {
        return toNanosPerOp(score);
    }

    /** The score's error in the same unit; symmetric in ns/op only for time-per-op units. */
    public double nanosPerOpError() {
        double ns = nanosPerOp();
        double scale = timeScale(scoreUnit);
        return Double.isNaN(scale) ? ns * scoreError / score : scoreError * scale;
    }

    private double toNanosPerOp(double value) {
        double time = timeScale(scoreUnit);
        if (!Double.isNaN(time)) {
            return value * time;
        }
        double rate = rateScale(scoreUnit);
        return Double.isNaN(rate) ? Double.NaN : rate / value;
    }

    /** ns in one unit of "X/op". */
    private static double timeScale(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> Double.NaN;
        };
    }

    /** ns in the time of "ops/X". */
    private static double rateScale(String unit) {
        return switch (unit) {
            case "ops/ns" -> 1;
            case "ops/us" -> 1e3;
            case "ops/ms" -> 1e6;
            case "ops/s" -> 1e9;
            default -> Double.NaN;
        };
    }

    /** The method without its package: ForwardPassBenchmark.block. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
    }
}

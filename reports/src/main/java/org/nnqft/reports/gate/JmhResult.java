package org.nnqft.reports.gate;

/**
 * One benchmark of a JMH JSON file.
 *
 * @param scoreError JMH's 99.9% half-width, NaN when it had too few iterations
 * @param raw        the per-iteration scores of every fork, the sample the t-test compares
 * @param jvm        jdkVersion and vmName as JMH recorded them, empty when it did not
 * @param jvmArgs    the forks' JVM arguments, space-separated
 */
public record JmhResult(BenchmarkKey key, String unit, double score, double scoreError, double[] raw,
        RunSettings settings, String jvm, String jvmArgs) {
}

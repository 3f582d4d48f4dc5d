package org.nnqft.reports.gate;

import java.util.Arrays;

/**
 * One benchmark of a JMH JSON file.
 *
 * @param scoreError JMH's 99.9% half-width, NaN when it had too few iterations
 * @param forks      the per-iteration scores, one array per JVM fork (JMH's rawData)
 * @param jvm        jdkVersion and vmName as JMH recorded them, empty when it did not
 * @param jvmArgs    the forks' JVM arguments, space-separated
 */
public record JmhResult(BenchmarkKey key, String unit, double score, double scoreError, double[][] forks,
        RunSettings settings, String jvm, String jvmArgs) {

    /** Every iteration of every fork, in order. */
    public double[] raw() {
        return Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
    }

    /**
     * One value per fork: what the gate tests, since a run's variation lives between JVMs (JIT
     * decisions, memory layout) and the iterations of one fork share them.
     */
    public double[] forkMeans() {
        return Arrays.stream(forks).mapToDouble(f -> Arrays.stream(f).average().orElseThrow()).toArray();
    }

    /** The same benchmark with these forks (a history side over several runs: one per run, of its fork means). */
    public JmhResult withForks(double[][] pooled, double pooledScore, double pooledError) {
        return new JmhResult(key, unit, pooledScore, pooledError, pooled, settings, jvm, jvmArgs);
    }
}

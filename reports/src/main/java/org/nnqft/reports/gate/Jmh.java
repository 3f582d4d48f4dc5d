package org.nnqft.reports.gate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the JMH benchmarks jar. An interface so that bench and compare --confirm are tested with a
 * stand-in that writes synthetic results, without minutes of real benchmarking.
 */
@FunctionalInterface
public interface Jmh {
    /**
     * Runs JMH with {@code args} plus -rf json -rff {@code json}, copying its output to {@code log}.
     *
     * @return JMH's exit code (0: every benchmark ran)
     */
    int run(List<String> args, Path json, PrintWriter log) throws IOException, InterruptedException;
}

package org.nnqft.reports.results;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/**
 * Where a benchmark run happened, beside its jmh.json: timings are only comparable on the same
 * kind of machine, and the vector species decide what the SIMD benchmarks can reach.
 *
 * @param cpuFlags the flags line of /proc/cpuinfo (which AVX or NEON), "unknown" elsewhere
 * @param jmhArgs  the profile's JMH options for one round, without the result file's
 * @param rounds   how many JMH runs of one fork each were merged into jmh.json (null in files
 *                 written before rounds, which were one JMH run)
 */
public record BenchEnvironment(String kind, int schema, String jdk, String cpuModel, String cpuFlags,
        VectorSpecies vectorSpecies, int cores, String commit, String date, String profile, List<String> jmhArgs,
        Integer rounds) {
    public static final String KIND = "bench-environment";
    public static final int SCHEMA = 1;

    /** The preferred species as the JDK reports them, e.g. Species[double, 4, S_256_BIT]. */
    public record VectorSpecies(String preferredDouble, String preferredFloat, int bits) {
    }

    public static BenchEnvironment capture(String profile, List<String> jmhArgs,
        Integer rounds) {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        return new BenchEnvironment(KIND, SCHEMA,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.version") + ")",
                Environment.cpuModel(cpuinfo), Environment.cpuField(cpuinfo, "flags"),
                new VectorSpecies(DoubleVector.SPECIES_PREFERRED.toString(), FloatVector.SPECIES_PREFERRED.toString(),
                        DoubleVector.SPECIES_PREFERRED.vectorBitSize()),
                Runtime.getRuntime().availableProcessors(), System.getProperty("nnqft.commit", "unknown"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), profile, List.copyOf(jmhArgs), rounds);
    }
}

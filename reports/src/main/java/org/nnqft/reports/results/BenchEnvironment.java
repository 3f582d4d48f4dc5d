package org.nnqft.reports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;

/**
 * Where a benchmark run happened, beside its jmh.json: timings are only comparable on the same
 * kind of machine, and the vector species decide what the SIMD benchmarks can reach.
 *
 * @param cpuFlags the flags line of /proc/cpuinfo (which AVX or NEON), "unknown" elsewhere
 * @param jmhArgs  the profile's JMH options, without the result file's
 */
public record BenchEnvironment(String kind, int schema, String jdk, String cpuModel, String cpuFlags,
        VectorSpecies vectorSpecies, int cores, String commit, String date, String profile, List<String> jmhArgs) {
    public static final String KIND = "bench-environment";
    public static final int SCHEMA = 1;

    /** The preferred species as the JDK reports them, e.g. Species[double, 4, S_256_BIT]. */
    public record VectorSpecies(String preferredDouble, String preferredFloat, int bits) {
    }

    public static BenchEnvironment capture(String profile, List<String> jmhArgs) {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        return new BenchEnvironment(KIND, SCHEMA,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.version") + ")",
                cpuField(cpuinfo, "model name"), cpuField(cpuinfo, "flags"),
                new VectorSpecies(DoubleVector.SPECIES_PREFERRED.toString(), FloatVector.SPECIES_PREFERRED.toString(),
                        DoubleVector.SPECIES_PREFERRED.vectorBitSize()),
                Runtime.getRuntime().availableProcessors(), System.getProperty("nnqft.commit", "unknown"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), profile, List.copyOf(jmhArgs));
    }

    /** A field of the first processor in /proc/cpuinfo (ARM kernels say "Features" for flags). */
    static String cpuField(Path cpuinfo, String field) {
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith(field) || field.equals("flags") && l.startsWith("Features"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .filter(s -> !s.isEmpty())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

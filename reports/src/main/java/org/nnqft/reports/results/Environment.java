package org.nnqft.reports.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.nnqft.numerics.spec.ExperimentSpec;

/**
 * Where and with what a result was produced, so that timings from different machines or commits
 * are never compared unknowingly by the regression gate.
 */
public record Environment(
        String jdk,
        String cpu,
        int cores,
        int threads,
        String backend,
        String precision,
        String commit,
        String date) {

    public static Environment capture(ExperimentSpec spec) {
        return new Environment(
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                cpuModel(Path.of("/proc/cpuinfo")),
                Runtime.getRuntime().availableProcessors(),
                spec.threads(),
                spec.backend(),
                spec.precision().id(),
                System.getProperty("nnqft.commit", "unknown"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The "model name" of /proc/cpuinfo; absent on non-Linux systems and on some ARM kernels. */
    static String cpuModel(Path cpuinfo) {
        return cpuField(cpuinfo, "model name");
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

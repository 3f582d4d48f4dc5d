package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnqft.reports.results.BenchEnvironment;
import org.nnqft.reports.results.ResultFiles;

/**
 * Timings are only comparable on the same kind of machine. When bench's environment.json sits
 * beside both JMH files, say where they differ; a warning, not a failure, since a JMH file may
 * come without one and a changed JDK can be the very thing under test.
 */
final class MachineCheck {
    private MachineCheck() {
    }

    /** The differences that bear on timings, empty when they agree or either side is unknown. */
    static List<String> differences(Path baselineJmh, Path currentJmh) {
        BenchEnvironment b = beside(baselineJmh);
        BenchEnvironment c = beside(currentJmh);
        List<String> d = new ArrayList<>();
        if (b == null || c == null) {
            return d;
        }
        differ(d, "CPU", b.cpuModel(), c.cpuModel());
        differ(d, "cores", b.cores(), c.cores());
        differ(d, "vector species", b.vectorSpecies(), c.vectorSpecies());
        differ(d, "JDK", b.jdk(), c.jdk());
        return d;
    }

    private static void differ(List<String> d, String what, Object b, Object c) {
        if (!Objects.equals(b, c)) {
            d.add(what + " " + b + " (baseline) vs " + c + " (current)");
        }
    }

    private static BenchEnvironment beside(Path jmh) {
        Path env = jmh.toAbsolutePath().resolveSibling("environment.json");
        try {
            return Files.isRegularFile(env) ? ResultFiles.readBenchEnvironment(env) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

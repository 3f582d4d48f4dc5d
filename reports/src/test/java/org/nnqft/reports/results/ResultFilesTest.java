package org.nnqft.reports.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

class ResultFilesTest {
    @TempDir
    Path dir;

    private static ResultFile sample(double mean) {
        ExperimentSpec spec = new SpecBuilder().dIn(2).inputs(new double[][] {{-1, 1}, {1, 1}})
                .widths(3).orders(2).bags(2).nets(10).threads(1).build();
        List<List<Double>> points = List.of(List.of(-1.0, 1.0), List.of(1.0, 1.0));
        MultisetEntry withTheory = new MultisetEntry(points, 2.0, mean, 0.1, 0.07, 0.05, 0.05, 2.0, 0.0, 1.4);
        MultisetEntry without = new MultisetEntry(points, 2.0, mean, 0.1, 0.07, 0.05, 0.05, null, null, null);
        return new ResultFile(ResultFile.SCHEMA, null, SpecEntry.of(spec),
                new Environment("25 (test)", "unknown", 2, 1, "scalar", "double", "abc123", "2025-01-01T00:00:00Z"),
                new TimingEntry(0.5, 60, 180, 360.0),
                List.of(new OrderEntry(3, 2, List.of(withTheory, without), new MeanMEntry(0.05, 0.01, 0.0, 5.0))));
    }

    @Test
    void roundTrip() throws IOException {
        Path target = dir.resolve("r.json");
        ResultFiles.write(target, sample(2.1));
        assertThat(ResultFiles.read(target)).isEqualTo(sample(2.1));
    }

    /** G0 = 0: m, background and mExact null with the reason; error fields as written. */
    private static ResultFile withUndefinedM() {
        ResultFile base = sample(2.1);
        List<List<Double>> points = List.of(List.of(-1.0, 1.0), List.of(1.0, 1.0));
        MultisetEntry zeroG0 = new MultisetEntry(points, 0.0, 0.01, 0.1, 0.07, null, null, 0.0, null, 0.14,
                "G0 = 0: the Gaussian-process value vanishes", 0.0, null, null, "bags");
        MultisetEntry exact = new MultisetEntry(points, 2.0, 2.1, 0.1, 0.07, 0.05, 0.05, 2.0, 0.0, 0.5,
                null, 1e-15, null, 0.2, "exact");
        MultisetEntry withheld = new MultisetEntry(points, 2.0, 2.1, 0.1, 0.07, 0.05, 0.05, null, null, null,
                null, 3e-6, "quadrature error estimate 3.0e-07 relative (doubled nodes) exceeds 1e-08", null, null);
        return new ResultFile(base.schema(), base.preset(), base.spec(), base.environment(), base.timing(),
                List.of(new OrderEntry(3, 2, List.of(zeroG0, exact, withheld), new MeanMEntry(0.05, 0.01, 0.0, 5.0), true)));
    }

    @Test
    void undefinedValuesAndTheirReasonsRoundTrip() throws IOException {
        Path target = dir.resolve("r.json");
        ResultFiles.write(target, withUndefinedM());
        assertThat(ResultFiles.read(target)).isEqualTo(withUndefinedM());
        assertThat(Files.readString(target)).contains("\"m\" : null", "\"undefined\" : \"G0 = 0",
                "\"zError\" : \"exact\"", "\"bagsUnreliable\" : true");
    }

    @Test
    void filesFromBeforeTheErrorFieldsReadWithThemNull() throws IOException {
        Path target = dir.resolve("r.json");
        ResultFiles.write(target, sample(2.1));
        String old = Files.readString(target)
                .replaceAll("(?m)^\\s*\"(undefined|exactError|noExact|exactStderr|zError|bagsUnreliable)\" : [^\\n]*\\n", "")
                .replaceAll(",(\\s*[}\\]])", "$1");
        assertThat(old).doesNotContain("zError").doesNotContain("bagsUnreliable");
        Files.writeString(target, old);
        assertThat(ResultFiles.read(target)).isEqualTo(sample(2.1));
    }

    @Test
    void nullsAreJsonNullsAndEnumsLowerCase() throws IOException {
        Path target = dir.resolve("r.json");
        ResultFiles.write(target, sample(2.1));
        String json = Files.readString(target);
        assertThat(json).contains("\"exact\" : null", "\"mExact\" : null", "\"z\" : null", "\"preset\" : null",
                "\"arch\" : \"gauss\"", "\"estimator\" : \"plain\"", "\"schema\" : 1");
    }

    @Test
    void specSurvivesTheTripBackToTheLibrary() throws IOException {
        Path target = dir.resolve("r.json");
        ResultFiles.write(target, sample(2.1));
        ExperimentSpec again = ResultFiles.read(target).spec().toSpec();
        assertThat(again.inputs()).isDeepEqualTo(new double[][] {{-1, 1}, {1, 1}});
        assertThat(again.widths()).containsExactly(3);
        assertThat(again.threads()).isEqualTo(1);
    }

    @Test
    void replacesAtomicallyLeavingNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("deep/er/r.json");
        ResultFiles.write(target, sample(2.1));
        ResultFiles.write(target, sample(2.3));

        assertThat(ResultFiles.read(target)).isEqualTo(sample(2.3));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.json");
        }
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("r.json");
        ResultFiles.write(target, sample(2.1));
        // a rename cannot replace a non-empty directory: the write fails after the temporary exists
        Path blocked = dir.resolve("blocked.json");
        Files.createDirectories(blocked.resolve("child"));
        assertThatThrownBy(() -> ResultFiles.write(blocked, sample(2.3))).isInstanceOf(IOException.class);

        assertThat(ResultFiles.read(target)).isEqualTo(sample(2.1));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.json", "blocked.json");
        }
    }

    @Test
    void rejectsOtherSchemas() throws IOException {
        Path target = dir.resolve("r.json");
        ResultFiles.write(target, sample(2.1));
        Files.writeString(target, Files.readString(target).replace("\"schema\" : 1", "\"schema\" : 2"));
        assertThatThrownBy(() -> ResultFiles.read(target)).isInstanceOf(IOException.class).hasMessageContaining("schema 2");
    }

    private static CouplingsFile couplings(double u4) {
        ExperimentSpec spec = new SpecBuilder().arch(org.nnqft.numerics.spec.Architecture.RELU).orders(4).widths(3)
                .bags(2).nets(10).threads(1).build();
        List<List<Double>> four = List.of(List.of(0.2), List.of(0.2), List.of(0.4), List.of(1.2));
        CouplingMultisetEntry defined = new CouplingMultisetEntry(four, 7.5e6, -0.3, u4, 1e-8, null);
        CouplingMultisetEntry cancelled = new CouplingMultisetEntry(four, 0.0, 0.1, null, null, null);
        CouplingEntry entry = new CouplingEntry(3, 1.0, 1, u4, 1e-8, 2e-8, null, null, 2.0, List.of(defined, cancelled));
        CouplingsRun run = new CouplingsRun(SpecEntry.of(spec),
                new Environment("25 (test)", "unknown", 2, 1, "scalar", "double", "abc123", "2025-01-01T00:00:00Z"),
                new TimingEntry(0.5, 20, 60, 120.0), new IntegralEntry("box [-50, 50]^1", "Gauss-Legendre", 50.0),
                List.of(entry));
        return CouplingsFile.of("els-fig2", List.of(run));
    }

    @Test
    void couplingsRoundTrip() throws IOException {
        Path target = dir.resolve("c.json");
        ResultFiles.write(target, couplings(-4e-8));
        assertThat(ResultFiles.readCouplings(target)).isEqualTo(couplings(-4e-8));
        assertThat(Files.readString(target)).contains("\"kind\" : \"couplings\"", "\"schema\" : 1", "\"u4\" : null",
                "\"cutoff\" : 50.0");
    }

    @Test
    void eachReaderRefusesTheOtherKindOfFile() throws IOException {
        Path c = dir.resolve("c.json");
        Path r = dir.resolve("r.json");
        ResultFiles.write(c, couplings(-4e-8));
        ResultFiles.write(r, sample(2.1));
        assertThatThrownBy(() -> ResultFiles.read(c)).isInstanceOf(IOException.class).hasMessageContaining("single-run");
        assertThatThrownBy(() -> ResultFiles.readSweep(c)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ResultFiles.readCouplings(r)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a couplings result file");
        Files.writeString(c, Files.readString(c).replace("\"schema\" : 1", "\"schema\" : 2"));
        assertThatThrownBy(() -> ResultFiles.readCouplings(c)).isInstanceOf(IOException.class)
                .hasMessageContaining("schema 2");
    }

    @Test
    void cpuModelFromCpuinfo() throws IOException {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: X\nmodel name\t: Test CPU @ 3.00GHz\n");
        assertThat(Environment.cpuModel(cpuinfo)).isEqualTo("Test CPU @ 3.00GHz");
        assertThat(Environment.cpuModel(dir.resolve("absent"))).isEqualTo("unknown");
        Files.writeString(cpuinfo, "processor\t: 0\nBogoMIPS\t: 50.00\n");
        assertThat(Environment.cpuModel(cpuinfo)).isEqualTo("unknown");
    }
}

package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.results.MultisetEntry;
import org.nnqft.reports.results.OrderEntry;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.SpecEntry;

class GreenCommandTest {
    /** The published 1-d Gauss-net inputs, scaled by 0.01. */
    private static final List<List<Double>> GAUSS_1D =
            Stream.of(-0.01, -0.006, -0.002, 0.002, 0.006, 0.01).map(List::of).toList();

    @TempDir
    Path dir;

    @Test
    void smallRunWritesAFileThatReadsBack() throws IOException {
        Cli r = Cli.run(dir, "green", "--widths", "2,3", "--bags", "2", "--nets", "50", "--threads", "2",
                "--out", "out/green.json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).as("no progress bar without a terminal").isEmpty();
        assertThat(r.out())
                .contains("widths    2 3")
                .contains("2 bags x 50 networks, seed 1, plain estimator")
                .contains("mean |m|").contains("mean bkg").contains("mean m_exact").contains("mean |z|")
                .contains("networks").contains("neuron-samples/s")
                .contains("result  out" + java.io.File.separator + "green.json");

        ResultFile file = ResultFiles.read(dir.resolve("out/green.json"));
        assertThat(file.schema()).isEqualTo(1);
        assertThat(file.preset()).isNull();
        SpecEntry spec = file.spec();
        assertThat(spec.arch()).isEqualTo("gauss");
        assertThat(spec.dIn()).isEqualTo(1);
        assertThat(spec.sigmaW()).isEqualTo(1.0);
        assertThat(spec.sigmaB()).isEqualTo(1.0);
        assertThat(spec.widths()).containsExactly(2, 3);
        assertThat(spec.inputs()).isEqualTo(GAUSS_1D);
        assertThat(spec.orders()).containsExactly(2, 4, 6);
        assertThat(spec.bags()).isEqualTo(2);
        assertThat(spec.nets()).isEqualTo(50);
        assertThat(spec.estimator()).isEqualTo("plain");
        assertThat(spec.backend()).isEqualTo("simd");
        assertThat(spec.threads()).isEqualTo(2);
        assertThat(file.environment().precision()).isEqualTo("double");
        assertThat(file.environment().threads()).isEqualTo(2);
        assertThat(file.timing().networks()).isEqualTo(2L * 2 * 50);
        assertThat(file.timing().neuronSamples()).isEqualTo((2L + 3) * 2 * 50);

        // k = 6 inputs: C(k+n-1, n) multisets of each order
        assertThat(file.results()).extracting(OrderEntry::width, OrderEntry::order, e -> e.multisets().size())
                .containsExactlyInAnyOrder(
                        tuple(2, 2, 21), tuple(2, 4, 126),
                        tuple(2, 6, 462), tuple(3, 2, 21),
                        tuple(3, 4, 126), tuple(3, 6, 462));
        for (OrderEntry e : file.results()) {
            for (MultisetEntry m : e.multisets()) {
                assertThat(m.points()).hasSize(e.order()).allSatisfy(p -> assertThat(GAUSS_1D).contains(p));
                assertThat(m.g0()).isPositive();
                assertThat(m.std()).isNotNegative();
            }
        }
    }

    @Test
    void twoDimensionalInputs() throws IOException {
        Cli r = Cli.run(dir, "green", "--d-in", "2", "--inputs", "-1,1;1,1", "--orders", "2,4",
                "--widths", "2", "--bags", "2", "--nets", "50", "--out", "r.json");

        assertThat(r.code()).as(r.err()).isZero();
        ResultFile file = ResultFiles.read(dir.resolve("r.json"));
        assertThat(file.spec().inputs()).containsExactly(List.of(-1.0, 1.0), List.of(1.0, 1.0));
        OrderEntry second = file.results().stream().filter(e -> e.order() == 2).findFirst().orElseThrow();
        assertThat(second.multisets()).extracting(MultisetEntry::points).containsExactly(
                List.of(List.of(-1.0, 1.0), List.of(-1.0, 1.0)),
                List.of(List.of(-1.0, 1.0), List.of(1.0, 1.0)),
                List.of(List.of(1.0, 1.0), List.of(1.0, 1.0)));
        assertThat(file.results()).filteredOn(e -> e.order() == 4).singleElement()
                .satisfies(e -> assertThat(e.multisets()).hasSize(5));
    }

    @Test
    void oneDimensionalInputsToleratesSpaces() throws IOException {
        Cli r = Cli.run(dir, "green", "--inputs", "0.5; -0.5 ;1", "--orders", "2",
                "--widths", "2", "--bags", "2", "--nets", "50", "--out", "r.json");

        assertThat(r.code()).as(r.err()).isZero();
        ResultFile file = ResultFiles.read(dir.resolve("r.json"));
        assertThat(file.spec().inputs()).containsExactly(List.of(0.5), List.of(-0.5), List.of(1.0));
        assertThat(file.results()).singleElement().satisfies(e -> assertThat(e.multisets()).hasSize(6));
    }

    @Test
    void presetPlusOverride() throws IOException {
        Cli r = Cli.run(dir, "green", "--preset", "els-fig1", "--widths", "3", "--bags", "2", "--nets", "30",
                "--orders", "2", "--out", "r.json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("nnqft: preset els-fig1");
        ResultFile file = ResultFiles.read(dir.resolve("r.json"));
        assertThat(file.preset()).isEqualTo("els-fig1");
        assertThat(file.spec().widths()).containsExactly(3);
        assertThat(file.spec().bags()).isEqualTo(2);
        assertThat(file.spec().nets()).isEqualTo(30);
        assertThat(file.spec().orders()).containsExactly(2);
        // the rest is the preset's
        assertThat(file.spec().arch()).isEqualTo("gauss");
        assertThat(file.spec().seed()).isEqualTo(1);
        assertThat(file.spec().inputs()).isEqualTo(GAUSS_1D);
    }

    @Test
    void resultsDoNotDependOnThreads() throws IOException {
        String[] common = {"green", "--widths", "2,5", "--bags", "2", "--nets", "600", "--orders", "2,4"};
        assertThat(Cli.run(dir, concat(common, "--threads", "1", "--out", "a.json")).code()).isZero();
        assertThat(Cli.run(dir, concat(common, "--threads", "2", "--out", "b.json")).code()).isZero();

        assertThat(ResultFiles.read(dir.resolve("b.json")).results())
                .isEqualTo(ResultFiles.read(dir.resolve("a.json")).results());
    }

    @Test
    void nonFiniteRunExitsOneWithoutAFile() throws IOException {
        // exp of a mean pre-activation of 1e9 overflows the Gauss-net
        Cli r = Cli.run(dir, "green", "--mu-w", "1e6", "--inputs", "1000", "--widths", "2", "--bags", "2",
                "--nets", "20", "--out", "r.json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("non-finite").contains("mu-w=1000000.0");
        assertThat(dir.resolve("r.json")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void helpListsEveryOption() {
        Cli r = Cli.run(dir, "green", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--preset", "--arch", "--d-in", "--sigma-w", "--sigma-b", "--mu-w", "--mu-b",
                "--widths", "--inputs", "--orders", "--bags", "--nets", "--seed", "--estimator", "--backend",
                "--threads", "--out", "quick, els-fig1", "gauss, erf, relu");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}

package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;

/** The nd4j backend through the command line: the module is on the runtime class path. */
class Nd4jCommandTest {
    @TempDir
    Path dir;

    @Test
    void greenRunsOnNd4jAndRecordsBackendAndRng() throws IOException {
        Cli r = Cli.run(dir, "green", "--backend", "nd4j", "--widths", "3,10", "--bags", "2", "--nets", "300",
                "--threads", "1", "--out", "nd.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("nd4j backend, double precision, suite rng, 1 thread");
        ResultFile file = ResultFiles.read(dir.resolve("nd.json"));
        assertThat(file.spec().backend()).isEqualTo("nd4j");
        assertThat(file.spec().rng()).isEqualTo("suite");
        assertThat(file.spec().toSpec().rng().id()).isEqualTo("suite");

        Cli scalar = Cli.run(dir, "green", "--backend", "scalar", "--widths", "3,10", "--bags", "2", "--nets", "300",
                "--threads", "1", "--out", "sc.json");
        assertThat(scalar.code()).as(scalar.err()).isZero();
        var nd = file.results();
        var sc = ResultFiles.read(dir.resolve("sc.json")).results();
        for (int i = 0; i < nd.size(); i++) {
            for (int m = 0; m < nd.get(i).multisets().size(); m++) {
                double a = nd.get(i).multisets().get(m).mean();
                double b = sc.get(i).multisets().get(m).mean();
                assertThat(a).isCloseTo(b, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(b))));
            }
        }
    }

    @Test
    void backendsPresetComparesEveryBackendOnTheSameWork() throws IOException {
        Cli r = Cli.run(dir, "green", "--preset", "backends", "--widths", "10", "--bags", "2", "--nets", "256",
                "--out", "b.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("neuron-samples/s").contains("vs simd")
                .containsPattern("scalar +suite +double +1 ")
                .containsPattern("simd +suite +double +1 .* 1\\.00x")
                .containsPattern("nd4j +suite +double +1 ")
                .containsPattern("nd4j +native +double +1 ");
        assertThat(ResultFiles.readSweep(dir.resolve("b.json")).runs()).hasSize(4);
    }

    /**
     * Each spec of the preset runs on its own backend (it once ran all four on the first and only
     * recorded the others' names): the suite runs draw the same networks as scalar and agree to
     * rounding, while nd4j's own generator draws other networks and so other couplings.
     */
    @Test
    void couplingsBackendsPresetRunsEachSpecOnItsBackend() throws IOException {
        Cli r = Cli.run(dir, "couplings", "--preset", "backends", "--widths", "10", "--bags", "2", "--nets", "256",
                "--out", "c.json");
        assertThat(r.code()).as(r.err()).isZero();
        var runs = ResultFiles.readCouplings(dir.resolve("c.json")).runs();
        assertThat(runs).extracting(run -> run.spec().backend() + " " + run.spec().rng())
                .containsExactly("scalar suite", "simd suite", "nd4j suite", "nd4j native");
        double scalar = runs.get(0).results().getFirst().meanU4();
        for (int i = 1; i < 3; i++) {
            assertThat(runs.get(i).results().getFirst().meanU4()).as(runs.get(i).spec().backend())
                    .isCloseTo(scalar, org.assertj.core.data.Offset.offset(1e-9 * Math.abs(scalar)));
        }
        // the same networks would agree to 1e-9; other networks differ by their sampling error
        assertThat(Math.abs(runs.get(3).results().getFirst().meanU4() - scalar)).isGreaterThan(1e-6 * Math.abs(scalar));
    }
}

package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.presets.Presets;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.SweepFile;

class SweepTest {
    @TempDir
    Path dir;

    @Test
    void severalSigmaWRunOneEnsembleEachIntoOneFile() throws IOException {
        Cli r = Cli.run(dir, "green", "--sigma-w", "1,2.5,4", "--widths", "3", "--bags", "2", "--nets", "40",
                "--orders", "2,4", "--out", "sweep.json");
        assertThat(r.code()).as(r.err()).isZero();
        SweepFile sweep = ResultFiles.readSweep(dir.resolve("sweep.json"));
        assertThat(sweep.runs()).extracting(run -> run.spec().sigmaW()).containsExactly(1.0, 2.5, 4.0);
        assertThat(sweep.runs().get(1).results()).hasSize(2);
        assertThat(r.out()).contains("sweep   3 values of sigma_W");
    }

    @Test
    void aBadValueAnywhereInTheSweepRejectsItBeforeAnyRun() {
        Cli r = Cli.run(dir, "green", "--sigma-w", "1,0,4", "--widths", "3", "--bags", "2", "--nets", "40",
                "--out", "sweep.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--sigma-w");
        assertThat(r.out()).isEmpty();
        assertThat(Files.exists(dir.resolve("sweep.json"))).isFalse();
    }

    @Test
    void figure2PresetSweepsThePublishedSigmaW() {
        assertThat(Presets.named("els-fig2").sigmaWSweep()).hasSize(20).startsWith(1.0, 1.5).endsWith(10.0, 20.0);
        var spec = Presets.named("els-fig2").builder().build();
        assertThat(spec.sigmaB()).isZero();
        assertThat(spec.widths()).containsExactly(5, 10, 50, 100, 500, 1000);
        assertThat(spec.bags()).isEqualTo(30);
        assertThat(spec.nets()).isEqualTo(30_000);
    }
}

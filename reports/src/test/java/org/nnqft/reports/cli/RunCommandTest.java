package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;

class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToQuickAndResultsDirectory() throws IOException {
        Cli r = Cli.run(dir, "run", "--widths", "2", "--bags", "2", "--nets", "30");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("nnqft: preset quick")
                .contains("result  results" + File.separator + "quick.json");
        ResultFile file = ResultFiles.read(dir.resolve("results/quick.json"));
        assertThat(file.preset()).isEqualTo("quick");
        assertThat(file.spec().arch()).isEqualTo("gauss");
        assertThat(file.spec().dIn()).isEqualTo(1);
        assertThat(file.spec().orders()).containsExactly(2, 4, 6);
        assertThat(file.spec().seed()).isEqualTo(1);
        assertThat(file.spec().estimator()).isEqualTo("plain");
        assertThat(file.spec().widths()).containsExactly(2);
        assertThat(file.spec().nets()).isEqualTo(30);
    }

    @Test
    void namedPresetGoesToItsOwnFile() throws IOException {
        Cli r = Cli.run(dir, "run", "--preset", "els-fig1", "--widths", "2", "--bags", "2", "--nets", "30",
                "--orders", "2");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ResultFiles.read(dir.resolve("results/els-fig1.json")).preset()).isEqualTo("els-fig1");
        assertThat(dir.resolve("results/quick.json")).doesNotExist();
    }

    @Test
    void outOverridesTheDefaultPath() throws IOException {
        Cli r = Cli.run(dir, "run", "--widths", "2", "--bags", "2", "--nets", "30", "--orders", "2",
                "--out", "elsewhere/mine.json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ResultFiles.read(dir.resolve("elsewhere/mine.json")).preset()).isEqualTo("quick");
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void lastOfARepeatedOptionWins() throws IOException {
        Cli r = Cli.run(dir, "run", "--widths", "2", "--bags", "5", "--nets", "30", "--orders", "2",
                "--bags", "2");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ResultFiles.read(dir.resolve("results/quick.json")).spec().bags()).isEqualTo(2);
    }
}

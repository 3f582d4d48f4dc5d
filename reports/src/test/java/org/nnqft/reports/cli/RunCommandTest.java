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
    void endsWithTheReportOfWhatItRanBesideTheResult() throws IOException {
        Cli r = Cli.run(dir, "run", "--widths", "2,4", "--bags", "2", "--nets", "30", "--out", "out/mine.json");

        assertThat(r.code()).as(r.err()).isZero();
        String report = "out" + File.separator + "mine-report" + File.separator + "index.html";
        assertThat(r.out()).endsWith("result  out" + File.separator + "mine.json" + System.lineSeparator()
                + "report  " + report + System.lineSeparator());
        String html = java.nio.file.Files.readString(dir.resolve(report));
        assertThat(html.contains("mine.json")).isTrue();
        // Figure 1 and the histograms of m_2 and of m_4, a panel per width
        assertThat(html.split("<svg", -1).length - 1).isEqualTo(1 + 2);
        assertThat(dir.resolve("out/mine-report/summary.md")).exists();
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

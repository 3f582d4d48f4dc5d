package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.browser.Chromium;
import org.nnqft.reports.browser.Chromium.Measured;
import org.nnqft.reports.results.ResultFiles;

/**
 * The reports a user makes, laid out by headless Chromium (Debian's chromium, which .ci/run
 * installs): of a run, of a couplings sweep, of a verify file with a JMH file, and of a benchmark
 * history. What it checks, per figure: its SVG has a nonzero size, no two of its texts overlap
 * (boxes as the browser lays them out, beyond {@link Chromium#TOLERANCE} square pixels), and its
 * caption is there and says what it must. It compares no pixels with a stored image.
 */
class ReportInChromiumTest {
    @TempDir
    static Path dir;

    static List<Measured> run;
    static List<Measured> sweep;
    static List<Measured> files;

    @BeforeAll
    static void makeTheReports() throws Exception {
        Chromium.binary();
        Cli r = Cli.run(dir, "run", "--widths", "2,10,100", "--bags", "4", "--nets", "400", "--out", "run/quick.json");
        assertThat(r.code()).as(r.err()).isZero();
        run = Chromium.figures(dir.resolve("run/quick-report/index.html"));
        Cli c = Cli.run(dir, "couplings", "--sigma-w", "1,2,4,8", "--widths", "10,100", "--bags", "4", "--nets", "512",
                "--out", "sweep/couplings.json");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(Cli.run(dir, "report", "--in", "sweep/couplings.json", "--out", "sweep/report").code()).isZero();
        sweep = Chromium.figures(dir.resolve("sweep/report/index.html"));
        Path in = Files.createDirectories(dir.resolve("files"));
        ResultFiles.write(in.resolve("verify.json"), ReportFixtures.verification());
        Files.writeString(in.resolve("jmh.json"), ReportFixtures.JMH);
        ReportHistoryTest.record(in.resolve("h.sqlite"), 12, 7, CompareCommandTest.FORWARD, 1.2);
        assertThat(Cli.run(dir, "report", "--in", "files", "--out", "files/report").code()).isZero();
        files = Chromium.figures(dir.resolve("files/report/index.html"));
    }

    static void laidOut(List<Measured> figures) {
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.width()).as(f.name()).isPositive();
            assertThat(f.height()).as(f.name()).isPositive();
            assertThat(f.texts()).as(f.name() + ": its labels are text").isNotEmpty();
            assertThat(f.overlaps()).as(f.name()).isEmpty();
            assertThat(f.caption()).as(f.name()).isNotBlank();
        });
    }

    @Test
    void theRunsReportHasFigureOneAndItsHistogramsLaidOutCleanly() {
        assertThat(run).extracting(Measured::name).containsExactly("figure1-quick", "histograms-m2-quick",
                "histograms-m4-quick");
        laidOut(run);
        assertThat(run.getFirst().caption()).contains("Error bars:").contains("Sample: gauss net").contains("4 bags x 400 networks");
    }

    @Test
    void theSweepsReportHasFigureTwoLaidOutCleanly() {
        assertThat(sweep).extracting(Measured::name).containsExactly("figure2-couplings");
        laidOut(sweep);
        assertThat(sweep.getFirst().caption()).contains("Error bars:").contains("predicted").contains("Sample:");
        assertThat(sweep.getFirst().texts()).extracting(Chromium.Box::text).contains("N = 10", "N = 100");
    }

    @Test
    void theBenchAndHistoryReportIsLaidOutCleanly() {
        assertThat(files).extracting(Measured::name).anyMatch(n -> n.startsWith("forward-pass"))
                .anyMatch(n -> n.startsWith("history"));
        laidOut(files);
        assertThat(files).filteredOn(f -> f.name().startsWith("history")).allSatisfy(
                f -> assertThat(f.caption()).contains("best fork"));
    }
}

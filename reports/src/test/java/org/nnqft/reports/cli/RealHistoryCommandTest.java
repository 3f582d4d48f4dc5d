package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nnqft history on the real smoke runs (resources real-runs/epyc-avx512-smoke-rounds): ten runs of
 * one jar recorded with history record, then the planted run (Box-Muller with 20% more work).
 * The test of the tracker: it finds that change point and no other.
 */
class RealHistoryCommandTest {
    static final String BOX_MULLER = "GaussianBenchmark.simdDoubleBoxMuller avgt";

    @TempDir
    Path dir;

    void record(String resource, int run, String commit) throws Exception {
        Path file = dir.resolve(resource);
        try (InputStream in = getClass().getResourceAsStream("/real-runs/epyc-avx512-smoke-rounds/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, file);
        }
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "record", resource, "--commit", commit, "--date",
                String.format(Locale.ROOT, "2026-12-02T19:%02d:00Z", run));
        assertThat(r.code()).as(r.err()).isZero();
    }

    void tenRuns() throws Exception {
        for (int i = 1; i <= 10; i++) {
            record(String.format(Locale.ROOT, "run-%02d.json", i), i, "7e80a61");
        }
    }

    static List<String> changePoints(Cli r) {
        return r.out().lines().filter(l -> l.startsWith("  ---- change point")).toList();
    }

    @Test
    void tenRunsOfOneJarHaveNoChangePoint() throws Exception {
        tenRuns();
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(changePoints(r)).isEmpty();
        assertThat(r.out()).contains("4 benchmarks;").contains("The newest run follows no regression.");
    }

    @Test
    void thePlantedSlowdownIsTheOnlyChangePoint() throws Exception {
        tenRuns();
        record("planted.json", 11, "planted");
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(changePoints(r)).singleElement().asString().contains("at commit planted (run 11)")
                .containsPattern("\\+1[4-6]\\.\\d% worse");
        String series = r.out().substring(r.out().indexOf(BOX_MULLER));
        assertThat(series.lines().skip(12).findFirst().orElseThrow()).startsWith("  ---- change point");
        assertThat(r.out()).contains("The newest run follows a regression in 1: " + BOX_MULLER);
    }
}

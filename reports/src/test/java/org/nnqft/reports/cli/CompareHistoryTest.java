package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnqft.reports.cli.CompareCommandTest.FORWARD;
import static org.nnqft.reports.cli.CompareCommandTest.display;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.SyntheticJmh;

/** compare with a side taken from the history: one value per run when a side spans several. */
class CompareHistoryTest {
    @TempDir
    Path dir;

    /** Six runs in the history, the newest with the forward pass 20% slower. */
    @BeforeEach
    void sixRuns() throws Exception {
        for (int run = 1; run <= 6; run++) {
            double factor = run == 6 ? 1.20 : 1;
            SyntheticJmh.write(dir.resolve("r" + run + ".json"), 10 + run,
                    SyntheticJmh.with(SyntheticJmh.suite(), b -> display(b).equals(FORWARD) ? b.scaled(factor) : b));
            Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "record", "r" + run + ".json", "--date",
                    "2026-01-0" + run + "T00:00:00Z");
            assertThat(r.code()).as(r.err()).isZero();
        }
    }

    @Test
    void theNewestRunAgainstTheFiveBeforeIt() {
        Cli r = Cli.run(dir, "compare", "--history", "h.sqlite", "--baseline", "history:5,skip=1", "--current", "history:1");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(CompareCommandTest.row(r, FORWARD)).contains("| 5/3 |").endsWith("| REGRESSION");
        assertThat(r.out()).contains("20 compared: 1 regressions, 0 improvements");
    }

    @Test
    void aFileAgainstTheLastFiveRuns() {
        Cli r = Cli.run(dir, "compare", "--history", "h.sqlite", "--baseline", "history:5", "--current", "r1.json");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        // the last five include the slow run: a mixed baseline, no verdict either way beyond noise
        assertThat(CompareCommandTest.row(r, FORWARD)).contains("| 5/3 |");
    }

    @Test
    void aBadRangeNamesTheOptionAndTheSyntax() {
        for (String bad : List.of("history:0", "history:x", "history:5,skip=-1", "history:6,skip=1")) {
            Cli r = Cli.run(dir, "compare", "--history", "h.sqlite", "--baseline", bad, "--current", "r1.json");
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("--baseline");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Cli.run(dir, "compare", "--history", "h.sqlite", "--baseline", "history:x", "--current", "r1.json").err())
                .contains("history:N (the N newest runs)");
        assertThat(Cli.run(dir, "compare", "--history", "h.sqlite", "--baseline", "history:6,skip=1", "--current", "r1.json")
                .err()).contains("holds 6 runs, fewer than the 7");
        assertThat(Cli.run(dir, "compare", "--history", "none.sqlite", "--baseline", "history:1", "--current", "r1.json")
                .err()).contains("no such history");
    }
}

package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnqft.reports.cli.CompareCommandTest.FORWARD;
import static org.nnqft.reports.cli.CompareCommandTest.display;
import static org.nnqft.reports.gate.SyntheticJmh.suite;
import static org.nnqft.reports.gate.SyntheticJmh.with;
import static org.nnqft.reports.gate.SyntheticJmh.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.Jmh;

/** --confirm with a stand-in re-run: a regression that does not come back passes, one that does fails. */
class ConfirmTest {
    @TempDir
    Path dir;

    final List<List<String>> calls = new ArrayList<>();

    @BeforeEach
    void plantASlowdown() throws Exception {
        write(dir.resolve("b.json"), 1, suite());
        write(dir.resolve("c.json"), 2, with(suite(), b -> display(b).equals(FORWARD) ? b.scaled(1.20) : b));
    }

    /** A re-run that measures the forward pass at {@code factor} times the baseline's mean, one fork per call. */
    Jmh rerun(double factor) {
        return (args, json, log) -> {
            calls.add(args);
            write(json, 3 + calls.size(), suite().stream().filter(b -> display(b).equals(FORWARD))
                    .map(b -> b.scaled(factor)).toList(), 1);
            return 0;
        };
    }

    @Test
    void aRegressionThatDoesNotComeBackPasses() throws Exception {
        Cli r = Cli.run(dir, rerun(1.0), "compare", "--baseline", "b.json", "--current", "c.json", "--confirm", "--out", "cmp.json");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(CompareCommandTest.row(r, FORWARD)).contains("no change (re-run: ").contains("first run: REGRESSION");
        JsonNode f = new ObjectMapper().readTree(dir.resolve("cmp.json").toFile());
        assertThat(f.get("confirmed").asBoolean()).isTrue();
        JsonNode row = f.get("rows").get(0);
        assertThat(row.get("verdict").asText()).isEqualTo("no change");
        assertThat(row.get("rerun").get("verdict").asText()).isEqualTo("no change");
        assertThat(row.get("changePercent").asDouble()).isGreaterThan(10);
    }

    @Test
    void aRegressionThatComesBackFails() throws Exception {
        Cli r = Cli.run(dir, rerun(1.20), "compare", "--baseline", "b.json", "--current", "c.json", "--confirm");
        assertThat(r.code()).isEqualTo(1);
        assertThat(CompareCommandTest.row(r, FORWARD)).contains("REGRESSION (re-run: +");
    }

    @Test
    void onlyTheRegressionIsReRunWithItsParamsAndIterationsInRoundsOfOneFork() {
        Cli.run(dir, rerun(1.0), "compare", "--baseline", "b.json", "--current", "c.json", "--confirm");
        // the current file's three forks, as three rounds
        assertThat(calls).hasSize(3);
        assertThat(calls).allSatisfy(c -> assertThat(String.join(" ", c)).isEqualTo(
                "^org\\.nnqft\\.benchmarks\\.ForwardPassBenchmark\\.block$ -p arch=gauss -p estimator=plain "
                        + "-p impl=scalar -p width=10 -bm avgt -f 1 -t 1 -wi 4 -i 5 -w 1s -r 1s -wbs 1 -bs 1 -foe true"));
    }

    @Test
    void theReRunsRoundsAreMergedIntoOneSideOfThreeForks() throws Exception {
        Cli r = Cli.run(dir, rerun(1.2), "compare", "--baseline", "b.json", "--current", "c.json", "--confirm", "--out", "cmp.json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode rerun = new ObjectMapper().readTree(dir.resolve("cmp.json").toFile()).get("rows").get(0).get("rerun");
        assertThat(rerun.get("verdict").asText()).isEqualTo("REGRESSION");
        assertThat(rerun.get("pValue").isNumber()).as("Welch's test needs the merged forks").isTrue();
    }

    @Test
    void aReRunFailingInItsSecondRoundLeavesTheRegressionStanding() {
        int[] n = {0};
        Cli r = Cli.run(dir, (args, json, log) -> {
            if (++n[0] == 2) {
                return 1;
            }
            write(json, 3 + n[0], suite().stream().filter(b -> display(b).equals(FORWARD)).toList(), 1);
            return 0;
        }, "compare", "--baseline", "b.json", "--current", "c.json", "--confirm");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("failed in round 2 of 3").contains("unconfirmed");
        assertThat(CompareCommandTest.row(r, FORWARD)).endsWith("| REGRESSION");
    }

    @Test
    void nothingIsReRunWithoutARegression() throws Exception {
        write(dir.resolve("c.json"), 2, suite());
        Cli r = Cli.run(dir, rerun(1.2), "compare", "--baseline", "b.json", "--current", "c.json", "--confirm");
        assertThat(r.code()).isZero();
        assertThat(calls).isEmpty();
    }

    @Test
    void aFailedReRunLeavesTheRegressionStanding() {
        Cli r = Cli.run(dir, (args, json, log) -> 1, "compare", "--baseline", "b.json", "--current", "c.json", "--confirm");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("re-run").contains("unconfirmed");
        assertThat(CompareCommandTest.row(r, FORWARD)).endsWith("| REGRESSION");
    }
}

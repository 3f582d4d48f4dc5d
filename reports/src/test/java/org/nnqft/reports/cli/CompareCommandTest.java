package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnqft.reports.gate.SyntheticJmh.suite;
import static org.nnqft.reports.gate.SyntheticJmh.with;
import static org.nnqft.reports.gate.SyntheticJmh.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.SyntheticJmh.Bench;

/**
 * The gate on synthetic JMH files with planted changes (3 forks of 5 iterations, 1% noise per
 * iteration and 0.5% per fork). How often 3 forks find a change under more noise is NoiseTest's.
 */
class CompareCommandTest {
    static final String FORWARD = "ForwardPassBenchmark.block [arch=gauss, estimator=plain, impl=scalar, width=10] avgt";
    static final String WICK = "MomentsBenchmark.scalarWick thrpt";

    @TempDir
    Path dir;

    Path baseline() throws Exception {
        return write(dir.resolve("b.json"), 1, suite());
    }

    /** The current file: the suite with benchmarks whose display starts with {@code which} scaled. */
    Path current(String which, double factor) throws Exception {
        return write(dir.resolve("c.json"), 2, with(suite(), b -> display(b).equals(which) ? b.scaled(factor) : b));
    }

    static String display(Bench b) {
        return new org.nnqft.reports.gate.BenchmarkKey(b.name(), b.params(), b.mode()).display();
    }

    static String row(Cli r, String benchmark) {
        return r.out().lines().filter(l -> l.startsWith(benchmark + " |")).findFirst().orElseThrow();
    }

    @Test
    void aPlantedTwentyPercentSlowdownFails() throws Exception {
        baseline();
        current(FORWARD, 1.20);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(row(r, FORWARD)).contains("worse").endsWith("| REGRESSION");
        assertThat(r.out()).containsOnlyOnce("REGRESSION").contains("20 compared: 1 regressions")
                .contains("benchmark | baseline | current | change % | forks | CV of fork means | p (Holm) | verdict");
        assertThat(row(r, FORWARD)).contains("| 3/3 |").containsPattern("\\| \\d\\.\\d%/\\d\\.\\d% \\|");
    }

    @Test
    void aTwoPercentSlowdownPasses() throws Exception {
        baseline();
        current(FORWARD, 1.02);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(row(r, FORWARD)).endsWith("| no change");
    }

    @Test
    void aThroughputImprovementIsNotARegression() throws Exception {
        baseline();
        current(WICK, 1.20);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(row(r, WICK)).contains("+").contains("better").endsWith("| IMPROVEMENT");
    }

    @Test
    void aThroughputDropIsARegression() throws Exception {
        baseline();
        current(WICK, 0.80);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json");
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(row(r, WICK)).contains("-").contains("worse").endsWith("| REGRESSION");
    }

    @Test
    void aFasterTimeIsAnImprovement() throws Exception {
        baseline();
        current(FORWARD, 0.80);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json");
        assertThat(r.code()).isZero();
        assertThat(row(r, FORWARD)).contains("better").endsWith("| IMPROVEMENT");
    }

    @Test
    void addedAndMissingAreListedAndWritten() throws Exception {
        List<Bench> s = suite();
        write(dir.resolve("b.json"), 1, s.subList(0, 19));
        write(dir.resolve("c.json"), 2, s.subList(1, 20));
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json", "--out", "cmp.json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("added (in the current file only, not compared):\n  " + display(s.get(19)))
                .contains("missing (in the baseline only, not compared):\n  " + display(s.get(0)))
                .contains("18 compared");
        JsonNode f = new ObjectMapper().readTree(dir.resolve("cmp.json").toFile());
        assertThat(f.get("kind").asText()).isEqualTo("comparison");
        assertThat(f.get("schema").asInt()).isEqualTo(2);
        assertThat(f.get("baseline").asText()).isEqualTo("b.json");
        assertThat(f.get("minEffect").asDouble()).isEqualTo(0.10);
        assertThat(f.get("alpha").asDouble()).isEqualTo(0.01);
        assertThat(f.get("confirmed").asBoolean()).isFalse();
        assertThat(f.get("rows")).hasSize(18);
        assertThat(f.get("rows").get(0).fieldNames()).toIterable().contains("benchmark", "params", "mode", "unit",
                "baseline", "baselineError", "current", "currentError", "changePercent", "pValue", "verdict",
                "baselineForks", "currentForks", "baselineCv", "currentCv");
        assertThat(f.get("rows").get(0).get("baselineForks").asInt()).isEqualTo(3);
        assertThat(f.get("rows").get(0).get("baselineCv").asDouble()).isBetween(0.0, 0.05);
        assertThat(f.get("added").get(0).get("benchmark").asText()).isEqualTo(s.get(19).name());
        assertThat(f.get("missing").get(0).get("params").get("impl").asText()).isEqualTo("scalar");
    }

    @Test
    void aTruncatedFileExits2NamingItAndWritesNothing() throws Exception {
        String whole = Files.readString(baseline());
        Files.writeString(dir.resolve("c.json"), whole.substring(0, whole.length() / 2));
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json", "--out", "cmp.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--current c.json").contains("truncated");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("cmp.json")).doesNotExist();
    }

    @Test
    void aMissingFileExits2() throws Exception {
        baseline();
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "nope.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--current nope.json").contains("no such file");
    }

    @Test
    void somethingElseThanJmhExits2() throws Exception {
        baseline();
        Files.writeString(dir.resolve("c.json"), "{\"schema\": 1, \"runs\": []}");
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--current c.json").contains("not a JMH result file");
    }

    @Test
    void aUnitMismatchExits2NamingBothFiles() throws Exception {
        baseline();
        write(dir.resolve("c.json"), 2, with(suite(), b -> display(b).equals(FORWARD) ? b.withUnit("us/op") : b));
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json", "--out", "cmp.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(FORWARD).contains("ns/op in b.json").contains("us/op in c.json");
        assertThat(dir.resolve("cmp.json")).doesNotExist();
    }

    @Test
    void aBadMinEffectNamesTheOptionAndItsRange() throws Exception {
        baseline();
        current(FORWARD, 1);
        for (String bad : List.of("10", "-1%", "x", "2000%")) {
            Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json", "--min-effect", bad);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--min-effect").contains("0% to 1000%").contains("(got " + bad + ")");
        }
    }

    @Test
    void oneForkASideTestsNothingAndIsExitTwo() throws Exception {
        write(dir.resolve("b.json"), 1, suite(), 1);
        write(dir.resolve("c.json"), 2, with(suite(), b -> display(b).equals(FORWARD) ? b.scaled(2) : b), 3);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json", "--out", "cmp.json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("warning: --baseline b.json: 20 of 20 benchmarks have 1 fork (fewer than 2), not tested")
                .doesNotContain("--current c.json:")
                .contains("none of the 20 benchmarks could be tested");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("cmp.json")).doesNotExist();
    }

    @Test
    void someBenchmarksWithOneForkAreNamedAndTheRestTested() throws Exception {
        write(dir.resolve("b.json"), 1, suite());
        Path c = write(dir.resolve("c.json"), 2, with(suite(), b -> display(b).equals(FORWARD) ? b.scaled(1.2) : b));
        // the moments benchmarks of the current file with a single fork
        Path one = write(dir.resolve("one.json"), 3, suite(), 1);
        com.fasterxml.jackson.databind.node.ArrayNode cur = (com.fasterxml.jackson.databind.node.ArrayNode) new ObjectMapper().readTree(c.toFile());
        JsonNode single = new ObjectMapper().readTree(one.toFile());
        for (int i = 0; i < cur.size(); i++) {
            if (cur.get(i).get("benchmark").asText().contains("MomentsBenchmark")) {
                cur.set(i, single.get(i));
            }
        }
        new ObjectMapper().writeValue(c.toFile(), cur);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("warning: --current c.json: 4 of 20 benchmarks have 1 fork (fewer than 2), not tested, "
                + "e.g. MomentsBenchmark.");
        assertThat(row(r, FORWARD)).endsWith("| REGRESSION");
        assertThat(r.out()).contains("4 not tested (p n/a): a side has fewer than 2 forks");
    }

    @Test
    void withoutBaselineTheOptionIsNamed() {
        Cli r = Cli.run(dir, "compare", "--current", "c.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--baseline").contains("JMH result file");
    }

    @Test
    void minEffectAcceptsAFraction() throws Exception {
        baseline();
        current(FORWARD, 1.20);
        Cli r = Cli.run(dir, "compare", "--baseline", "b.json", "--current", "c.json", "--min-effect", "0.25", "--out", "cmp.json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("worse by more than 25%");
    }

    @Test
    void runsFromDifferentMachinesAreFlaggedButStillCompared() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("c"));
        write(dir.resolve("b/jmh.json"), 1, suite());
        write(dir.resolve("c/jmh.json"), 2, suite());
        var env = org.nnqft.reports.results.BenchEnvironment.capture("quick", List.of(), 3);
        org.nnqft.reports.results.ResultFiles.write(dir.resolve("b/environment.json"), env);
        org.nnqft.reports.results.ResultFiles.write(dir.resolve("c/environment.json"),
                new org.nnqft.reports.results.BenchEnvironment(env.kind(), env.schema(), env.jdk(), "Other CPU", env.cpuFlags(),
                        env.vectorSpecies(), env.cores(), env.commit(), env.date(), env.profile(), env.jmhArgs(), env.rounds()));
        Cli r = Cli.run(dir, "compare", "--baseline", "b/jmh.json", "--current", "c/jmh.json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning").contains("Other CPU (current)").doesNotContain("JDK ");
    }
}

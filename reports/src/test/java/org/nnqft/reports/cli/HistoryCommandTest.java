package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnqft.reports.cli.CompareCommandTest.FORWARD;
import static org.nnqft.reports.cli.CompareCommandTest.WICK;
import static org.nnqft.reports.cli.CompareCommandTest.display;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.SyntheticJmh;
import org.nnqft.reports.gate.SyntheticJmh.Bench;
import org.nnqft.reports.results.BenchEnvironment;
import org.nnqft.reports.results.ResultFiles;

/** bench --record, history record and history on synthetic runs (2% noise per iteration, 1% per fork, 3 forks). */
class HistoryCommandTest {
    @TempDir
    Path dir;

    static List<Bench> suite(String slowed, double factor) {
        return SyntheticJmh.with(SyntheticJmh.suite(),
                b -> display(b).equals(slowed) ? b.withNoise(0.02, 0.01).scaled(factor) : b.withNoise(0.02, 0.01));
    }

    /** Records runs 1 to 6 through bench --record, the last with {@code slowed} scaled by {@code factor}. */
    void sixRuns(String slowed, double factor) {
        for (int run = 1; run <= 6; run++) {
            long seed = 100 + run;
            List<Bench> benches = suite(slowed, run == 6 ? factor : 1);
            // the smoke profile's five rounds, one fork each
            int[] round = {0};
            Cli r = Cli.run(dir, (args, json, log) -> {
                SyntheticJmh.write(json, seed * 10 + round[0]++, benches, 1);
                return 0;
            }, "bench", "--profile", "smoke", "--out", "bench", "--record", "--history", "h.sqlite");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("recorded as run " + run + " in h.sqlite");
        }
    }

    static List<String> changePoints(Cli r) {
        return r.out().lines().filter(l -> l.startsWith("  ---- change point")).toList();
    }

    @Test
    void aTwentyPercentSlowdownInTheNewestRunIsTheOnlyChangeAndFails() {
        sixRuns(FORWARD, 1.20);
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(changePoints(r)).hasSize(1);
        assertThat(changePoints(r).getFirst()).contains("(run 6)").containsPattern("\\+(19|20|21)\\.\\d% worse");
        String series = r.out().substring(r.out().indexOf(FORWARD + " (ns/op), 6 runs"));
        assertThat(series.lines().skip(7).findFirst().orElseThrow()).startsWith("  ---- change point");
        assertThat(r.out()).contains("20 benchmarks;").contains("The newest run follows a regression in 1: " + FORWARD);
        assertThat(r.out()).contains("  run | date | commit | best fork | score | error | forks").contains("| 5\n");
    }

    @Test
    void aThroughputGainIsAChangeButNoRegression() {
        sixRuns(WICK, 1.25);
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "--benchmark", "scalarWick");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(changePoints(r)).singleElement().asString().contains("better");
        assertThat(r.out()).contains("1 benchmarks;").contains("follows no regression");
    }

    @Test
    void aThroughputDropIsARegression() {
        sixRuns(WICK, 0.75);
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "--benchmark", "Wick");
        assertThat(r.code()).isEqualTo(1);
        assertThat(changePoints(r)).singleElement().asString().contains("-25").contains("worse");
    }

    @Test
    void anUnchangedHistoryPasses() {
        sixRuns(FORWARD, 1.0);
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(changePoints(r)).isEmpty();
    }

    @Test
    void recordTakesAJmhFileWithTheEnvironmentBesideIt() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        SyntheticJmh.write(dir.resolve("a/jmh.json"), 1, SyntheticJmh.suite());
        BenchEnvironment env = BenchEnvironment.capture("quick", List.of(), 3);
        ResultFiles.write(dir.resolve("a/environment.json"), new BenchEnvironment(env.kind(), env.schema(), env.jdk(),
                env.cpuModel(), env.cpuFlags(), env.vectorSpecies(), env.cores(), "feedbee", "2026-02-03T04:05:06Z",
                "quick", List.of(), 3));
        SyntheticJmh.write(dir.resolve("b.json"), 2, SyntheticJmh.suite());
        assertThat(Cli.run(dir, "history", "--history", "h.sqlite", "record", "a/jmh.json").code()).isZero();
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "record", "b.json", "--commit", "c0ffee",
                "--date", "2026-01-01T00:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("recorded b.json as run 2 in h.sqlite");
        Cli h = Cli.run(dir, "history", "--history", "h.sqlite", "--benchmark", "simdWick");
        // oldest first: the file recorded second ran first
        assertThat(h.out()).containsSubsequence("| 2026-01-01T00:00:00Z | c0ffee |", "| 2026-02-03T04:05:06Z | feedbee |");
    }

    @Test
    void badInputNamesTheOptionAndPrintsNothing() throws Exception {
        sixRuns(FORWARD, 1.0);
        for (List<String> bad : List.of(List.of("--window", "1"), List.of("--window", "x"), List.of("--p-value", "0"),
                List.of("--p-value", "1.5"), List.of("--benchmark", "("), List.of("--benchmark", "NoSuchBenchmark"),
                List.of("--history", "missing.sqlite"))) {
            List<String> args = new java.util.ArrayList<>(List.of("history", "--history", "h.sqlite"));
            args.addAll(bad);
            Cli r = Cli.run(dir, args.toArray(String[]::new));
            assertThat(r.code()).as(bad.toString()).isEqualTo(2);
            assertThat(r.err()).as(bad.toString()).contains(bad.getFirst());
            assertThat(r.out()).as(bad.toString()).isEmpty();
        }
        assertThat(Cli.run(dir, "history", "--history", "h.sqlite", "--window", "1").err())
                .contains("--window must be an integer from 2 to 100000 (got 1)");
        assertThat(Cli.run(dir, "history", "--history", "h.sqlite", "--p-value", "1.5").err())
                .contains("--p-value must be a number between 0 and 1");
        assertThat(dir.resolve("missing.sqlite")).doesNotExist();
    }

    @Test
    void recordRefusesABadFileOrDateAndRecordsNothing() throws Exception {
        Files.writeString(dir.resolve("torn.json"), "[{\"benchmark\": ");
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "record", "torn.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("torn.json").contains("truncated");
        SyntheticJmh.write(dir.resolve("ok.json"), 1, SyntheticJmh.suite());
        Cli d = Cli.run(dir, "history", "--history", "h.sqlite", "record", "ok.json", "--date", "yesterday");
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("--date must be an ISO-8601 instant");
        assertThat(Cli.run(dir, "history", "--history", "h.sqlite").out()).contains("0 benchmarks;");
    }

    @Test
    void aDatabaseThatIsNotAHistoryIsExitTwoForEveryCommand() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("other.sqlite"));
                var s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (name TEXT)");
        }
        SyntheticJmh.write(dir.resolve("ok.json"), 1, SyntheticJmh.suite());
        for (List<String> args : List.of(List.of("history", "--history", "other.sqlite"),
                List.of("history", "--history", "other.sqlite", "record", "ok.json"),
                List.of("compare", "--history", "other.sqlite", "--baseline", "history:1", "--current", "ok.json"))) {
            Cli r = Cli.run(dir, args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(2);
            assertThat(r.err()).as(args.toString()).contains("--history").contains("not an nnqft history");
            assertThat(r.out()).as(args.toString()).isEmpty();
        }
    }

    @Test
    void anEnvironmentWithABadDateIsNamedAndNothingRecorded() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        SyntheticJmh.write(run.resolve("jmh.json"), 1, SyntheticJmh.suite());
        Files.writeString(run.resolve("environment.json"), Files.readString(recordedEnvironment())
                .replaceFirst("\"date\" *: *\"[^\"]*\"", "\"date\": \"2026-02-30 noon\""));
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "record", "run/jmh.json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("environment.json").contains("date 2026-02-30 noon is not an ISO-8601 instant")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Cli.run(dir, "history", "--history", "h.sqlite").out()).contains("0 benchmarks;");
    }

    /** An environment.json as bench writes it. */
    Path recordedEnvironment() throws Exception {
        Cli r = Cli.run(dir, (args, json, log) -> {
            SyntheticJmh.write(json, 1, SyntheticJmh.suite());
            return 0;
        }, "bench", "--profile", "smoke", "--out", "env");
        assertThat(r.code()).as(r.err()).isZero();
        return dir.resolve("env/environment.json");
    }

    @Test
    void benchRecordIntoAnUnusableHistoryIsExitTwoNamingItAndKeepsTheFiles() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("other.sqlite"));
                var s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (name TEXT)");
        }
        Cli r = Cli.run(dir, (args, json, log) -> {
            SyntheticJmh.write(json, 1, SyntheticJmh.suite());
            return 0;
        }, "bench", "--profile", "smoke", "--out", "bench", "--record", "--history", "other.sqlite");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("nnqft bench: --history other.sqlite").contains("the run's files are kept")
                .doesNotContain("JMH failed");
        assertThat(dir.resolve("bench/jmh.json")).isRegularFile();
        assertThat(dir.resolve("bench/environment.json")).isRegularFile();
    }

    @Test
    void recordWithAnUnreadableEnvironmentIsExitTwoNamingItWithoutAStackTrace() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        SyntheticJmh.write(run.resolve("jmh.json"), 1, SyntheticJmh.suite());
        // valid JSON around bytes that are not UTF-8
        Files.write(run.resolve("environment.json"), new byte[] {'{', '"', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "record", "run/jmh.json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("environment.json").contains("nothing was recorded").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void recordingOneFileTwiceIsExitTwoAndOneRun() throws Exception {
        SyntheticJmh.write(dir.resolve("ok.json"), 1, SyntheticJmh.suite());
        assertThat(Cli.run(dir, "history", "--history", "h.sqlite", "record", "ok.json").code()).isZero();
        Cli r = Cli.run(dir, "history", "--history", "h.sqlite", "record", "ok.json", "--commit", "other");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--history h.sqlite: already holds this JMH output, as run 1");
        assertThat(r.out()).isEmpty();
        assertThat(Cli.run(dir, "history", "--history", "h.sqlite").out()).contains(", 1 runs");
    }
}

package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.SyntheticJmh;

/** bench with a stand-in for the JMH child: the files it leaves, and that a failure leaves none. */
class BenchCommandTest {
    @TempDir
    Path dir;

    final List<List<String>> calls = new ArrayList<>();

    @Test
    void aRunWritesJmhJsonAndItsEnvironment() throws Exception {
        Cli r = Cli.run(dir, (args, json, log) -> {
            calls.add(args);
            log.println("# JMH version: 1.37");
            SyntheticJmh.write(json, calls.size(), SyntheticJmh.suite(), 1);
            return 0;
        }, "bench", "--out", "out");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# JMH version").contains("20 benchmarks, profile quick, 3 rounds");
        assertThat(calls).hasSize(3);
        assertThat(calls.getFirst()).containsSubsequence("-p", "arch=gauss").containsSubsequence("-f", "1");
        assertThat(Files.readString(dir.resolve("out/jmh.json"))).contains("ForwardPassBenchmark");
        JsonNode env = new ObjectMapper().readTree(dir.resolve("out/environment.json").toFile());
        assertThat(env.get("kind").asText()).isEqualTo("bench-environment");
        assertThat(env.get("schema").asInt()).isEqualTo(1);
        assertThat(env.get("profile").asText()).isEqualTo("quick");
        assertThat(env.get("vectorSpecies").get("bits").asInt()).isPositive();
        assertThat(env.get("cores").asInt()).isPositive();
        assertThat(env.fieldNames()).toIterable().contains("jdk", "cpuModel", "cpuFlags", "commit", "date", "jmhArgs");
        assertThat(env.get("rounds").asInt()).isEqualTo(3);
        // one fork per round, merged: each benchmark has the rounds' three forks, in round order
        JsonNode first = new ObjectMapper().readTree(dir.resolve("out/jmh.json").toFile()).get(0);
        assertThat(first.get("forks").asInt()).isEqualTo(3);
        assertThat(first.get("primaryMetric").get("rawData")).hasSize(3);
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("jmh.json", "environment.json");
        }
    }

    @Test
    void aRoundThatFailsLeavesNoFilesAndNamesTheRound() throws Exception {
        Cli r = Cli.run(dir, (args, json, log) -> {
            calls.add(args);
            SyntheticJmh.write(json, calls.size(), SyntheticJmh.suite(), 1);
            return calls.size() == 2 ? 1 : 0;
        }, "bench", "--out", "out");
        assertThat(r.code()).isEqualTo(1);
        assertThat(calls).hasSize(2);
        assertThat(r.err()).contains("round 2 of 3").contains("nothing written");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theSmokeProfileRunsFiveRounds() throws Exception {
        Cli r = Cli.run(dir, (args, json, log) -> {
            calls.add(args);
            SyntheticJmh.write(json, calls.size(), SyntheticJmh.suite(), 1);
            return 0;
        }, "bench", "--profile", "smoke", "--out", "out");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(calls).hasSize(5);
        assertThat(new ObjectMapper().readTree(dir.resolve("out/jmh.json").toFile()).get(0).get("forks").asInt()).isEqualTo(5);
    }

    @Test
    void aFailedRunLeavesNoFiles() throws Exception {
        Cli r = Cli.run(dir, (args, json, log) -> {
            Files.writeString(json, "[{\"benchmark\": ");
            return 1;
        }, "bench", "--profile", "full", "--out", "out");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("JMH failed").contains("nothing written");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aRunThatWritesNoResultsFails() throws Exception {
        Cli r = Cli.run(dir, (args, json, log) -> 0, "bench", "--out", "out");
        assertThat(r.code()).isEqualTo(1);
        assertThat(dir.resolve("out/jmh.json")).doesNotExist();
        assertThat(dir.resolve("out/environment.json")).doesNotExist();
    }

    @Test
    void anUnknownProfileExits2BeforeAnything() throws Exception {
        Cli r = Cli.run(dir, "bench", "--profile", "medium");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--profile").contains("quick or full").contains("medium");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileAsOutputDirectoryExits2() throws Exception {
        Files.writeString(dir.resolve("f"), "x");
        Cli r = Cli.run(dir, "bench", "--out", "f");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out").contains("directory");
    }
}

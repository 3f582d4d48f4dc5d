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
            SyntheticJmh.write(json, 1, SyntheticJmh.suite());
            return 0;
        }, "bench", "--out", "out");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# JMH version").contains("20 benchmarks, profile quick");
        assertThat(calls.getFirst()).containsSubsequence("-p", "arch=gauss");
        assertThat(Files.readString(dir.resolve("out/jmh.json"))).contains("ForwardPassBenchmark");
        JsonNode env = new ObjectMapper().readTree(dir.resolve("out/environment.json").toFile());
        assertThat(env.get("kind").asText()).isEqualTo("bench-environment");
        assertThat(env.get("schema").asInt()).isEqualTo(1);
        assertThat(env.get("profile").asText()).isEqualTo("quick");
        assertThat(env.get("vectorSpecies").get("bits").asInt()).isPositive();
        assertThat(env.get("cores").asInt()).isPositive();
        assertThat(env.fieldNames()).toIterable().contains("jdk", "cpuModel", "cpuFlags", "commit", "date", "jmhArgs");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("jmh.json", "environment.json");
        }
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

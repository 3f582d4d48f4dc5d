package org.nnqft.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rounds of one fork merged into one file: checked against JMH itself. A real 3-fork file is split
 * into three one-fork files, and the merge must give back what JMH computed for the three forks.
 */
class JmhRoundsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void threeForksSplitAndMergedGiveJmhsOwnStatistics() throws Exception {
        ArrayNode real = realRun();
        List<Path> rounds = split(real);
        ArrayNode merged = JmhRounds.merge(rounds);
        assertThat(merged).hasSize(real.size());
        for (int b = 0; b < real.size(); b++) {
            JsonNode want = real.get(b);
            JsonNode got = merged.get(b);
            assertThat(got.get("benchmark").asText()).isEqualTo(want.get("benchmark").asText());
            assertThat(got.get("forks").asInt()).isEqualTo(3);
            assertThat(got.get("params")).isEqualTo(want.get("params"));
            JsonNode w = want.get("primaryMetric");
            JsonNode g = got.get("primaryMetric");
            assertThat(g.get("rawData")).isEqualTo(w.get("rawData"));
            assertThat(g.get("score").asDouble()).isCloseTo(w.get("score").asDouble(), within(1e-12 * w.get("score").asDouble()));
            assertThat(g.get("scoreError").asDouble())
                    .isCloseTo(w.get("scoreError").asDouble(), within(1e-9 * w.get("scoreError").asDouble()));
            assertThat(g.get("scoreConfidence").get(1).asDouble())
                    .isCloseTo(w.get("scoreConfidence").get(1).asDouble(), within(1e-9 * w.get("score").asDouble()));
            w.get("scorePercentiles").properties().forEach(e -> assertThat(g.get("scorePercentiles").get(e.getKey()).asDouble())
                    .as("percentile %s of %s", e.getKey(), want.get("benchmark").asText())
                    .isCloseTo(e.getValue().asDouble(), within(1e-12 * e.getValue().asDouble())));
        }
        // and the gate reads the merged file as it reads JMH's
        Path mergedFile = dir.resolve("merged.json");
        Files.writeString(mergedFile, JSON.writeValueAsString(merged));
        List<JmhResult> read = JmhFiles.read(mergedFile);
        assertThat(read.getFirst().forkMeans()).hasSize(3);
    }

    @Test
    void roundsThatRanDifferentBenchmarksAreRefusedNamingTheRound() throws Exception {
        List<Path> rounds = split(realRun());
        ArrayNode shorter = (ArrayNode) JSON.readTree(rounds.get(1).toFile());
        shorter.remove(0);
        Files.writeString(rounds.get(1), JSON.writeValueAsString(shorter));
        assertThatThrownBy(() -> JmhRounds.merge(rounds)).isInstanceOf(BadJmhFile.class)
                .hasMessageContaining("round 2").hasMessageContaining("other benchmarks");
    }

    @Test
    void aDamagedRoundIsRefusedNamingItsFile() throws Exception {
        List<Path> rounds = split(realRun());
        Files.writeString(rounds.get(2), "[{\"benchmark\": ");
        assertThatThrownBy(() -> JmhRounds.merge(rounds)).isInstanceOf(BadJmhFile.class)
                .hasMessageContaining(rounds.get(2).toString());
    }

    @Test
    void sampleModeMergesItsHistogramsCountWeighted() throws Exception {
        List<Path> rounds = new ArrayList<>();
        double[][] bins = {{10, 3}, {20, 1}};
        for (int r = 0; r < 2; r++) {
            ObjectNode b = JSON.createObjectNode().put("benchmark", "x.Y.z").put("mode", "sample").put("forks", 1);
            ObjectNode metric = b.putObject("primaryMetric").put("score", 1).put("scoreUnit", "ns/op");
            ArrayNode iteration = metric.putArray("rawDataHistogram").addArray().addArray();
            iteration.addArray().add(bins[r][0]).add(bins[r][1]);
            Path f = dir.resolve("s" + r + ".json");
            Files.writeString(f, JSON.writeValueAsString(JSON.createArrayNode().add(b)));
            rounds.add(f);
        }
        JsonNode m = JmhRounds.merge(rounds).get(0).get("primaryMetric");
        // three samples at 10, one at 20
        assertThat(m.get("score").asDouble()).isEqualTo(12.5);
        assertThat(m.get("rawDataHistogram")).hasSize(2);
        assertThat(m.has("scorePercentiles")).isFalse();
    }

    private static ArrayNode realRun() throws Exception {
        try (InputStream in = JmhRoundsTest.class.getResourceAsStream("/real-runs/epyc-avx512-smoke/run-01.json")) {
            return (ArrayNode) JSON.readTree(in);
        }
    }

    /** Each fork of every benchmark into its own file, as a round of -f 1 writes it. */
    private List<Path> split(ArrayNode run) throws Exception {
        List<Path> rounds = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            ArrayNode round = JSON.createArrayNode();
            for (JsonNode b : run) {
                ObjectNode one = b.deepCopy();
                one.put("forks", 1);
                ObjectNode metric = (ObjectNode) one.get("primaryMetric");
                ArrayNode raw = JSON.createArrayNode().add(b.get("primaryMetric").get("rawData").get(f));
                metric.set("rawData", raw);
                // what a one-fork run would say: not what the merge may read back
                metric.put("score", 1e9).put("scoreError", 1e9);
                round.add(one);
            }
            Path file = dir.resolve("round-" + (f + 1) + ".json");
            Files.writeString(file, JSON.writeValueAsString(round));
            rounds.add(file);
        }
        return rounds;
    }
}

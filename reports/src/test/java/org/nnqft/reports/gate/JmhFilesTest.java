package org.nnqft.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of JMH's format the synthetic suite does not cover. */
class JmhFilesTest {
    static final Path F = Path.of("f.json");

    static List<JmhResult> parse(String json) throws Exception {
        return JmhFiles.parse(F, new ObjectMapper().readTree(json));
    }

    @Test
    void sampleModeUsesThePerIterationMeansOfItsHistogram() throws Exception {
        JmhResult r = parse("""
                [{"benchmark": "a.B.c", "mode": "sample", "primaryMetric": {"score": 2.5, "scoreError": "NaN",
                  "scoreUnit": "ns/op", "rawDataHistogram": [[[[1.0, 1], [3.0, 1]], [[2.0, 3], [6.0, 1]]]]}}]
                """).getFirst();
        assertThat(r.raw()).containsExactly(2.0, 3.0);
        assertThat(r.scoreError()).isNaN();
        assertThat(r.key().params()).isEmpty();
    }

    @Test
    void aBenchmarkWithoutIterationsIsRefusedByName() {
        assertThatThrownBy(() -> parse("""
                [{"benchmark": "a.B.c", "mode": "avgt", "primaryMetric": {"score": 1, "scoreUnit": "ns/op"}}]
                """)).isInstanceOf(BadJmhFile.class).hasMessageContaining("B.c avgt").hasMessageContaining("rawData");
    }

    @Test
    void aBenchmarkTwiceIsRefused() {
        String b = """
                {"benchmark": "a.B.c", "mode": "avgt", "primaryMetric": {"score": 1, "scoreUnit": "ns/op", "rawData": [[1, 1]]}}""";
        assertThatThrownBy(() -> parse("[" + b + "," + b + "]")).hasMessageContaining("twice");
    }

    @Test
    void theSameNameInAnotherModeIsAnotherBenchmark() throws Exception {
        String b = """
                {"benchmark": "a.B.c", "mode": "%s", "primaryMetric": {"score": 1, "scoreUnit": "%s", "rawData": [[1, 1]]}}""";
        assertThat(parse("[" + b.formatted("avgt", "ns/op") + "," + b.formatted("thrpt", "ops/ns") + "]")).hasSize(2);
    }
}

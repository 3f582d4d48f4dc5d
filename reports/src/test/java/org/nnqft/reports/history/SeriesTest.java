package org.nnqft.reports.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.reports.gate.SyntheticJmh;

/** Series refuse what their change points cannot measure; a change from or to 0 is infinite, not NaN. */
class SeriesTest {
    static RecordedRun run(long id, double firstScore) {
        ArrayNode json = SyntheticJmh.json(id, SyntheticJmh.suite());
        ((ObjectNode) json.get(0).get("primaryMetric")).put("score", firstScore);
        return new RecordedRun(id, "2026-01-01T00:00:00Z", "c", null, null, json.toString());
    }

    @Test
    void aZeroOrNegativeScoreIsRefusedNamingTheRunAndBenchmark() throws Exception {
        // the strict JMH reader refuses it, so no series holds a score a ratio cannot divide by
        assertThat(Series.of(List.of(run(1, 3.0)))).hasSize(20);
        for (double bad : new double[] {0, -1.5}) {
            assertThatThrownBy(() -> Series.of(List.of(run(1, 3.0), run(2, bad)))).as("score " + bad)
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("run 2 of the history is not readable JMH output")
                    .hasMessageContaining("ForwardPassBenchmark.block")
                    .hasMessageContaining("has no positive primaryMetric.score");
        }
    }

    @Test
    void aChangeFromOrToZeroIsInfiniteAndBetweenZerosNone() {
        assertThat(new ChangePoint(3, 0, 2, 0.001).magnitude()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(new ChangePoint(3, 2, 0, 0.001).magnitude()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(new ChangePoint(3, 0, 0, 1).magnitude()).isZero();
        assertThat(new ChangePoint(3, 0, 0, 1).relativeChange()).isZero();
        assertThat(new ChangePoint(3, 2, 4, 0.001).magnitude()).isEqualTo(1.0);
        assertThat(new ChangePoint(3, 4, 2, 0.001).magnitude()).isEqualTo(1.0);
    }

    @Test
    void aStepFromAZeroSegmentIsKeptByTheMinimumMagnitude() {
        double[] x = {0, 0, 0, 0, 0, 0, 5, 5.1, 4.9, 5, 5.05, 4.95};
        assertThat(ChangePoints.find(x, 50, 0.001, 0.05)).extracting(ChangePoint::index).containsExactly(6);
    }
}

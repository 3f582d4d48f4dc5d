package org.nnqft.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The profiles track the code: VectorOpsBenchmark, which measures the machine, is in neither. */
class BenchProfileTest {
    private static final String VECTOR_OPS = "org.nnqft.benchmarks.VectorOpsBenchmark.throughput";

    @Test
    void quickExcludesTheMachineBenchmark() {
        assertThat(BenchProfile.QUICK.args()).containsSubsequence("-e", "VectorOpsBenchmark");
        assertThat(Pattern.compile("VectorOpsBenchmark").matcher(VECTOR_OPS).find()).isTrue();
    }

    @Test
    void smokeSelectsTheForwardPassButNotTheMachineBenchmark() {
        // JMH takes the arguments before the first option as regular expressions it finds in names
        List<String> args = BenchProfile.SMOKE.args();
        List<Pattern> selected = args.subList(0, args.indexOf("-p")).stream().map(Pattern::compile).toList();
        assertThat(selected).noneMatch(p -> p.matcher(VECTOR_OPS).find());
        assertThat(selected).anyMatch(p -> p.matcher("org.nnqft.benchmarks.ForwardPassBenchmark.block").find());
    }

    @Test
    void fullExcludesNothing() {
        assertThat(BenchProfile.FULL.args()).doesNotContain("-e");
    }
}

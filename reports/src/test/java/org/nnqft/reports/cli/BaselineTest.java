package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.results.ResultFiles;

/**
 * The committed baselines are real JMH output that the gate reads: the current one (AMD EPYC,
 * 3 forks) equals itself, the old one-fork Xeon baseline is refused as untestable.
 */
class BaselineTest {
    /** Surefire runs in the module directory. */
    static final Path BASELINE = Path.of("baselines/xeon-avx512-2core").toAbsolutePath();
    static final Path CURRENT = Path.of("baselines/epyc-avx512-2core").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theQuickProfileBaselineReadsWithItsEnvironment() throws Exception {
        // the quick profile's benchmarks: forward pass, Gaussian, moments and exp, gauss at N = 10 and 1000
        assertThat(JmhFiles.read(BASELINE.resolve("jmh.json"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ResultFiles.readBenchEnvironment(BASELINE.resolve("environment.json")).profile()).isEqualTo("quick");
    }

    @Test
    void againstItselfNothingCanBeTestedTillItIsReRecordedWithForks() throws Exception {
        // recorded with one fork, before forks were the unit: compare says so rather than pass
        String b = BASELINE.resolve("jmh.json").toString();
        int n = JmhFiles.read(BASELINE.resolve("jmh.json")).size();
        Cli r = Cli.run(dir, "compare", "--baseline", b, "--current", b);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--baseline " + b + ": " + n + " of " + n + " benchmarks have 1 fork")
                .contains("none of the " + n + " benchmarks could be tested");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theCurrentBaselineHasThreeForksAndComparesCleanlyWithItself() throws Exception {
        var results = JmhFiles.read(CURRENT.resolve("jmh.json"));
        assertThat(results).hasSizeGreaterThanOrEqualTo(40);
        assertThat(results).allSatisfy(x -> assertThat(x.forks()).hasNumberOfRows(3));
        assertThat(ResultFiles.readBenchEnvironment(CURRENT.resolve("environment.json")).profile()).isEqualTo("quick");
        String b = CURRENT.resolve("jmh.json").toString();
        Cli r = Cli.run(dir, "compare", "--baseline", b, "--current", b);
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("REGRESSION").doesNotContain("IMPROVEMENT");
        assertThat(r.err()).doesNotContain("fork");
    }
}

package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.reports.results.CouplingEntry;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.CouplingsRun;
import org.nnqft.reports.results.Environment;
import org.nnqft.reports.results.IntegralEntry;
import org.nnqft.reports.results.MeanMEntry;
import org.nnqft.reports.results.MultisetEntry;
import org.nnqft.reports.results.OrderEntry;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.SpecEntry;
import org.nnqft.reports.results.TimingEntry;
import org.nnqft.reports.results.VerificationFile;

/**
 * Small synthetic files of every kind a report reads, with numbers shaped like the real ones
 * (m_4 ~ 13/N, |u_4| ~ sigma_W^-3), so that every chart has something to draw.
 */
final class ReportFixtures {
    static final int[] WIDTHS = {2, 10, 100};
    static final String RUN_JDK = "25.0.3 (Fixture JDK)";
    static final String BENCH_CPU = "Fixture CPU @ 9.99GHz";

    private ReportFixtures() {
    }

    /** Writes one file of each kind, plus a file of an unknown kind and one that is not JSON. */
    static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        ResultFiles.write(dir.resolve("run.json"), result());
        ResultFiles.write(dir.resolve("couplings.json"), couplings());
        ResultFiles.write(dir.resolve("verify.json"), verification());
        Files.writeString(dir.resolve("jmh.json"), JMH);
        Files.writeString(dir.resolve("environment.json"), BENCH_ENVIRONMENT);
        Files.writeString(dir.resolve("compare.json"), COMPARISON);
        Files.writeString(dir.resolve("mystery.json"), "{\"kind\": \"mystery\", \"schema\": 1}");
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        Files.writeString(dir.resolve("empty.json"), "");
    }

    static Environment environment() {
        return new Environment(RUN_JDK, "Fixture CPU", 2, 2, "simd", "double", "fix123", "2026-01-01T00:00:00Z");
    }

    static ResultFile result() {
        SpecEntry spec = SpecEntry.of(new SpecBuilder().widths(WIDTHS).orders(2, 4).bags(2).nets(10).threads(1).build());
        List<OrderEntry> orders = new ArrayList<>();
        for (int n : WIDTHS) {
            orders.add(order(n, 2, 0.0, 0.001));
            orders.add(order(n, 4, 13.4 / n, 0.2 / Math.sqrt(n)));
        }
        return new ResultFile(ResultFile.SCHEMA, "fixture", spec, environment(), new TimingEntry(1, 20, 200, 200), orders);
    }

    private static OrderEntry order(int width, int order, double exact, double noise) {
        List<MultisetEntry> ms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double m = exact + noise * (i - 2.5);
            ms.add(new MultisetEntry(List.of(List.of(0.0)), 1, 1 + m, 0.1, 0.01, m, noise, 1 + exact, exact, 0.5));
        }
        return new OrderEntry(width, order, ms, new MeanMEntry(exact, noise, exact, 0.1));
    }

    static CouplingsFile couplings() {
        List<CouplingsRun> runs = new ArrayList<>();
        for (double s : new double[] {1, 2, 4, 8}) {
            SpecEntry spec = SpecEntry.of(new SpecBuilder().sigmaW(s).widths(10, 100).orders(4).bags(4).nets(10).threads(1).build());
            List<CouplingEntry> entries = new ArrayList<>();
            for (int n : new int[] {10, 100}) {
                double exact = -12.8 / n * Math.pow(s, -3);
                entries.add(new CouplingEntry(n, s, 15, exact * (1 + 0.01 * s), Math.abs(exact) * 0.02, Math.abs(exact) * 0.04,
                        exact, 0.5, 25.0, List.of()));
            }
            runs.add(new CouplingsRun(spec, environment(), new TimingEntry(1, 20, 200, 200),
                    new IntegralEntry("R^d", "closed form", null), entries));
        }
        return CouplingsFile.of("fixture", runs);
    }

    static VerificationFile verification() {
        return new VerificationFile(ResultFile.SCHEMA, VerificationFile.KIND, "fast", 1, environment(), 12.5, List.of(
                new VerificationFile.ClaimRow("m2-vanishes", "m_2 ~ 0 at every width", "z per multiset", "|z| < 4.4 (Holm)",
                        "worst |t| 3.1", "PASS", "120 multisets"),
                new VerificationFile.ClaimRow("flow-exponent", "slope is d_in - 4", "slope", "-3 +- 0.05", "-2.2 +- 0.01",
                        "FAIL", "fixture failure"),
                new VerificationFile.ClaimRow("figure2-plain", "noise-dominated", "S/B", "S/B >= 5", "median S/B 0.7",
                        "INCONCLUSIVE", "below background")));
    }

    static final String JMH = """
            [
            %s,
            {"benchmark": "org.nnqft.benchmarks.GaussianBenchmark.scalar", "mode": "avgt", "params": {},
             "primaryMetric": {"score": 36.2, "scoreError": 1.1, "scoreUnit": "ns/op", "rawData": [[36.0, 36.4]]}}
            ]
            """.formatted(String.join(",\n", forwardPass()));

    private static List<String> forwardPass() {
        List<String> out = new ArrayList<>();
        String[] impls = {"scalar", "simd-double", "simd-float"};
        double[] ns = {280, 70, 34};
        for (int i = 0; i < impls.length; i++) {
            for (int width : new int[] {10, 100, 1000}) {
                out.add("""
                        {"jmhVersion": "1.37", "benchmark": "org.nnqft.benchmarks.ForwardPassBenchmark.block", "mode": "avgt",
                         "jdkVersion": "25.0.3", "vmName": "OpenJDK 64-Bit Server VM", "jvmArgs": ["--add-modules=jdk.incubator.vector"],
                         "params": {"impl": "%s", "arch": "gauss", "estimator": "plain", "width": "%d"},
                         "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "ns/op", "rawData": [[1.0, 2.0]]}}"""
                        .formatted(impls[i], width, ns[i] * (1 + 10.0 / width), ns[i] * 0.1));
            }
        }
        return out;
    }

    static final String BENCH_ENVIRONMENT = """
            {"kind": "bench-environment", "schema": 1, "jdk": "25.0.3 (Bench JDK)", "cpuModel": "%s",
             "cpuFlags": "avx2 avx512f", "vectorSpecies": {"preferredDouble": "Species[double, 8, S_512_BIT]",
             "preferredFloat": "Species[float, 16, S_512_BIT]", "bits": 512}, "cores": 2, "commit": "bench42",
             "date": "2026-01-02T00:00:00Z", "profile": "quick", "jmhArgs": ["-wi", "1", "-i", "1", "-f", "1"]}
            """.formatted(BENCH_CPU);

    /** As `nnqft compare --confirm` writes it (ComparisonFile): one regression that reproduced, one that did not. */
    static final String COMPARISON = """
            {"kind": "comparison", "schema": 1, "baseline": "base/jmh.json", "current": "cur/jmh.json",
             "minEffect": 0.05, "alpha": 0.001, "correction": "holm", "confirmed": true,
             "rows": [
              {"benchmark": "org.nnqft.benchmarks.ForwardPassBenchmark.block",
               "params": {"impl": "simd-double", "arch": "gauss", "estimator": "plain", "width": "1000"},
               "mode": "avgt", "unit": "ns/op", "baseline": 70.2, "baselineError": 2.0, "current": 91.0,
               "currentError": 2.5, "changePercent": 29.6, "pValue": 1e-6, "verdict": "REGRESSION",
               "rerun": {"current": 89.9, "currentError": 2.1, "changePercent": 28.1, "pValue": 2e-6, "verdict": "REGRESSION"}},
              {"benchmark": "org.nnqft.benchmarks.ExpBenchmark.simd", "params": {},
               "mode": "avgt", "unit": "ns/op", "baseline": 2.33, "baselineError": 0.05, "current": 2.70,
               "currentError": 0.05, "changePercent": 15.9, "pValue": 1e-4, "verdict": "no change",
               "rerun": {"current": 2.35, "currentError": 0.04, "changePercent": 0.9, "pValue": 0.6, "verdict": "no change"}},
              {"benchmark": "org.nnqft.benchmarks.GaussianBenchmark.scalar", "params": {},
               "mode": "avgt", "unit": "ns/op", "baseline": 36.2, "baselineError": 1.0, "current": 36.0,
               "currentError": 1.0, "changePercent": -0.5, "pValue": 0.7, "verdict": "no change", "rerun": null}],
             "added": [{"benchmark": "org.nnqft.benchmarks.NewBenchmark.x", "params": {}, "mode": "avgt", "unit": "ns/op"}],
             "missing": [{"benchmark": "org.nnqft.benchmarks.OldBenchmark.y", "params": {"n": "3"}, "mode": "thrpt", "unit": "ops/s"}]}
            """;
}

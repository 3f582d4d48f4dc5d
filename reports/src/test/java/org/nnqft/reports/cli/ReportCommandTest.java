package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nnqft report` on synthetic files of every kind, and on bad input. */
class ReportCommandTest {
    @TempDir
    static Path shared;

    static Path inputs;
    static Cli full;
    static String html;
    static String summary;

    /** One report of all the fixtures, shared: drawing the charts is the slow part. */
    @BeforeAll
    static void reportOfEveryKind() throws IOException {
        inputs = shared.resolve("in");
        ReportFixtures.writeAll(inputs);
        full = Cli.run(shared, "report", "--in", "in", "--out", "out");
        html = Files.readString(shared.resolve("out/index.html"));
        summary = Files.readString(shared.resolve("out/summary.md"));
    }

    @Test
    void writesBothFilesAndSaysWhere() {
        assertThat(full.code()).as(full.err()).isZero();
        assertThat(full.out()).contains("report  out" + java.io.File.separator + "index.html");
    }

    @Test
    void drawsOneSvgPerExpectedChart() {
        // Figure 1: 1; histograms of m_2 and of m_4, a panel per width: 2; Figure 2: 1; backends (gauss, plain): 1
        assertThat(count(html, "<svg")).isEqualTo(1 + 2 + 1 + 1);
        assertThat(count(html, "</svg>")).isEqualTo(count(html, "<svg"));
        for (String absent : new String[] {"<?xml", "<!DOCTYPE svg", "<script"}) {
            assertThat(html.contains(absent)).as(absent).isFalse();
        }
        // self-contained: nothing fetched from anywhere
        assertThat(Pattern.compile("(src|href)=\"https?:").matcher(html).find()).as("external reference").isFalse();
    }

    @Test
    void everyChartHasItsOwnIds() {
        Matcher ids = Pattern.compile("id=\"([^\"]+)\"").matcher(html);
        List<String> all = ids.results().map(m -> m.group(1)).toList();
        assertThat(all).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void couplingFitIsShownWithItsPrediction() {
        // |u_4| ~ sigma_W^-3 (1 + 0.01 sigma_W): a slope near -3; predicted d_in - 4 = -3
        // the table and the chart's legend (text in the SVG) carry the same numbers
        assertThat(Pattern.compile("\\| 10 \\| S/B >= 5 \\| 4 of 4 \\| -2\\.9\\d\\d \\| 0\\.0\\d\\d \\| -3 \\|").matcher(summary).find())
                .as("fit row in " + summary).isTrue();
        has(html, "predicted (d_in - 4)", "<title>ELS Figure 2: |u_4| against sigma_W, d_in = 1</title>",
                "ELS: slope d_in − 4 = -3");
        assertThat(Pattern.compile(">fit: slope -2\\.9\\d ± 0\\.0\\d<").matcher(html).find()).as("the fit's legend").isTrue();
    }

    @Test
    void theFiguresCaptionsGiveTheVerdictsOfTheClaimsTheyIllustrate() {
        has(html, "Verdicts of the claims it illustrates, on their own samples: m2-vanishes PASS (verify.json).",
                "Verdicts of the claims it illustrates, on their own samples: flow-exponent FAIL, figure2-plain "
                        + "INCONCLUSIVE (verify.json).");
        assertThat(html).contains(">ELS: ∝ 1/N<");
    }

    @Test
    void showsTheVerificationTable() {
        has(html, "m2-vanishes: m_2 ~ 0 at every width", "|z| &lt; 4.4 (Holm)", "worst |t| 3.1",
                "<td class=\"PASS\">PASS</td>", "<td class=\"FAIL\">FAIL</td>", "<td class=\"INCONCLUSIVE\">INCONCLUSIVE</td>",
                "some claim FAILED");
        has(summary, "| flow-exponent: slope is d_in - 4 | -3 +- 0.05 | -2.2 +- 0.01 | FAIL |");
    }

    @Test
    void showsTheBackendTableAndTheRegressionTable() {
        has(html, "<title>Forward pass, gauss, plain estimator</title>", "simd-float");
        has(summary, "| scalar | 560.0 \u00b1 28.0 | 308.0 \u00b1 28.0 | 282.8 \u00b1 28.0 |");
        has(html, "<td class=\"REGRESSION\">REGRESSION</td>", "+29.6 %", "<td class=\"nochange\">no change</td>",
                "Added (no baseline): NewBenchmark.x avgt", "Missing (in the baseline only): OldBenchmark.y [n=3] thrpt",
                "GaussianBenchmark.scalar", "minimum effect 5.0 %", "(holm)", "regressions re-run (--confirm)");
        // the first run's +15.9 % beside the re-run that did not reproduce it, and the final verdict
        has(summary, "| ExpBenchmark.simd |  | avgt | ns/op | 2.330e+00 \u00b1 5.000e-02 | 2.700e+00 \u00b1 5.000e-02 | +15.9 % "
                + "| - / - | - / - | 1.000e-04 | 2.350e+00 \u00b1 4.000e-02, +0.9 %, p 6.000e-01 | no change |");
    }

    @Test
    void showsTheEnvironmentOfEveryRun() {
        has(html, ReportFixtures.RUN_JDK, "fix123", ReportFixtures.BENCH_CPU, "Species[double, 8, S_512_BIT]", "bench42");
        has(summary, ReportFixtures.RUN_JDK, ReportFixtures.BENCH_CPU);
    }

    /**
     * The files `nnqft bench` and `nnqft compare` really write (the committed baseline, compared with
     * itself) are read as what they are: none skipped, the machine's species shown, the table drawn.
     * The baseline has one fork, which compare cannot test (exit 2), so it is compared as two: its
     * five measured iterations split into forks of three and two, the same real numbers.
     */
    @Test
    void readsRealBenchAndCompareOutput(@TempDir Path dir) throws IOException {
        Path baseline = BaselineTest.BASELINE;
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode jmh = mapper.readTree(baseline.resolve("jmh.json").toFile());
        for (com.fasterxml.jackson.databind.JsonNode b : jmh) {
            com.fasterxml.jackson.databind.node.ArrayNode raw = (com.fasterxml.jackson.databind.node.ArrayNode)
                    b.get("primaryMetric").get("rawData");
            com.fasterxml.jackson.databind.node.ArrayNode only = (com.fasterxml.jackson.databind.node.ArrayNode) raw.get(0);
            com.fasterxml.jackson.databind.node.ArrayNode second = mapper.createArrayNode();
            while (only.size() > 3) {
                second.add(only.remove(3));
            }
            raw.add(second);
            ((com.fasterxml.jackson.databind.node.ObjectNode) b).put("forks", 2);
        }
        mapper.writeValue(dir.resolve("two-forks.json").toFile(), jmh);
        Cli cmp = Cli.run(dir, "compare", "--baseline", "two-forks.json", "--current", "two-forks.json", "--out", "cmp.json");
        assertThat(cmp.code()).as(cmp.err()).isZero();
        Cli r = Cli.run(dir, "report", "--in", baseline.toString(), "--in", "cmp.json", "--out", "rep");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("skipped");
        String page = Files.readString(dir.resolve("rep/index.html"));
        has(page, "S_512_BIT", "<title>Forward pass, gauss, plain estimator</title>", "no change");
    }

    @Test
    void listsUnknownKindsAsSkipped() {
        has(html, "mystery.json: unknown kind &quot;mystery&quot;", "broken.json", "empty.json: empty file");
        assertThat(full.err()).contains("skipped", "mystery.json");
    }

    @Test
    void drawsFigureOneForEachRunOfASweepWithoutHistograms() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("sweep"));
        var run = ReportFixtures.result();
        org.nnqft.reports.results.ResultFiles.write(dir.resolve("sweep.json"), new org.nnqft.reports.results.SweepFile(
                run.schema(), null, List.of(run, run)));

        Cli r = Cli.run(dir, "report", "--in", "sweep.json", "--out", "out");

        assertThat(r.code()).as(r.err()).isZero();
        String page = Files.readString(dir.resolve("out/index.html"));
        assertThat(count(page, "<svg")).isEqualTo(2);
        has(page, "sweep.json, sigma_W = 1.0", "Histograms are drawn for single-run files only");
    }

    @Test
    void figuresAreWrittenAsSvgAndPdfNamedAfterWhatTheyShow() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("figs-run"));
        Cli r = Cli.run(shared, "report", "--in", "in/run.json", "--in", "in/couplings.json", "--out", "figs-run/out",
                "--figures", "figs-run/figures");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("figures figs-run" + java.io.File.separator + "figures");
        List<String> names;
        try (var files = Files.list(dir.resolve("figures"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).containsExactly("figure1-run.pdf", "figure1-run.svg", "figure2-couplings.pdf",
                "figure2-couplings.svg", "histograms-m2-run.pdf", "histograms-m2-run.svg", "histograms-m4-run.pdf",
                "histograms-m4-run.svg");
        String svg = Files.readString(dir.resolve("figures/figure2-couplings.svg"));
        assertThat(svg).startsWith("<?xml").contains("<desc>").contains(">N = 10<");
        byte[] pdf = Files.readAllBytes(dir.resolve("figures/figure1-run.pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void figuresIntoAFileExitsTwoNamingTheOption() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("figs-bad"));
        Files.writeString(dir.resolve("taken"), "x");
        Cli r = Cli.run(shared, "report", "--in", "in/run.json", "--out", "figs-bad/out", "--figures", "figs-bad/taken");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--figures").contains("not a directory");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void missingInExitsTwoNamingItAndWritesNothing() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("missing"));
        Cli r = Cli.run(dir, "report", "--in", "nowhere.json", "--out", "out");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("--in must be an existing result file or directory").contains("nowhere.json");
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void defaultInputIsTheResultsDirectory() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("noresults"));
        Cli r = Cli.run(dir, "report");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--in", "results");
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void outThatIsAFileExitsTwoNamingItAndWritesNothing() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("badout"));
        Files.writeString(dir.resolve("taken"), "x");
        ReportFixtures.writeAll(dir.resolve("in"));

        for (String out : new String[] {"taken", "taken/below", ""}) {
            Cli r = Cli.run(dir, "report", "--in", "in", "--out", out);
            assertThat(r.code()).as(out).isEqualTo(2);
            assertThat(r.err()).as(out).startsWith("--out must be a directory");
            assertThat(list(dir)).as(out).containsExactlyInAnyOrder("taken", "in");
        }
        assertThat(Files.readString(dir.resolve("taken"))).isEqualTo("x");
    }

    @Test
    void replacesAnOlderReportWholeAndLeavesNoTemporaries() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("again"));
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/index.html"), "old");
        Files.writeString(dir.resolve("out/keep.txt"), "mine");

        Cli r = Cli.run(dir, "report", "--in", inputs.resolve("verify.json").toString(), "--out", "out");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/index.html"))).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(Files.readString(dir.resolve("out/keep.txt"))).isEqualTo("mine");
        assertThat(list(dir)).containsExactly("out");
        assertThat(list(dir.resolve("out"))).containsExactlyInAnyOrder("index.html", "summary.md", "keep.txt");
    }

    /** Names only what is missing: the page itself is megabytes of SVG. */
    private static void has(String text, String... parts) {
        for (String part : parts) {
            assertThat(text.contains(part)).as("contains: " + part).isTrue();
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}

package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnqft.reports.cli.CompareCommandTest.FORWARD;
import static org.nnqft.reports.cli.CompareCommandTest.WICK;
import static org.nnqft.reports.cli.CompareCommandTest.display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.SyntheticJmh;
import org.nnqft.reports.gate.SyntheticJmh.Bench;
import org.nnqft.reports.history.HistoryStore;

/**
 * nnqft report on a benchmark history: one chart per benchmark, each change point marked at the
 * first run after it and coloured by direction, none where nothing changed; a bad history skipped.
 * Synthetic runs as HistoryCommandTest's: 2% noise per iteration, 1% per fork, 3 forks.
 */
class ReportHistoryTest {
    static final String FLAT = "GaussianBenchmark.bits avgt";
    /** The SVG's stroke of a regression's and an improvement's line (HistoryChart's colours). */
    static final String REGRESSION = "rgb(213,94,0)";
    static final String IMPROVEMENT = "rgb(0,158,115)";

    @TempDir
    Path dir;

    /** Two time benchmarks and a throughput, {@code changed} scaled by {@code factor} from run {@code stepAt} on. */
    static Path record(Path file, int runs, int stepAt, String changed, double factor) throws Exception {
        List<Bench> three = SyntheticJmh.suite().stream()
                .filter(b -> List.of(FORWARD, FLAT, WICK).contains(display(b))).toList();
        assertThat(three).hasSize(3);
        try (HistoryStore store = HistoryStore.open(file, true)) {
            for (int run = 1; run <= runs; run++) {
                double f = run >= stepAt ? factor : 1;
                List<Bench> benches = SyntheticJmh.with(three,
                        b -> display(b).equals(changed) ? b.withNoise(0.02, 0.01).scaled(f) : b.withNoise(0.02, 0.01));
                store.append(SyntheticJmh.json(200 + run, benches).toString(), null,
                        String.format(Locale.ROOT, "2026-01-%02dT00:00:00Z", run),
                        String.format(Locale.ROOT, "c%06d0badcafe", run), "smoke");
            }
        }
        return file;
    }

    /** Each chart's figure by benchmark: its data attributes and its SVG. */
    record Figure(int runs, String regressions, String improvements, String svg) {
    }

    static Map<String, Figure> figures(String html) {
        Matcher m = Pattern.compile("<figure class=\"chart\" data-figure=\"history-[^\"]*\" data-benchmark=\"([^\"]*)\" data-runs=\"(\\d+)\" "
                + "data-regressions=\"([^\"]*)\" data-improvements=\"([^\"]*)\">(.*?)</figure>", Pattern.DOTALL).matcher(html);
        Map<String, Figure> out = new LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"),
                    new Figure(Integer.parseInt(m.group(2)), m.group(3), m.group(4), m.group(5)));
        }
        return out;
    }

    private Cli report(String... in) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "--out", "out"));
        for (String i : in) {
            args.add("--in");
            args.add(i);
        }
        return Cli.run(dir, args.toArray(String[]::new));
    }

    @Test
    void aSlowdownIsMarkedAtItsFirstRunAndTheFlatBenchmarksAreNot() throws Exception {
        record(dir.resolve("h.sqlite"), 12, 7, FORWARD, 1.20);
        Cli r = report("h.sqlite");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("skipped");
        String html = Files.readString(dir.resolve("out/index.html"));
        Map<String, Figure> figures = figures(html);
        assertThat(figures.keySet()).containsExactlyInAnyOrder(FORWARD, FLAT, WICK);
        assertThat(html.split("<figure", -1)).hasSize(4);
        assertThat(figures.values()).allSatisfy(f -> assertThat(f.runs()).isEqualTo(12));
        assertThat(figures.get(FORWARD).regressions()).isEqualTo("7");
        assertThat(figures.get(FORWARD).improvements()).isEmpty();
        assertThat(figures.get(FORWARD).svg()).contains(REGRESSION).doesNotContain(IMPROVEMENT);
        for (String flat : List.of(FLAT, WICK)) {
            Figure f = figures.get(flat);
            assertThat(f.regressions() + f.improvements()).as(flat).isEmpty();
            assertThat(f.svg()).as(flat).doesNotContain(REGRESSION).doesNotContain(IMPROVEMENT).contains("No change points.");
        }
        String summary = Files.readString(dir.resolve("out/summary.md"));
        assertThat(summary).containsPattern(Pattern.quote("| " + FORWARD + " | ns/op | 12 | 1 | run 7 (commit c000007, "
                + "2026-01-07): +") + "(19|20|21)\\.\\d %" + Pattern.quote(" worse, p ") + "[0-9.e-]+ \\| REGRESSION \\|");
        assertThat(summary).contains("| " + FLAT + " | ns/op | 12 | 0 | - | no change |")
                .contains("| " + WICK + " | ops/s | 12 | 0 | - | no change |").contains("window 50 runs, p <= 0.001");
        assertThat(html).contains("<td class=\"REGRESSION\">REGRESSION</td>");
    }

    @Test
    void aThroughputGainIsAnImprovementAndADropARegression() throws Exception {
        record(dir.resolve("up.sqlite"), 12, 7, WICK, 1.25);
        record(dir.resolve("down.sqlite"), 12, 5, WICK, 0.75);
        Cli r = report("up.sqlite", "down.sqlite");
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("out/index.html"));
        int second = html.indexOf("down.sqlite</h3>");
        assertThat(second).isPositive();
        Figure up = figures(html.substring(0, second)).get(WICK);
        Figure down = figures(html.substring(second)).get(WICK);
        assertThat(up.improvements()).isEqualTo("7");
        assertThat(up.regressions()).isEmpty();
        assertThat(up.svg()).contains(IMPROVEMENT).doesNotContain(REGRESSION);
        assertThat(down.regressions()).isEqualTo("5");
        assertThat(down.improvements()).isEmpty();
        assertThat(down.svg()).contains(REGRESSION).doesNotContain(IMPROVEMENT);
        String summary = Files.readString(dir.resolve("out/summary.md"));
        assertThat(summary).containsPattern("\\| " + Pattern.quote(WICK) + " \\| ops/s \\| 12 \\| 1 \\| run 7 [^|]*: \\+2\\d\\.\\d % better[^|]* \\| improved \\|")
                .containsPattern("\\| " + Pattern.quote(WICK) + " \\| ops/s \\| 12 \\| 1 \\| run 5 [^|]*: -2\\d\\.\\d % worse[^|]* \\| REGRESSION \\|");
    }

    @Test
    void aHistoryWithoutAStepHasNoMarker() throws Exception {
        record(dir.resolve("h.sqlite"), 12, 7, FORWARD, 1.0);
        Cli r = report("h.sqlite");
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("out/index.html"));
        Map<String, Figure> figures = figures(html);
        assertThat(figures).hasSize(3);
        assertThat(figures.values()).allSatisfy(f -> {
            assertThat(f.regressions() + f.improvements()).isEmpty();
            assertThat(f.svg()).doesNotContain(REGRESSION).doesNotContain(IMPROVEMENT);
        });
        assertThat(Files.readString(dir.resolve("out/summary.md"))).doesNotContain("REGRESSION").doesNotContain("improved");
    }

    @Test
    void theDefaultResultsDirectoryIncludesItsHistory() throws Exception {
        Files.createDirectories(dir.resolve("results"));
        record(dir.resolve("results/bench-history.sqlite"), 8, 9, FORWARD, 1.0);
        SyntheticJmh.write(dir.resolve("results/jmh.json"), 1, SyntheticJmh.suite());
        Cli r = Cli.run(dir, "report", "--out", "out");
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("out/index.html"));
        assertThat(figures(html)).hasSize(3);
        assertThat(html).contains(Path.of("results", "bench-history.sqlite") + "</h3>");
    }

    @Test
    void aFileThatIsNoHistoryIsSkippedWithTheReason() throws Exception {
        Files.writeString(dir.resolve("torn.sqlite"), "half a database");
        Files.writeString(dir.resolve("empty.sqlite"), "");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("other.db"));
                var s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (name TEXT)");
        }
        // a history without its name: known by the SQLite header
        record(dir.resolve("unnamed"), 6, 7, FORWARD, 1.0);
        Cli r = report("torn.sqlite", "empty.sqlite", "other.db", "unnamed");
        assertThat(r.code()).as(r.err()).isZero();
        // the inputs are named as resolved against the working directory
        assertThat(r.err()).contains("torn.sqlite: not a usable history")
                .contains("empty.sqlite: an empty SQLite file, not a history")
                .contains("other.db: an SQLite database but not an nnqft history").doesNotContain("unnamed");
        String html = Files.readString(dir.resolve("out/index.html"));
        assertThat(html).contains("torn.sqlite: not a usable history");
        assertThat(figures(html)).hasSize(3);
        assertThat(Files.readString(dir.resolve("other.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("schema_version");
    }
}

package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Vector;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.results.ComparisonFile;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.OrderEntry;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.VerificationFile;

/**
 * index.html: every chart inline as SVG and every table, in one file that needs neither the
 * network nor JavaScript to view, so it can be mailed or archived with the results.
 */
final class HtmlReport {
    private static final String CSS = """
            body{font-family:sans-serif;max-width:1200px;margin:1em auto;padding:0 1em;color:#222}
            h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em}
            table{border-collapse:collapse;margin:.5em 0;font-size:.85em}
            th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}th{background:#f3f3f3}
            td.small{font-size:.85em;color:#555}.grid{display:flex;flex-wrap:wrap;gap:4px}
            .note{color:#555;font-size:.9em}.PASS{color:#060}.FAIL{color:#b00;font-weight:bold}.INCONCLUSIVE{color:#a60}.REGRESSION{color:#b00;font-weight:bold}.improved{color:#060}
            figure{margin:1em 0}figcaption{font-size:.85em;color:#555;max-width:60em}figure svg{max-width:100%;height:auto}
            """;

    private final StringBuilder b = new StringBuilder();
    private final List<Figure> figures = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private HtmlReport() {
    }

    /** The page and every figure on it, in page order. */
    record Page(String html, List<Figure> figures) {
    }

    static Page of(ReportInputs in, String generated) {
        HtmlReport h = new HtmlReport();
        h.b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>nnqft report</title><style>")
                .append(CSS).append("</style></head><body>\n<h1>nnqft report</h1>\n");
        h.p("note", "Generated " + generated + " from " + in.files().size() + " file(s).");
        h.inputs(in);
        h.moments(in.runs(), Illustrated.FIGURE1.verdicts(in.verifications()));
        h.couplings(in.couplings(), Illustrated.FIGURE2.verdicts(in.verifications()));
        h.verifications(in.verifications());
        h.backends(in.jmh());
        h.regressions(in.comparisons());
        h.histories(in.histories());
        h.environments(in);
        h.b.append("</body></html>\n");
        return new Page(h.b.toString(), List.copyOf(h.figures));
    }

    /** A file name stem from what a figure shows, unique in this report. */
    private String name(String... parts) {
        // a file's title is its path: its name says enough
        String stem = String.join("-", java.util.Arrays.stream(parts).map(x -> x.replaceAll(".*[/\\\\]", "")).toList())
                .toLowerCase(Locale.ROOT).replaceAll("\\.json$", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String name = stem;
        for (int k = 2; !names.add(name); k++) {
            name = stem + "-" + k;
        }
        return name;
    }

    /** A figure inline with its caption, kept for --figures. */
    private void figure(Figure f, String attributes) {
        figures.add(f);
        b.append("<figure class=\"chart\" data-figure=\"").append(esc(f.name())).append('"').append(attributes)
                .append(">\n").append(Vector.svgElement(f)).append("\n<figcaption>").append(esc(f.caption()))
                .append("</figcaption></figure>\n");
    }

    private void inputs(ReportInputs in) {
        b.append("<h2>Inputs</h2>\n<ul>\n");
        in.files().forEach(f -> b.append("<li>").append(esc(f)).append("</li>\n"));
        b.append("</ul>\n");
        if (!in.skipped().isEmpty()) {
            b.append("<p>Skipped (not a kind this report draws):</p>\n<ul>\n");
            in.skipped().forEach(s -> b.append("<li>").append(esc(s.file())).append(": ").append(esc(s.reason())).append("</li>\n"));
            b.append("</ul>\n");
        }
    }

    private void moments(List<Sourced<ResultFile>> runs, String verdicts) {
        b.append("<h2>n-point functions against width (ELS Figure 1)</h2>\n");
        if (runs.isEmpty()) {
            p("note", "No result files of green or run given.");
            return;
        }
        p("note", "In the table, z = (mean - exact) / error "
                + "divides by the plain estimator's exact standard error where theory gives it (the Gauss-net) and by "
                + "the bag spread elsewhere, as the column says; rows whose bag spread is known to understate the "
                + "error (heavy tails) are noted, and so are multisets with G0 = 0, whose m is undefined.");
        for (Sourced<ResultFile> r : runs) {
            b.append("<h3>").append(esc(r.title())).append("</h3>\n");
            p("note", ReportTables.spec(r.value().spec()));
            figure(MomentChart.of(name("figure1", r.title()), r.value(), verdicts), "");
            if (r.label().isEmpty()) {
                histograms(r.title(), r.value());
            } else {
                p("note", "Histograms are drawn for single-run files only (a sweep would need one set per sigma_W).");
            }
            table(ReportTables.moments(r.value()));
        }
    }

    private void histograms(String title, ResultFile file) {
        for (int order : new int[] {2, 4}) {
            List<OrderEntry> entries = file.results().stream().filter(e -> e.order() == order)
                    .sorted(java.util.Comparator.comparingInt(OrderEntry::width)).toList();
            if (entries.isEmpty()) {
                continue;
            }
            Figure f = HistogramChart.of(name("histograms-m" + order, title), order, entries,
                    ReportTables.spec(file.spec()));
            if (f != null) {
                figure(f, "");
            }
        }
    }

    private void couplings(List<Sourced<CouplingsFile>> files, String verdicts) {
        b.append("<h2>Effective coupling u_4 against sigma_W (ELS Figure 2)</h2>\n");
        if (files.isEmpty()) {
            p("note", "No couplings files given (nnqft couplings).");
            return;
        }
        p("note", "Fit: weighted least squares of log|u_4| on log sigma_W over the points with |u_4| >= "
                + Table.fixed(CouplingFit.minSignalToBackground(), 0) + " standard errors (the verification's threshold), dashed; where fewer than " + CouplingFit.minPoints()
                + " points pass, a dotted line fitted to all points describes the sample and is no evidence of the flow. "
                + "Predicted slope d_in - 4 (ELS Eq. 13, docs/theory.md 5; at sigma_b = 0 the exact slope is about d_in - 2). "
                + "The slope's error treats the points as independent; a sweep's points share their networks "
                + "(README, Effective couplings), so it can misstate the uncertainty.");
        for (Sourced<CouplingsFile> c : files) {
            List<CouplingFit> fits = CouplingFit.of(c.value());
            b.append("<h3>").append(esc(c.title())).append("</h3>\n");
            p("note", ReportTables.spec(c.value().runs().getFirst().spec()).replaceFirst("sigma_W [^,]*, ", ""));
            String sample = ReportTables.spec(c.value().runs().getFirst().spec()).replaceFirst("sigma_W [^,]*, ", "");
            figure(CouplingChart.of(name("figure2", c.title()), "ELS Figure 2: |u_4| against sigma_W, d_in = "
                    + fits.getFirst().dIn(), sample + "." + verdicts, fits), "");
            table(ReportTables.couplingFits(fits));
        }
    }

    private void verifications(List<Sourced<VerificationFile>> files) {
        b.append("<h2>Verification</h2>\n");
        if (files.isEmpty()) {
            p("note", "No verification files given (nnqft verify --out).");
            return;
        }
        for (Sourced<VerificationFile> v : files) {
            VerificationFile f = v.value();
            b.append("<h3>").append(esc(v.title())).append("</h3>\n");
            p("note", "Tier " + f.tier() + ", bands version " + f.bandsVersion() + ", "
                    + Table.fixed(f.seconds(), 1) + " s; " + (f.failed() ? "some claim FAILED." : "no claim failed."));
            table(ReportTables.verification(f));
        }
    }

    private void backends(List<Sourced<List<JmhResult>>> files) {
        b.append("<h2>Backends: forward pass, ns per neuron-sample</h2>\n");
        if (files.isEmpty()) {
            p("note", "No JMH result files given (nnqft bench, or the benchmarks jar with -rf json).");
            return;
        }
        for (Sourced<List<JmhResult>> f : files) {
            b.append("<h3>").append(esc(f.title())).append("</h3>\n");
            Map<String, List<JmhResult>> panels = ForwardPassTimes.panels(f.value());
            if (panels.isEmpty()) {
                p("note", "No results of " + ForwardPassTimes.BENCHMARK + " in it.");
            }
            panels.forEach((panel, results) -> {
                figure(BackendChart.of(name("forward-pass", f.title(), panel), "Forward pass, " + panel, f.title(),
                        results), "");
                table(ReportTables.forwardPass(results));
            });
            Table other = ReportTables.otherBenchmarks(f.value());
            if (!other.rows().isEmpty()) {
                b.append("<p>Other benchmarks:</p>\n");
                table(other);
            }
        }
    }

    private void regressions(List<Sourced<ComparisonFile>> files) {
        b.append("<h2>Performance regression against a baseline</h2>\n");
        if (files.isEmpty()) {
            p("note", "No comparison files given (nnqft compare --out).");
            return;
        }
        for (Sourced<ComparisonFile> s : files) {
            ComparisonFile c = s.value();
            b.append("<h3>").append(esc(s.title())).append("</h3>\n");
            p("note", ReportTables.comparisonNote(c));
            table(ReportTables.regression(c));
            if (!c.added().isEmpty()) {
                p("note", "Added (no baseline): " + ReportTables.listed(c.added()));
            }
            if (!c.missing().isEmpty()) {
                p("note", "Missing (in the baseline only): " + ReportTables.listed(c.missing()));
            }
        }
    }

    /**
     * A chart per benchmark, in a figure whose data attributes name the runs after its changes
     * (history ids, space-separated), for scripts that read the page.
     */
    private void histories(List<Sourced<List<BenchHistory>>> files) {
        b.append("<h2>Benchmark history and change points</h2>\n");
        if (files.isEmpty()) {
            p("note", "No benchmark history given (nnqft bench --record writes results/bench-history.sqlite).");
            return;
        }
        for (Sourced<List<BenchHistory>> f : files) {
            b.append("<h3>").append(esc(f.title())).append("</h3>\n");
            p("note", ReportTables.HISTORY_METHOD);
            if (f.value().isEmpty()) {
                p("note", "The history holds no runs.");
                continue;
            }
            table(ReportTables.history(f.value()));
            for (BenchHistory h : f.value()) {
                String caption = (h.changes().isEmpty() ? "No change points."
                        : "Change points: " + String.join("; ", h.changes().stream().map(h::describe).toList()) + ".")
                        + " " + HISTORY_LEGEND;
                figure(HistoryChart.of(name("history", h.series().key().display()), h, caption),
                        " data-benchmark=\"" + esc(h.series().key().display()) + "\" data-runs=\""
                                + h.series().points().size() + "\" data-regressions=\"" + runsAfter(h, true)
                                + "\" data-improvements=\"" + runsAfter(h, false) + "\"");
            }
        }
    }

    private static final String HISTORY_LEGEND = "A vertical line marks the first run after each change, vermillion "
            + "for a regression (slower for times, lower for rates), green for an improvement. Squares: each run's best "
            + "fork, the value the change points are found in; dashed: its mean over each segment; circles: JMH's "
            + "score with its 99.9% interval; grey diamonds: the fork means of each run. The x axis numbers a benchmark's own runs, oldest "
            + "first; the table names runs by their id in the history, as nnqft history does.";

    private static String runsAfter(BenchHistory h, boolean regressions) {
        return String.join(" ", h.changes().stream().filter(c -> h.regression(c) == regressions)
                .map(c -> Long.toString(h.runAfter(c))).toList());
    }

    private void environments(ReportInputs in) {
        b.append("<h2>Environment of every run</h2>\n");
        Table runs = ReportTables.environments(in);
        Table bench = ReportTables.benchEnvironments(in);
        if (!runs.rows().isEmpty()) {
            table(runs);
        }
        if (!bench.rows().isEmpty()) {
            b.append("<p>Benchmarks:</p>\n");
            table(bench);
        }
        if (runs.rows().isEmpty() && bench.rows().isEmpty()) {
            p("note", "No file with an environment given.");
        }
    }

    /** A "verdict" column's cells get their verdict as CSS class, so PASS, FAIL and REGRESSION stand out. */
    private void table(Table t) {
        int verdictColumn = t.header().indexOf("verdict");
        b.append("<table>\n<tr>");
        t.header().forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr>\n");
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String cls = i == verdictColumn ? " class=\"" + esc(cell.replaceAll("[^A-Za-z]", "")) + "\""
                        : cell.length() > 80 ? " class=\"small\"" : "";
                b.append("<td").append(cls).append('>').append(esc(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private void p(String cls, String text) {
        b.append("<p class=\"").append(cls).append("\">").append(esc(text)).append("</p>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

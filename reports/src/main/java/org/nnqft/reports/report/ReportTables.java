package org.nnqft.reports.report;

import org.nnqft.reports.gate.BenchmarkKey;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.results.BenchEnvironment;
import org.nnqft.reports.results.ComparisonFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.Environment;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.SpecEntry;
import org.nnqft.reports.results.VerificationFile;

/** The report's tables, from the files alone. */
final class ReportTables {
    private ReportTables() {
    }

    /** One line naming the ensemble and the sampling of a run. */
    static String spec(SpecEntry s) {
        return s.arch() + " net, d_in " + s.dIn() + ", sigma_W " + s.sigmaW() + ", sigma_b " + s.sigmaB() + ", "
                + s.bags() + " bags x " + s.nets() + " networks, seed " + s.seed() + ", " + s.estimator()
                + " estimator, " + s.backend() + " " + s.precision();
    }

    static Table moments(ResultFile file) {
        List<List<String>> rows = new ArrayList<>();
        for (MomentRows r : MomentRows.of(file)) {
            rows.add(List.of(Integer.toString(r.width()), Integer.toString(r.order()), Integer.toString(r.multisets()),
                    Table.sci(r.meanAbsM()), Table.sci(r.background()), Table.sci(r.meanAbsExact()),
                    Table.fixed(r.meanAbsZ(), 3), r.zErrors(), r.note()));
        }
        return new Table(List.of("N", "n", "multisets", "mean |m|", "mean background", "mean |exact m|", "mean |z|",
                "z's error", "note"), rows);
    }

    static Table couplingFits(List<CouplingFit> fits) {
        List<List<String>> rows = new ArrayList<>();
        for (CouplingFit f : fits) {
            String basis = f.aboveThreshold() ? "S/B >= " + Table.fixed(f.fit().minSignalToBackground(), 0)
                    : "all points: only " + f.fit().count() + " above S/B " + Table.fixed(f.fit().minSignalToBackground(), 0)
                            + ", not evidence";
            rows.add(List.of(Integer.toString(f.width()), basis, f.shown().count() + " of " + f.sigmaW().length,
                    Table.fixed(f.shown().slope(), 3), Table.fixed(f.shown().slopeStderr(), 3),
                    Integer.toString(f.predictedSlope()), Table.fixed(f.exactSlope(), 3),
                    Table.fixed(f.shown().chiSquare(), 2)));
        }
        return new Table(List.of("N", "points", "fitted", "slope", "standard error", "predicted (d_in - 4)",
                "exact curve's slope", "chi-square"), rows);
    }

    static Table verification(VerificationFile file) {
        List<List<String>> rows = new ArrayList<>();
        for (VerificationFile.ClaimRow c : file.claims()) {
            rows.add(List.of(c.name() + ": " + c.claim(), Table.text(c.expected()), Table.text(c.measured()),
                    Table.text(c.verdict()), Table.text(c.evidence())));
        }
        return new Table(List.of("claim", "band", "measured", "verdict", "evidence"), rows);
    }

    /** ns per neuron-sample by implementation (rows) and width (columns), with JMH's error. */
    static Table forwardPass(List<JmhResult> panel) {
        List<Integer> widths = panel.stream().map(ForwardPassTimes::width).distinct().sorted().toList();
        List<String> header = new ArrayList<>(List.of("impl"));
        widths.forEach(w -> header.add("N = " + w));
        List<List<String>> rows = new ArrayList<>();
        for (String impl : panel.stream().map(ForwardPassTimes::impl).distinct().toList()) {
            List<String> row = new ArrayList<>(List.of(impl));
            for (int w : widths) {
                row.add(panel.stream().filter(r -> ForwardPassTimes.impl(r).equals(impl) && ForwardPassTimes.width(r) == w)
                        .findFirst().map(r -> Table.fixed(ForwardPassTimes.nanosPerOp(r), 1) + " \u00b1 "
                                + Table.fixed(ForwardPassTimes.nanosPerOpError(r), 1))
                        .orElse("-"));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** Every benchmark the backend charts do not draw, as JMH reported it. */
    static Table otherBenchmarks(List<JmhResult> results) {
        List<List<String>> rows = new ArrayList<>();
        results.stream().filter(r -> !ForwardPassTimes.drawable(r)).forEach(r -> rows.add(List.of(r.key().shortName(),
                params(r.key().params()), r.key().mode(), Table.sci(r.score()) + " \u00b1 " + Table.sci(r.scoreError()),
                r.unit())));
        return new Table(List.of("benchmark", "params", "mode", "score", "unit"), rows);
    }

    /**
     * One row per compared benchmark. The verdict is the final one: after --confirm, the re-run's,
     * shown beside the first run's change and p so that a regression that did not reproduce is
     * visible as such.
     */
    static Table regression(ComparisonFile c) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonFile.Row r : c.rows()) {
            ComparisonFile.Rerun again = r.rerun();
            String rerun = again == null ? "-" : Table.sci(again.current()) + " \u00b1 " + Table.sci(again.currentError())
                    + ", " + percent(again.changePercent()) + ", p " + Table.sci(again.pValue());
            rows.add(List.of(BenchmarkKey.shortName(r.benchmark()), params(r.params()), r.mode(), r.unit(),
                    Table.sci(r.baseline()) + " \u00b1 " + Table.sci(r.baselineError()),
                    Table.sci(r.current()) + " \u00b1 " + Table.sci(r.currentError()), percent(r.changePercent()),
                    Table.text(r.baselineForks()) + " / " + Table.text(r.currentForks()),
                    Table.fixed(r.baselineCv() == null ? null : 100 * r.baselineCv(), 1) + " / "
                            + Table.fixed(r.currentCv() == null ? null : 100 * r.currentCv(), 1),
                    Table.sci(r.pValue()), rerun, r.verdict()));
        }
        return new Table(List.of("benchmark", "params", "mode", "unit", "baseline", "current", "change", "forks",
                "CV of fork means, %", "p-value (Holm, fork means)",
                "re-run (--confirm): current, change, p", "verdict"), rows);
    }

    static final String HISTORY_METHOD = "Runs oldest first. Change points in each run's best fork (the fastest "
            + "fork mean for a time, the highest for a rate) by E-Divisive means with Student's t-test, as nnqft "
            + "history finds them (window " + org.nnqft.reports.history.ChangePoints.DEFAULT_WINDOW
            + " runs, p <= " + org.nnqft.reports.history.ChangePoints.DEFAULT_P_VALUE + ").";

    /** One row per benchmark of a history: its runs, its change points and where the newest run stands. */
    static Table history(List<BenchHistory> benchmarks) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchHistory h : benchmarks) {
            rows.add(List.of(h.series().key().display(), h.series().unit(), Integer.toString(h.series().points().size()),
                    Integer.toString(h.changes().size()),
                    h.changes().isEmpty() ? "-" : h.changes().stream().map(h::describe).collect(Collectors.joining("; ")),
                    h.verdict()));
        }
        return new Table(List.of("benchmark", "unit", "runs", "change points", "changes (first run after each)",
                "verdict"), rows);
    }

    /** What a comparison was made with, in one line. */
    static String comparisonNote(ComparisonFile c) {
        return "Baseline " + Table.text(c.baseline()) + ", current " + Table.text(c.current()) + ", minimum effect "
                + Table.fixed(100 * c.minEffect(), 1) + " %, family-wise alpha " + Table.text(c.alpha()) + " ("
                + Table.text(c.correction()) + "), " + (c.confirmed() ? "regressions re-run (--confirm)" : "not re-run");
    }

    /** Benchmarks in only one file, as benchmark [params] mode. */
    static String listed(List<ComparisonFile.Listed> benchmarks) {
        return benchmarks.stream().map(l -> new BenchmarkKey(l.benchmark(), l.params() == null ? Map.of() : l.params(),
                Table.text(l.mode())).display()).collect(Collectors.joining("; "));
    }

    private static String percent(double change) {
        return String.format(java.util.Locale.ROOT, "%+.1f %%", change);
    }

    /**
     * Each distinct environment of each file once, with the dates it covers: the runs of a sweep
     * share one and differ only in when they ran.
     */
    static Table environments(ReportInputs in) {
        Map<List<String>, List<String>> dates = new java.util.LinkedHashMap<>();
        for (Sourced<ResultFile> r : in.runs()) {
            add(dates, r.file(), "result", r.value().environment());
        }
        for (Sourced<CouplingsFile> c : in.couplings()) {
            c.value().runs().forEach(run -> add(dates, c.file(), "couplings", run.environment()));
        }
        for (Sourced<VerificationFile> v : in.verifications()) {
            add(dates, v.file(), "verification", v.value().environment());
        }
        List<List<String>> rows = new ArrayList<>();
        dates.forEach((key, when) -> {
            List<String> row = new ArrayList<>(key);
            List<String> sorted = when.stream().sorted().toList();
            row.add(sorted.size() == 1 || sorted.getFirst().equals(sorted.getLast()) ? sorted.getFirst()
                    : sorted.getFirst() + " to " + sorted.getLast());
            rows.add(row);
        });
        return new Table(List.of("file", "kind", "JDK", "CPU", "cores", "threads", "backend", "precision", "commit",
                "date"), rows);
    }

    private static void add(Map<List<String>, List<String>> dates, String file, String kind, Environment e) {
        List<String> key = e == null ? List.of(file, kind, "-", "-", "-", "-", "-", "-", "-")
                : List.of(file, kind, Table.text(e.jdk()), Table.text(e.cpu()), Integer.toString(e.cores()),
                        Integer.toString(e.threads()), Table.text(e.backend()), Table.text(e.precision()),
                        Table.text(e.commit()));
        dates.computeIfAbsent(key, k -> new ArrayList<>()).add(e == null ? "-" : Table.text(e.date()));
    }

    static Table benchEnvironments(ReportInputs in) {
        List<List<String>> rows = new ArrayList<>();
        for (Sourced<BenchEnvironment> s : in.benchEnvironments()) {
            BenchEnvironment e = s.value();
            String species = e.vectorSpecies() == null ? null
                    : e.vectorSpecies().preferredDouble() + ", " + e.vectorSpecies().preferredFloat();
            rows.add(List.of(s.file(), Table.text(e.jdk()), Table.text(e.cpuModel()), Table.text(species),
                    Table.text(e.cores()), Table.text(e.commit()), Table.text(e.date()), Table.text(e.profile()),
                    Table.text(e.jmhArgs() == null ? null : String.join(" ", e.jmhArgs())), Table.text(e.cpuFlags())));
        }
        for (Sourced<List<JmhResult>> s : in.jmh()) {
            // JMH records the JVM of each benchmark, not the machine
            s.value().stream().filter(r -> !r.jvm().isEmpty())
                    .map(r -> List.of(s.file(), r.jvm(), "-", "-", "-", "-", "-", "-", "JVM args: " + r.jvmArgs(), "-"))
                    .distinct().forEach(rows::add);
        }
        return new Table(List.of("file", "JDK", "CPU", "vector species", "cores", "commit", "date", "profile",
                "JMH arguments", "CPU flags"), rows);
    }

    static String params(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}

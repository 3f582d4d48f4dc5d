package org.nnqft.reports.report;

import java.util.List;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.results.ComparisonFile;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.VerificationFile;

/**
 * summary.md: the report's tables without the charts, for a terminal, a diff or a pull request.
 */
final class SummaryReport {
    private final StringBuilder b = new StringBuilder();

    private SummaryReport() {
    }

    static String of(ReportInputs in, String generated) {
        SummaryReport s = new SummaryReport();
        s.b.append("# nnqft report\n\nGenerated ").append(generated).append(" from ").append(in.files().size())
                .append(" file(s); the charts are in index.html beside this file.\n");
        in.skipped().forEach(k -> s.b.append("\n- skipped ").append(k.file()).append(": ").append(k.reason()));
        s.b.append(in.skipped().isEmpty() ? "" : "\n");
        s.section("n-point functions against width (ELS Figure 1)");
        for (Sourced<ResultFile> r : in.runs()) {
            s.sub(r.title(), ReportTables.spec(r.value().spec()));
            s.table(ReportTables.moments(r.value()));
        }
        s.section("Effective coupling u_4 against sigma_W (ELS Figure 2)");
        for (Sourced<CouplingsFile> c : in.couplings()) {
            s.sub(c.title(), "slope of log|u_4| on log sigma_W per width; predicted d_in - 4");
            s.table(ReportTables.couplingFits(CouplingFit.of(c.value())));
        }
        s.section("Verification");
        for (Sourced<VerificationFile> v : in.verifications()) {
            s.sub(v.title(), "tier " + v.value().tier() + ", bands version " + v.value().bandsVersion()
                    + (v.value().failed() ? ", some claim FAILED" : ", no claim failed"));
            s.table(ReportTables.verification(v.value()));
        }
        s.section("Backends: forward pass, ns per neuron-sample");
        for (Sourced<List<JmhResult>> f : in.jmh()) {
            ForwardPassTimes.panels(f.value()).forEach((panel, results) -> {
                s.sub(f.title() + ", " + panel, "");
                s.table(ReportTables.forwardPass(results));
            });
        }
        s.section("Performance regression against a baseline");
        for (Sourced<ComparisonFile> c : in.comparisons()) {
            s.sub(c.title(), ReportTables.comparisonNote(c.value()));
            s.table(ReportTables.regression(c.value()));
        }
        s.section("Benchmark history and change points");
        for (Sourced<List<BenchHistory>> h : in.histories()) {
            s.sub(h.title(), ReportTables.HISTORY_METHOD);
            s.table(ReportTables.history(h.value()));
        }
        s.section("Environment of every run");
        s.table(ReportTables.environments(in));
        s.table(ReportTables.benchEnvironments(in));
        return s.b.toString();
    }

    private void section(String title) {
        b.append("\n## ").append(title).append('\n');
    }

    private void sub(String title, String note) {
        b.append("\n### ").append(title).append('\n');
        if (!note.isEmpty()) {
            b.append('\n').append(note).append('\n');
        }
    }

    private void table(Table t) {
        if (t.rows().isEmpty()) {
            return;
        }
        b.append('\n').append(row(t.header()));
        b.append(row(t.header().stream().map(h -> "---").toList()));
        t.rows().forEach(r -> b.append(row(r)));
    }

    /** Pipes inside cells would split them. */
    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|").replace("\n", " ")).toList()) + " |\n";
    }
}

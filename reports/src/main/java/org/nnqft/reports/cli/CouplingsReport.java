package org.nnqft.reports.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.nnqft.numerics.analysis.CouplingResult;
import org.nnqft.numerics.engine.Timing;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.theory.CouplingIntegrals;

/** What couplings prints: the ensemble and how I_4 is computed, a line per run, then one table. */
final class CouplingsReport {
    private static final String ROW = "%7s %8s  %11s +- %9s  %11s  %8s%n";
    private static final String HEAD = "%7s %8s  %11s    %9s  %11s  %8s%n";

    private CouplingsReport() {
    }

    static String header(String preset, List<ExperimentSpec> specs, CouplingIntegrals integrals) {
        List<Double> sigmaW = specs.stream().map(ExperimentSpec::sigmaW).toList();
        return ConsoleReport.header(preset, specs.getFirst(), sigmaW)
                + "  I_4       " + integrals.method() + " over " + integrals.region() + "\n";
    }

    static String progress(double sigmaW, Timing t) {
        return String.format(Locale.ROOT, "  sigma_W %s: %.3f s, %d networks%n", ConsoleReport.number(sigmaW),
                t.seconds(), t.networks());
    }

    /**
     * One row per width and sigma_W, grouped by width so that the sigma_W dependence, the flow,
     * reads down a column.
     */
    static String table(List<CouplingResult> results) {
        StringBuilder b = new StringBuilder("\n");
        b.append(String.format(Locale.ROOT, HEAD, "N", "sigma_W", "mean u_4", "se", "exact", "S/B"));
        List<CouplingResult> sorted = results.stream()
                .sorted(Comparator.comparingInt(CouplingResult::width).thenComparingDouble(CouplingResult::sigmaW))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            CouplingResult r = sorted.get(i);
            if (i > 0 && r.width() != sorted.get(i - 1).width()) {
                b.append('\n');
            }
            String signal = r.signalToBackground() == null ? "-"
                    : String.format(Locale.ROOT, "%.3g", r.signalToBackground());
            b.append(String.format(Locale.ROOT, ROW, r.width(), ConsoleReport.number(r.sigmaW()),
                    ConsoleReport.sci(r.mean()), ConsoleReport.sci(r.stderr()), ConsoleReport.sci(r.exact()), signal));
        }
        return b.append('\n').toString();
    }
}

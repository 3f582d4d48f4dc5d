package org.nnqft.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.nnqft.reports.gate.BenchmarkKey;
import org.nnqft.reports.gate.Direction;
import org.nnqft.reports.gate.Verdict;
import org.nnqft.reports.results.ComparisonFile;
import org.nnqft.reports.results.ComparisonFile.Listed;
import org.nnqft.reports.results.ComparisonFile.Row;

/** The comparison on a terminal: one row per benchmark, then what is only on one side, then the rule. */
final class ComparisonTable {
    private ComparisonTable() {
    }

    static void print(PrintWriter out, ComparisonFile f) {
        out.println("benchmark | baseline | current | change % | forks | CV of fork means | p (Holm) | verdict");
        for (Row r : f.rows()) {
            String verdict = r.rerun() == null ? r.verdict()
                    : r.verdict() + " (re-run: " + change(r, r.rerun().changePercent()) + ", p " + p(r.rerun().pValue())
                            + "; first run: REGRESSION)";
            out.printf("%s | %s | %s | %s | %s/%s | %s/%s | %s | %s%n",
                    new BenchmarkKey(r.benchmark(), r.params(), r.mode()).display(),
                    score(r.baseline(), r.baselineError(), r.unit()), score(r.current(), r.currentError(), r.unit()),
                    change(r, r.changePercent()), r.baselineForks(), r.currentForks(), cv(r.baselineCv()),
                    cv(r.currentCv()), p(r.pValue()), verdict);
        }
        listed(out, "added (in the current file only, not compared)", f.added());
        listed(out, "missing (in the baseline only, not compared)", f.missing());
        long regressions = f.rows().stream().filter(r -> r.verdict().equals(Verdict.REGRESSION.label())).count();
        long improvements = f.rows().stream().filter(r -> r.verdict().equals(Verdict.IMPROVEMENT.label())).count();
        long untested = f.rows().stream().filter(r -> r.pValue() == null).count();
        out.printf(Locale.ROOT, "%d compared: %d regressions, %d improvements; %d added, %d missing. "
                        + "A regression is p < %s (Welch on the fork means) after Holm over the %d (family-wise "
                        + "false-alarm rate %s) and worse by more than %s%s.%n",
                f.rows().size(), regressions, improvements, f.added().size(), f.missing().size(), f.alpha(),
                f.rows().size(), f.alpha(), percent(f.minEffect()), f.confirmed() ? ", again in a re-run" : "");
        if (untested > 0) {
            out.printf(Locale.ROOT, "%d not tested (p n/a): a side has fewer than 2 forks; record with -f 3 or more "
                    + "(bench's quick and smoke profiles do).%n", untested);
        }
    }

    private static void listed(PrintWriter out, String title, List<Listed> list) {
        if (list.isEmpty()) {
            return;
        }
        out.println(title + ":");
        list.forEach(l -> out.println("  " + new BenchmarkKey(l.benchmark(), l.params(), l.mode()).display() + " (" + l.unit() + ")"));
    }

    private static String score(double score, Double error, String unit) {
        return String.format(Locale.ROOT, "%.4g", score) + (error == null ? "" : String.format(Locale.ROOT, " ± %.4g", error))
                + " " + unit;
    }

    /** Signed as the score moved, with which way that is, since for ops/s down is worse. */
    private static String change(Row r, double changePercent) {
        double worse = Direction.of(r.unit(), r.mode()).worsening(1, 1 + changePercent / 100);
        return String.format(Locale.ROOT, "%+.1f%% %s", changePercent, worse > 0 ? "worse" : "better");
    }

    private static String cv(Double cv) {
        return cv == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * cv);
    }

    private static String p(Double p) {
        return p == null ? "n/a" : String.format(Locale.ROOT, "%.2g", p);
    }

    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(Math.round(fraction * 1e4) / 1e2).stripTrailingZeros().toPlainString() + "%";
    }
}

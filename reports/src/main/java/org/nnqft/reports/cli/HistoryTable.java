package org.nnqft.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.nnqft.reports.history.ChangePoint;
import org.nnqft.reports.history.Series;
import org.nnqft.reports.history.Series.Point;

/** A benchmark's series and change points on a terminal, then the verdict over all of them. */
final class HistoryTable {
    private HistoryTable() {
    }

    static void print(PrintWriter out, Series s, List<ChangePoint> changes) {
        out.printf(Locale.ROOT, "%s (%s), %d runs%n", s.key().display(), s.unit(), s.points().size());
        out.println("  run | date | commit | best fork | score | error | forks");
        int next = 0;
        for (int i = 0; i < s.points().size(); i++) {
            Point p = s.points().get(i);
            if (next < changes.size() && changes.get(next).index() == i) {
                out.println("  ---- change point " + change(s, changes.get(next)));
                next++;
            }
            out.printf(Locale.ROOT, "  %d | %s | %s | %.4g | %.4g | %s | %d%n", p.run().id(), p.run().date(),
                    p.run().commit(), p.best(), p.score(), Double.isFinite(p.error()) ? String.format(Locale.ROOT, "± %.3g", p.error()) : "n/a",
                    p.result().forks().length);
        }
        if (changes.isEmpty()) {
            out.println("  no change points");
        }
    }

    /** "+20.1% worse, p 3.2e-05, from commit abc (run 6)". */
    private static String change(Series s, ChangePoint c) {
        Point at = s.points().get(c.index());
        double worse = s.worsening(c);
        return String.format(Locale.ROOT, "at commit %s (run %d): %+.1f%% %s, best fork %.4g -> %.4g, p %.2g",
                at.run().commit(), at.run().id(), 100 * c.relativeChange(), worse > 0 ? "worse" : "better", c.before(),
                c.after(), c.pValue());
    }

    static void summary(PrintWriter out, int benchmarks, List<String> regressed, int window, double pValue) {
        out.printf(Locale.ROOT, "%d benchmarks; change points in each run's best fork by E-Divisive means and "
                + "Student's t-test (window %d, p <= %s).%n", benchmarks, window, pValue);
        if (regressed.isEmpty()) {
            out.println("The newest run follows no regression.");
        } else {
            out.println("The newest run follows a regression in " + regressed.size() + ": " + String.join("; ", regressed));
        }
    }
}

package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.nnqft.reports.figure.Axis;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Layer;
import org.nnqft.reports.figure.Panel;
import org.nnqft.reports.results.MultisetEntry;
import org.nnqft.reports.results.OrderEntry;
import org.nnqft.reports.results.ResultFile;

/**
 * ELS Figure 1 analogue: mean |m_n| against N on log-log axes, one panel per even order with a
 * shared N axis, each with the points' error bars, the background they must stand above (HMS's
 * comparison) and the exact finite-N expectation.
 */
final class MomentChart {
    private MomentChart() {
    }

    /** @param verdicts the caption's last sentence: the verdicts of the claims it illustrates, or "" */
    static Figure of(String name, ResultFile file, String verdicts) {
        List<MomentRows> rows = MomentRows.of(file);
        List<Integer> orders = rows.stream().map(MomentRows::order).distinct().toList();
        List<Panel> panels = new ArrayList<>();
        TreeSet<String> kinds = new TreeSet<>();
        for (int n : orders) {
            List<MomentRows> of = rows.stream().filter(r -> r.order() == n).toList();
            double[] x = of.stream().mapToDouble(MomentRows::width).toArray();
            double[] y = of.stream().mapToDouble(MomentRows::meanAbsM).toArray();
            double[] e = new double[of.size()];
            for (int i = 0; i < of.size(); i++) {
                e[i] = meanError(file, of.get(i).width(), n, kinds);
            }
            double[] lo = new double[y.length];
            double[] hi = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                lo[i] = y[i] - e[i];
                hi[i] = y[i] + e[i];
            }
            List<Layer> layers = new ArrayList<>();
            layers.add(Layer.errors("mean |m" + sub(n) + "|", 0, x, y, lo, hi));
            layers.add(Layer.line("background", Layer.Style.DASHED, 1, x,
                    of.stream().mapToDouble(MomentRows::background).toArray()));
            layers.add(Layer.line("exact E|m" + sub(n) + "|", Layer.Style.LINE, 2, x,
                    of.stream().mapToDouble(MomentRows::meanAbsExact).toArray()));
            if (n >= 4) {
                guide(of, x).ifPresent(layers::add);
            }
            panels.add(new Panel("n = " + n, Axis.log("width N (hidden units)"),
                    Axis.log("mean |m" + sub(n) + "| (dimensionless)"), layers));
        }
        String caption = "Mean over the multisets of |m_n| = |G_n - G_n^GP| / |G_n^GP| against the width N, one "
                + "panel per order n, N axis shared. Error bars: the mean over the multisets of m_n's standard error ("
                + String.join(" and ", kinds.isEmpty() ? List.of("none recorded") : kinds) + "); the multisets share "
                + "their networks, so this is the fully correlated bound on the error of the mean. Dashed: the "
                + "background (bag standard deviation / |G0|) a signal must stand above. Solid: the exact finite-N "
                + "expectation, where theory gives it (exact m_2 is 0 and cannot be drawn on log axes). Black dotted: "
                + "ELS's leading order, m_n proportional to 1/N, through the exact value at the largest N. Sample: "
                + ReportTables.spec(file.spec()) + "." + verdicts;
        return new Figure(name, "ELS Figure 1: deviation from the Gaussian process against width", caption, panels,
                Math.min(3, panels.size()), 360, 300, true, false);
    }

    /**
     * ELS's leading-order prediction, m_n proportional to 1/N, through the exact value at the
     * largest N (the measured one where theory gives none): its slope, not its height, is the claim.
     */
    private static java.util.Optional<Layer> guide(List<MomentRows> of, double[] x) {
        MomentRows last = of.getLast();
        double at = Double.isFinite(last.meanAbsExact()) && last.meanAbsExact() > 0 ? last.meanAbsExact() : last.meanAbsM();
        if (!(at > 0) || x.length < 2) {
            return java.util.Optional.empty();
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = at * x[x.length - 1] / x[i];
        }
        return java.util.Optional.of(Layer.line("ELS: ∝ 1/N", Layer.Style.DOTTED, org.nnqft.reports.figure.Palette.BLACK,
                x, y));
    }

    /**
     * The mean over the multisets of m's standard error: the plain estimator's exact one where
     * theory gives it, else the bag spread's; {@code kinds} collects which were used.
     */
    private static double meanError(ResultFile file, int width, int order, TreeSet<String> kinds) {
        double sum = 0;
        int count = 0;
        for (OrderEntry e : file.results()) {
            if (e.width() != width || e.order() != order) {
                continue;
            }
            for (MultisetEntry m : e.multisets()) {
                if (m.m() == null || m.g0() == 0) {
                    continue;
                }
                boolean exact = m.exactStderr() != null && Double.isFinite(m.exactStderr());
                double se = exact ? m.exactStderr() : m.stderr();
                if (Double.isFinite(se)) {
                    kinds.add(exact ? "the exact standard error" : "the bag spread");
                    sum += se / Math.abs(m.g0());
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** A subscript order, as the legends write it. */
    static String sub(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append("₀₁₂₃₄₅₆₇₈₉".charAt(c - '0'));
        }
        return b.toString();
    }

}

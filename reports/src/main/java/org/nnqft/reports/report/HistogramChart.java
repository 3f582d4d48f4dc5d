package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnqft.reports.figure.Axis;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Layer;
import org.nnqft.reports.figure.Panel;
import org.nnqft.reports.results.MultisetEntry;
import org.nnqft.reports.results.OrderEntry;

/**
 * The spread of m_n over the multisets at each width (the histograms beside ELS Figure 1), with
 * the exact expectation marked. One panel per width with its own axes: m_4 shrinks like 1/N, so
 * widths sharing one axis would squeeze all but the smallest N into a single bin.
 */
final class HistogramChart {
    private HistogramChart() {
    }

    /** @return the figure of one order, a panel per width, or null when no width has a defined m (odd orders) */
    static Figure of(String name, int order, List<OrderEntry> entries, String sample) {
        List<Panel> panels = new ArrayList<>();
        int multisets = 0;
        for (OrderEntry entry : entries) {
            Panel p = panel(entry);
            if (p != null) {
                panels.add(p);
                multisets = Math.max(multisets, entry.multisets().size());
            }
        }
        if (panels.isEmpty()) {
            return null;
        }
        String caption = "Histogram of m_" + order + " over the " + multisets + " multisets at each width, one panel "
                + "per N (own axes: m_" + order + " shrinks with N). Dashed: the exact mean E[m_" + order + "], named in "
                + "the panel's title where it lies off the axis. Sample: " + sample + ".";
        return new Figure(name, "m_" + order + " over the multisets at each width", caption, panels,
                Math.min(3, panels.size()), 320, 240, false, false);
    }

    private static Panel panel(OrderEntry entry) {
        double[] m = entry.multisets().stream().map(MultisetEntry::m).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
        if (m.length == 0) {
            return null;
        }
        int n = entry.order();
        double exact = entry.multisets().stream().map(MultisetEntry::mExact).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double[][] xy = outline(m);
        double lo = xy[0][0];
        double hi = xy[0][xy[0].length - 1];
        // the multisets of one sample are strongly correlated, so their spread can be far narrower
        // than their distance from the exact mean: an axis stretched to reach it would show a spike
        boolean exactOnAxis = Double.isFinite(exact) && exact >= lo - (hi - lo) && exact <= hi + (hi - lo);
        String title = "N = " + entry.width();
        if (Double.isFinite(exact) && !exactOnAxis) {
            title += " (exact " + (exact == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3g", exact)) + " lies "
                    + (exact < lo ? "left)" : "right)");
        }
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.line(m.length + " multisets", Layer.Style.LINE, 0, xy[0], xy[1]));
        if (exactOnAxis) {
            double top = java.util.Arrays.stream(xy[1]).max().orElse(1);
            layers.add(Layer.line("exact mean", Layer.Style.DASHED, 1, new double[] {exact, exact},
                    new double[] {0, top}));
        }
        return new Panel(title, Axis.linear("m" + MomentChart.sub(n) + " (dimensionless)"), Axis.linear("multisets"),
                layers);
    }

    /**
     * The histogram's outline as one polyline, bins of equal width (the square root of the count
     * of them, 5 to 20): drawn as a line rather than bars so it is exact at any zoom.
     */
    private static double[][] outline(double[] m) {
        double lo = java.util.Arrays.stream(m).min().orElseThrow();
        double hi = java.util.Arrays.stream(m).max().orElseThrow();
        int bins = Math.clamp((int) Math.round(Math.sqrt(m.length)), 5, 20);
        if (hi == lo) {
            double pad = lo == 0 ? 1e-12 : Math.abs(lo) * 1e-6;
            lo -= pad;
            hi += pad;
        }
        double step = (hi - lo) / bins;
        int[] counts = new int[bins];
        for (double v : m) {
            counts[Math.min(bins - 1, (int) ((v - lo) / step))]++;
        }
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {lo, 0});
        for (int b = 0; b < bins; b++) {
            pts.add(new double[] {lo + b * step, counts[b]});
            pts.add(new double[] {lo + (b + 1) * step, counts[b]});
        }
        pts.add(new double[] {hi, 0});
        double[][] xy = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xy[0][i] = pts.get(i)[0];
            xy[1][i] = pts.get(i)[1];
        }
        return xy;
    }
}

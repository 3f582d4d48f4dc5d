package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nnqft.reports.results.MultisetEntry;
import org.nnqft.reports.results.OrderEntry;

/**
 * The spread of m_n over the multisets at one width (the histograms beside ELS Figure 1), with the
 * exact expectation marked. One small chart per width: m_4 shrinks like 1/N, so widths sharing
 * one axis would squeeze all but the smallest N into a single bin.
 */
final class HistogramChart {
    private HistogramChart() {
    }

    /** @return the chart, or null when the entry has no defined m (odd orders) */
    static String svg(OrderEntry entry) {
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
        String title = "m_" + n + " at N = " + entry.width();
        if (Double.isFinite(exact) && !exactOnAxis) {
            title += " (exact " + (exact == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3g", exact)) + " lies "
                    + (exact < lo ? "left)" : "right)");
        }
        XYChart chart = ChartStyle.xy(390, 280, title, "m_" + n + " (dimensionless)", "multisets");
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setXAxisDecimalPattern(pattern(lo, hi));
        XYSeries bars = chart.addSeries(m.length + " multisets", xy[0], xy[1]);
        bars.setLineColor(ChartStyle.color(0));
        bars.setMarker(SeriesMarkers.NONE);
        if (exactOnAxis) {
            double top = java.util.Arrays.stream(xy[1]).max().orElse(1);
            XYSeries e = chart.addSeries("exact mean E[m_" + n + "]", new double[] {exact, exact}, new double[] {0, top});
            e.setLineColor(ChartStyle.color(1));
            e.setLineStyle(SeriesLines.DASH_DASH);
            e.setMarker(SeriesMarkers.NONE);
        }
        return Svg.of(chart);
    }

    /**
     * Enough significant digits that neighbouring ticks differ: the multisets of one sample can
     * spread over a range far narrower than their distance from 0.
     */
    static String pattern(double lo, double hi) {
        double size = Math.max(Math.abs(lo), Math.abs(hi));
        int digits = (int) Math.ceil(Math.log10(size / ((hi - lo) / 4))) + 1;
        return "0." + "#".repeat(Math.clamp(digits, 2, 8)) + "E0";
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

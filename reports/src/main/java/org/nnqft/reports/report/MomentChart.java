package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nnqft.reports.results.ResultFile;

/**
 * ELS Figure 1 analogue: mean |m_n| against N on log-log axes for each even order, with the
 * background it must stand above (HMS's comparison) and the exact finite-N expectation.
 */
final class MomentChart {
    private MomentChart() {
    }

    static String svg(ResultFile file) {
        XYChart chart = ChartStyle.xy(820, 480, "Deviation from the Gaussian process against width",
                "N (hidden units), log scale", "mean |m_n| over multisets (dimensionless), log scale");
        List<MomentRows> rows = MomentRows.of(file);
        List<Integer> orders = rows.stream().map(MomentRows::order).distinct().toList();
        for (int i = 0; i < orders.size(); i++) {
            int n = orders.get(i);
            List<MomentRows> of = rows.stream().filter(r -> r.order() == n).toList();
            add(chart, "|m_" + n + "| measured", of, MomentRows::meanAbsM, i, Style.MARKERS);
            add(chart, "background, n = " + n, of, MomentRows::background, i, Style.DASHED);
            add(chart, "exact E|m_" + n + "|", of, MomentRows::meanAbsExact, i, Style.LINE);
        }
        ChartStyle.logLog(chart);
        return Svg.of(chart);
    }

    private enum Style { MARKERS, DASHED, LINE }

    /** Log axes cannot show zero or undefined values (exact m_2 is 0): such points are left out. */
    private static void add(XYChart chart, String name, List<MomentRows> rows,
            java.util.function.ToDoubleFunction<MomentRows> y, int colour, Style style) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (MomentRows r : rows) {
            double v = y.applyAsDouble(r);
            if (v > 0 && Double.isFinite(v)) {
                xs.add((double) r.width());
                ys.add(v);
            }
        }
        if (xs.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setLineColor(ChartStyle.color(colour));
        s.setMarkerColor(ChartStyle.color(colour));
        switch (style) {
            case MARKERS -> {
                s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
            }
            case DASHED -> {
                s.setLineStyle(SeriesLines.DASH_DASH);
                s.setMarker(SeriesMarkers.NONE);
            }
            case LINE -> {
                s.setLineStyle(SeriesLines.SOLID);
                s.setMarker(SeriesMarkers.NONE);
            }
        }
    }
}

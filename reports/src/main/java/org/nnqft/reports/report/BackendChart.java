package org.nnqft.reports.report;

import java.util.List;
import org.nnqft.reports.gate.JmhResult;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Backend comparison: ns per neuron-sample against the width N, one series per implementation
 * (scalar, simd-double, simd-float, nd4j ... as the file has them), log-log since both the widths
 * and the backends' speeds span decades.
 */
final class BackendChart {
    private BackendChart() {
    }

    /** @param results one panel's results, sorted by impl then width */
    static String svg(String title, List<JmhResult> results) {
        XYChart chart = ChartStyle.xy(820, 420, title, "N (hidden units), log scale",
                "ns per neuron-sample, log scale (lower is faster)");
        List<String> impls = results.stream().map(ForwardPassTimes::impl).distinct().toList();
        for (int i = 0; i < impls.size(); i++) {
            String impl = impls.get(i);
            List<JmhResult> of = results.stream().filter(r -> ForwardPassTimes.impl(r).equals(impl)).toList();
            double[] x = of.stream().mapToDouble(ForwardPassTimes::width).toArray();
            double[] y = of.stream().mapToDouble(ForwardPassTimes::nanosPerOp).toArray();
            XYSeries s = chart.addSeries(impl, x, y);
            s.setLineColor(ChartStyle.color(i));
            s.setMarkerColor(ChartStyle.color(i));
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        ChartStyle.logLog(chart);
        return Svg.of(chart);
    }
}

package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.nnqft.numerics.math.stats.PowerLawFit;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * ELS Figure 2 analogue: |mean u_4| against sigma_W on log-log axes, one colour per width, with
 * the fitted power law over the points it used and the exact curve where theory gives it.
 */
final class CouplingChart {
    private CouplingChart() {
    }

    static String svg(String title, List<CouplingFit> fits) {
        XYChart chart = ChartStyle.xy(820, 600, title, "sigma_W (weight scale, dimensionless), log scale",
                "|mean u_4| over multisets (dimensionless), log scale");
        // below the plot: the fits' labels are long and would squeeze it from the side
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        for (int i = 0; i < fits.size(); i++) {
            CouplingFit f = fits.get(i);
            String n = "N = " + f.width();
            points(chart, n + ": |u_4| measured", f.sigmaW(), f.u4()).ifPresent(s -> {
                s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
            });
            int colour = i;
            PowerLawFit fit = f.shown();
            if (fit.fitted()) {
                double[] x = usedRange(f.sigmaW(), fit);
                double[] y = {Math.exp(fit.intercept()) * Math.pow(x[0], fit.slope()),
                    Math.exp(fit.intercept()) * Math.pow(x[1], fit.slope())};
                String label = String.format(Locale.ROOT, "%s: %s, slope %.3f \u00b1 %.3f (predicted %d)", n,
                        f.aboveThreshold() ? "fit" : "fit of all points (fewer than " + CouplingFit.minPoints() + " above S/B "
                                + (int) f.fit().minSignalToBackground() + ")",
                        fit.slope(), fit.slopeStderr(), f.predictedSlope());
                // dotted where the points do not stand above their error: a description, not evidence
                points(chart, label, x, y).ifPresent(s -> line(s, f.aboveThreshold() ? SeriesLines.DASH_DASH : SeriesLines.DOT_DOT));
            }
            if (f.exact() != null) {
                points(chart, n + ": exact u_4", f.sigmaW(), f.exact())
                        .ifPresent(s -> line(s, SeriesLines.SOLID));
            }
            chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith(n + ":"))
                    .forEach(s -> {
                        s.setLineColor(ChartStyle.color(colour));
                        s.setMarkerColor(ChartStyle.color(colour));
                    });
        }
        ChartStyle.logLog(chart);
        return Svg.of(chart);
    }

    private static void line(XYSeries s, java.awt.BasicStroke style) {
        s.setLineStyle(style);
        s.setMarker(SeriesMarkers.NONE);
    }

    /** The smallest and largest sigma_W the fit used: the line is drawn only where it was fitted. */
    private static double[] usedRange(double[] sigmaW, PowerLawFit fit) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < sigmaW.length; i++) {
            if (fit.used()[i]) {
                lo = Math.min(lo, sigmaW[i]);
                hi = Math.max(hi, sigmaW[i]);
            }
        }
        return new double[] {lo, hi};
    }

    /** Adds |y| where positive and finite (log axes); empty when nothing is left. */
    private static java.util.Optional<XYSeries> points(XYChart chart, String name, double[] x, double[] y) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double v = Math.abs(y[i]);
            if (v > 0 && Double.isFinite(v)) {
                xs.add(x[i]);
                ys.add(v);
            }
        }
        return xs.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(chart.addSeries(name, xs, ys));
    }
}

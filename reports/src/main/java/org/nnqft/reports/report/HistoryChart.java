package org.nnqft.reports.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nnqft.reports.history.ChangePoint;
import org.nnqft.reports.history.Series;

/**
 * One benchmark over the runs of a history: JMH's score with its 99.9% interval, each fork's mean
 * beside it (the spread the change-point test does not see), the mean of each segment between
 * change points, and a vertical line at the first run after each change, coloured by whether the
 * change made the benchmark worse or better in its own direction.
 */
final class HistoryChart {
    /** Okabe-Ito vermillion and bluish green: told apart in colour-blind vision too. */
    static final Color REGRESSION = ChartStyle.color(1);
    static final Color IMPROVEMENT = ChartStyle.color(2);
    private static final Color FORKS = new Color(150, 150, 150);
    /** Beyond this many runs the tick labels would overlap: plain run numbers instead. */
    private static final int MAX_LABELLED_RUNS = 30;

    private HistoryChart() {
    }

    static String svg(BenchHistory h) {
        return Svg.of(chart(h));
    }

    static XYChart chart(BenchHistory h) {
        Series s = h.series();
        List<Series.Point> points = s.points();
        boolean labelled = points.size() <= MAX_LABELLED_RUNS;
        XYChart chart = ChartStyle.xy(900, 420, s.key().display(),
                labelled ? "run, oldest first (commit, else date)" : "run, oldest first",
                s.unit() + " (" + (s.direction() == org.nnqft.reports.gate.Direction.LOWER_IS_BETTER ? "lower" : "higher")
                        + " is better)");
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        double[] err = new double[points.size()];
        double[] best = new double[points.size()];
        List<Double> forkX = new ArrayList<>();
        List<Double> forkY = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            Series.Point p = points.get(i);
            x[i] = i + 1;
            y[i] = p.score();
            err[i] = Double.isFinite(p.error()) ? p.error() : 0;
            best[i] = p.best();
            lo = Math.min(lo, y[i] - err[i]);
            hi = Math.max(hi, y[i] + err[i]);
            for (double m : p.result().forkMeans()) {
                forkX.add(x[i]);
                forkY.add(m);
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        segments(chart, h, x);
        for (ChangePoint c : h.changes()) {
            double at = c.index() + 1;
            XYSeries line = chart.addSeries(String.format(Locale.ROOT, "%s at %d: %+.1f%%, p %.2g",
                    h.regression(c) ? "regression" : "improvement", c.index() + 1, 100 * c.relativeChange(), c.pValue()),
                    new double[] {at, at}, new double[] {lo, hi});
            line.setLineColor(h.regression(c) ? REGRESSION : IMPROVEMENT);
            line.setLineStyle(new java.awt.BasicStroke(2.5f));
            line.setMarker(SeriesMarkers.NONE);
        }
        XYSeries tracked = chart.addSeries("best fork (tracked)", x, best);
        tracked.setLineColor(ChartStyle.color(3));
        tracked.setMarkerColor(ChartStyle.color(3));
        tracked.setMarker(SeriesMarkers.SQUARE);
        XYSeries score = chart.addSeries("score, 99.9% interval", x, y, err);
        score.setLineColor(ChartStyle.color(0));
        score.setMarkerColor(ChartStyle.color(0));
        score.setMarker(SeriesMarkers.CIRCLE);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        XYSeries forks = chart.addSeries("fork means", forkX, forkY);
        forks.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        forks.setMarker(SeriesMarkers.DIAMOND);
        forks.setMarkerColor(FORKS);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        if (labelled) {
            chart.setCustomXAxisTickLabelsFormatter(v -> tick(points, v));
            chart.getStyler().setXAxisLabelRotation(60);
        }
        return chart;
    }

    /** The mean of the best forks between change points, dashed: the levels the test compared. */
    private static void segments(XYChart chart, BenchHistory h, double[] x) {
        List<Double> sx = new ArrayList<>();
        List<Double> sy = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= h.changes().size(); k++) {
            int to = k < h.changes().size() ? h.changes().get(k).index() : x.length;
            double mean = 0;
            for (int i = from; i < to; i++) {
                mean += h.series().points().get(i).best() / (to - from);
            }
            // a step, not a slope: each level from half a run before its first to half after its last
            // (but within the runs), through every half run: XChart labels the runs only when all x
            // values are evenly spaced
            for (int half = Math.max(2 * from + 1, 2); half <= Math.min(2 * to + 1, 2 * x.length); half++) {
                sx.add(half / 2.0);
                sy.add(mean);
            }
            from = to;
        }
        XYSeries s = chart.addSeries("segment means", sx, sy);
        s.setLineColor(Color.BLACK);
        s.setLineStyle(SeriesLines.DASH_DASH);
        s.setMarker(SeriesMarkers.NONE);
    }

    /**
     * A whole run becomes its number and commit (7 characters) or, unknown, its date; other ticks
     * none. The number keeps the first and last labels apart when one commit ran throughout: XChart
     * draws no labels at all when those two are equal.
     */
    private static String tick(List<Series.Point> points, double v) {
        int i = (int) Math.round(v) - 1;
        if (Math.abs(v - (i + 1)) > 1e-9 || i < 0 || i >= points.size()) {
            return "";
        }
        Series.Point p = points.get(i);
        String commit = p.run().commit();
        return (i + 1) + ": " + ("unknown".equals(commit) ? BenchHistory.day(p) : BenchHistory.shortCommit(commit));
    }
}

package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnqft.reports.figure.Axis;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Layer;
import org.nnqft.reports.figure.Palette;
import org.nnqft.reports.figure.Panel;
import org.nnqft.reports.history.ChangePoint;
import org.nnqft.reports.history.Series;

/**
 * One benchmark over the runs of a history: each run's best fork (what the change points are
 * found in), JMH's score with its 99.9% interval, each fork's mean beside it, the mean best fork
 * of each segment between change points, and a vertical line at the first run after each change,
 * coloured by whether the change made the benchmark worse or better in its own direction.
 */
final class HistoryChart {
    /** Okabe-Ito vermillion and bluish green: told apart in colour-blind vision too. */
    static final int REGRESSION = 1;
    static final int IMPROVEMENT = 2;
    /** Beyond this many runs the tick labels would crowd: plain run numbers instead. */
    private static final int MAX_LABELLED_RUNS = 30;

    private HistoryChart() {
    }

    static Figure of(String name, BenchHistory h, String caption) {
        Series s = h.series();
        List<Series.Point> points = s.points();
        int n = points.size();
        double[] x = new double[n];
        double[] score = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] best = new double[n];
        List<Double> forkX = new ArrayList<>();
        List<Double> forkY = new ArrayList<>();
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            Series.Point p = points.get(i);
            x[i] = i + 1;
            score[i] = p.score();
            double err = Double.isFinite(p.error()) ? p.error() : 0;
            lo[i] = score[i] - err;
            hi[i] = score[i] + err;
            best[i] = p.best();
            yLo = Math.min(yLo, Math.min(lo[i], best[i]));
            yHi = Math.max(yHi, hi[i]);
            for (double m : p.result().forkMeans()) {
                forkX.add(x[i]);
                forkY.add(m);
                yLo = Math.min(yLo, m);
                yHi = Math.max(yHi, m);
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (ChangePoint c : h.changes()) {
            double at = c.index() + 1;
            layers.add(Layer.line(String.format(Locale.ROOT, "%s at %d: %+.1f%%, p %.2g",
                    h.regression(c) ? "regression" : "improvement", c.index() + 1, 100 * c.relativeChange(), c.pValue()),
                    Layer.Style.MARKER, h.regression(c) ? REGRESSION : IMPROVEMENT, new double[] {at, at},
                    new double[] {yLo, yHi}));
        }
        layers.add(segments(h, n));
        layers.add(new Layer("fork means", Layer.Style.SCATTER, Palette.GREY,
                forkX.stream().mapToDouble(Double::doubleValue).toArray(),
                forkY.stream().mapToDouble(Double::doubleValue).toArray(), null, null));
        layers.add(Layer.errors("score, 99.9% interval", 0, x, score, lo, hi));
        layers.add(Layer.line("", Layer.Style.LINE, 3, x, best));
        layers.add(Layer.points("best fork (tracked)", 3, x, best));
        boolean labelled = n <= MAX_LABELLED_RUNS;
        Axis runs = labelled ? Axis.runs("run, oldest first (commit, else date)", v -> tick(points, v))
                : Axis.linear("run, oldest first");
        String unit = s.unit() + " (" + (s.direction() == org.nnqft.reports.gate.Direction.LOWER_IS_BETTER ? "lower"
                : "higher") + " is better)";
        return Figure.single(name, s.key().display(), caption, new Panel("", runs, Axis.linear(unit), layers), 900, 420);
    }

    /** The mean best fork between change points, dashed: the levels the test compared. */
    private static Layer segments(BenchHistory h, int n) {
        List<Double> sx = new ArrayList<>();
        List<Double> sy = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= h.changes().size(); k++) {
            int to = k < h.changes().size() ? h.changes().get(k).index() : n;
            double mean = 0;
            for (int i = from; i < to; i++) {
                mean += h.series().points().get(i).best() / (to - from);
            }
            // a step: each level from half a run before its first run to half a run after its last
            sx.add(from + 0.5);
            sy.add(mean);
            sx.add(to + 0.5);
            sy.add(mean);
            from = to;
        }
        return Layer.line("segment means", Layer.Style.DASHED, Palette.BLACK,
                sx.stream().mapToDouble(Double::doubleValue).toArray(), sy.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A whole run becomes its number and commit (7 characters) or, unknown, its date. */
    private static String tick(List<Series.Point> points, double v) {
        int i = (int) Math.round(v) - 1;
        if (i < 0 || i >= points.size()) {
            return "";
        }
        Series.Point p = points.get(i);
        String commit = p.run().commit();
        return (i + 1) + ": " + ("unknown".equals(commit) ? BenchHistory.day(p) : BenchHistory.shortCommit(commit));
    }
}

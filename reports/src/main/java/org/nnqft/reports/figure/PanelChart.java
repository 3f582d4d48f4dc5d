package org.nnqft.reports.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** One panel as a JFreeChart: its layers as datasets, its axes at the given ranges, its legend inside the plot. */
final class PanelChart {
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private PanelChart() {
    }

    static JFreeChart of(Panel p, double[] xRange, double[] yRange, boolean xTitle, boolean yTitle) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(p.x(), xRange, xTitle));
        plot.setRangeAxis(axis(p.y(), yRange, yTitle));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setOutlinePaint(Color.GRAY);
        int index = 0;
        for (Layer l : p.layers()) {
            Layer shown = visible(l, p.y().log(), yRange[0]);
            if (shown.x().length == 0) {
                continue;
            }
            add(plot, index++, shown);
        }
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 2, 2, 8));
        if (p.title() != null && !p.title().isEmpty()) {
            chart.setTitle(new TextTitle(p.title(), TITLE));
        }
        if (plot.getLegendItems().getItemCount() > 0) {
            LegendTitle legend = new LegendTitle(plot, new ColumnArrangement(), new ColumnArrangement());
            legend.setItemFont(LEGEND);
            legend.setBackgroundPaint(new Color(255, 255, 255, 215));
            legend.setFrame(new BlockBorder(new Color(200, 200, 200)));
            double[] at = Corner.emptiest(p, xRange, yRange);
            plot.addAnnotation(new XYTitleAnnotation(relative(at[0], xRange, p.x().log()),
                    relative(at[1], yRange, p.y().log()), legend, anchor(at)));
        }
        return chart;
    }

    /**
     * The fraction XYTitleAnnotation needs to land at fraction {@code f} of the plot: it reads its
     * coordinates as fractions of the axis range in data units, which on a log axis is not where
     * the eye sees that fraction.
     */
    private static double relative(double f, double[] range, boolean log) {
        if (!log || !Double.isFinite(range[0])) {
            return f;
        }
        double v = range[0] * Math.pow(range[1] / range[0], f);
        return (v - range[0]) / (range[1] - range[0]);
    }

    private static RectangleAnchor anchor(double[] at) {
        boolean right = at[0] > 0.5;
        boolean top = at[1] > 0.5;
        return top ? (right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT)
                : (right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
    }

    private static ValueAxis axis(Axis a, double[] range, boolean titled) {
        ValueAxis axis;
        if (a.log()) {
            axis = new PlainLogAxis(titled ? a.title() : null);
        } else {
            NumberAxis n = new NumberAxis(titled ? a.title() : null);
            n.setAutoRangeIncludesZero(false);
            n.setStandardTickUnits(PlainTickUnits.INSTANCE);
            if (a.labels() != null) {
                n.setTickUnit(new NumberTickUnit(1, new Labels(a)));
                n.setVerticalTickLabels(true);
            }
            axis = n;
        }
        axis.setTickLabelFont(TICKS);
        axis.setLabelFont(AXIS);
        if (Double.isFinite(range[0]) && range[1] > range[0]) {
            axis.setRange(range[0], range[1]);
        }
        return axis;
    }

    /** An axis of runs: each whole value by its label, nothing between. */
    private static final class Labels extends NumberFormat {
        private final transient Axis axis;

        Labels(Axis axis) {
            this.axis = axis;
        }

        @Override
        public StringBuffer format(double v, StringBuffer b, FieldPosition pos) {
            return Math.abs(v - Math.rint(v)) < 1e-9 ? b.append(axis.labels().apply(Math.rint(v))) : b;
        }

        @Override
        public StringBuffer format(long v, StringBuffer b, FieldPosition pos) {
            return format((double) v, b, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are only written");
        }
    }

    /** The layer without what a log axis cannot show; error bars ending below the axis end there. */
    private static Layer visible(Layer l, boolean logY, double floor) {
        if (!logY) {
            return l;
        }
        int n = 0;
        for (double v : l.y()) {
            n += v > 0 && Double.isFinite(v) ? 1 : 0;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] lo = l.hasErrors() ? new double[n] : null;
        double[] hi = l.hasErrors() ? new double[n] : null;
        for (int i = 0, k = 0; i < l.y().length; i++) {
            if (l.y()[i] > 0 && Double.isFinite(l.y()[i])) {
                x[k] = l.x()[i];
                y[k] = l.y()[i];
                if (lo != null) {
                    lo[k] = l.low()[i] > 0 ? l.low()[i] : floor;
                    hi[k] = l.high()[i];
                }
                k++;
            }
        }
        return new Layer(l.name(), l.style(), l.colour(), x, y, lo, hi);
    }

    private static void add(XYPlot plot, int index, Layer l) {
        Color c = Palette.color(l.colour());
        boolean named = l.name() != null && !l.name().isEmpty();
        String key = named ? l.name() : "layer " + index;
        if (l.hasErrors()) {
            YIntervalSeries s = new YIntervalSeries(key, false, true);
            for (int i = 0; i < l.x().length; i++) {
                s.add(l.x()[i], l.y()[i], l.low()[i], l.high()[i]);
            }
            YIntervalSeriesCollection d = new YIntervalSeriesCollection();
            d.addSeries(s);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDefaultLinesVisible(false);
            r.setDefaultShapesVisible(true);
            r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            r.setSeriesPaint(0, c);
            r.setErrorPaint(c);
            r.setCapLength(5);
            r.setSeriesVisibleInLegend(0, named);
            plot.setDataset(index, d);
            plot.setRenderer(index, r);
            return;
        }
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < l.x().length; i++) {
            s.add(l.x()[i], l.y()[i]);
        }
        XYSeriesCollection d = new XYSeriesCollection(s);
        boolean lines = l.style() != Layer.Style.POINTS && l.style() != Layer.Style.SCATTER;
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines, !lines);
        r.setSeriesPaint(0, c);
        r.setSeriesStroke(0, stroke(l.style()));
        r.setSeriesShape(0, l.style() == Layer.Style.SCATTER ? diamond() : new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesVisibleInLegend(0, named);
        plot.setDataset(index, d);
        plot.setRenderer(index, r);
    }

    private static java.awt.Shape diamond() {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -3);
        d.lineTo(3, 0);
        d.lineTo(0, 3);
        d.lineTo(-3, 0);
        d.closePath();
        return d;
    }

    private static Stroke stroke(Layer.Style style) {
        return switch (style) {
            case DASHED -> new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6, 4}, 0);
            case DOTTED -> new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {1.5f, 3}, 0);
            case MARKER -> new BasicStroke(2.5f);
            default -> new BasicStroke(1.5f);
        };
    }
}

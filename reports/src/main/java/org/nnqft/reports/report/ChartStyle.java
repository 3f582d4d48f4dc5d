package org.nnqft.reports.report;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;

/** One look for every chart of a report: white, plain, legend beside the plot. */
final class ChartStyle {
    /** Colours by series index; distinguishable in colour-blind vision (Okabe-Ito). */
    static final Color[] COLORS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};

    private ChartStyle() {
    }

    static XYChart xy(int width, int height, String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        XYStyler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        s.setLegendPosition(LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setChartTitleBoxVisible(false);
        s.setPlotBorderColor(Color.GRAY);
        return chart;
    }

    /**
     * Log scales on both axes, called once the series are in. An axis that spans less than two
     * decades (sigma_W from 1 to 8) gets ticks labelled between the decades too, which would
     * otherwise leave it a single label; a wider one keeps to decades, or its labels overlap.
     */
    static void logLog(XYChart chart) {
        XYStyler s = chart.getStyler();
        s.setXAxisLogarithmic(true);
        s.setYAxisLogarithmic(true);
        double xMin = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getXMin).min().orElse(1);
        double xMax = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getXMax).max().orElse(10);
        double yMin = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getYMin).min().orElse(1);
        double yMax = chart.getSeriesMap().values().stream().mapToDouble(XYSeries::getYMax).max().orElse(10);
        s.setXAxisLogarithmicDecadeOnly(Math.log10(xMax / xMin) >= 2);
        s.setYAxisLogarithmicDecadeOnly(Math.log10(yMax / yMin) >= 2);
    }

    static Color color(int i) {
        return COLORS[i % COLORS.length];
    }
}

package org.nnqft.reports.figure;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis whose labels are plain strings ({@link LogTicks}) and never overlap: a label is left
 * out (its tick and grid line stay) when it would come closer than {@link #GAP} pixels to the one
 * before it. Why not JFreeChart's own LogAxis labels: they are attributed strings, which
 * VectorGraphics2D can only draw as outlines, so no label of the SVG would be text.
 */
final class PlainLogAxis extends LogAxis {
    static final double GAP = 6;

    PlainLogAxis(String label) {
        super(label);
        setMinorTickMarksVisible(false);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        // RectangleEdge is a class of constants, not an enum
        TextAnchor anchor = edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        List<NumberTick> ticks = new ArrayList<>();
        double lastPos = Double.NaN;
        double lastHalf = 0;
        List<Double> values = LogTicks.values(getLowerBound(), getUpperBound());
        boolean powers = LogTicks.powers(values);
        for (double v : values) {
            String label = LogTicks.label(v, powers);
            double pos = valueToJava2D(v, dataArea, edge);
            double half = (horizontal ? fm.stringWidth(label) : fm.getAscent()) / 2.0;
            boolean fits = Double.isNaN(lastPos) || Math.abs(pos - lastPos) >= lastHalf + half + GAP;
            ticks.add(new NumberTick(TickType.MAJOR, v, fits ? label : "", anchor, anchor, 0));
            if (fits) {
                lastPos = pos;
                lastHalf = half;
            }
        }
        return ticks;
    }
}

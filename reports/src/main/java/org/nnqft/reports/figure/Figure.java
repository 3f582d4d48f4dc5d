package org.nnqft.reports.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A figure: small multiples in a grid, one title above them, and the caption that says what is
 * plotted, which error bars, and the sample. Shared axes get one range over every panel, so that
 * the panels can be compared by eye; the axis titles are then drawn on the outer panels only.
 *
 * @param name    a file name stem saying what it shows (report --figures writes name.svg and name.pdf)
 * @param columns panels per row
 */
public record Figure(String name, String title, String caption, List<Panel> panels, int columns, int panelWidth,
        int panelHeight, boolean shareX, boolean shareY) {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final int TITLE_HEIGHT = 24;

    public Figure {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs a panel: " + name);
        }
        columns = Math.clamp(columns, 1, panels.size());
    }

    /** One panel alone. */
    public static Figure single(String name, String title, String caption, Panel panel, int width, int height) {
        return new Figure(name, title, caption, List.of(panel), 1, width, height, false, false);
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    public int width() {
        return columns * panelWidth;
    }

    public int height() {
        return TITLE_HEIGHT + rows() * panelHeight;
    }

    /** Draws the title and every panel. */
    void draw(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width(), height()));
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        int titleWidth = g.getFontMetrics().stringWidth(title);
        g.drawString(title, Math.max(4, (width() - titleWidth) / 2f), 17f);
        double[] x = shareX ? Ranges.of(panels, true) : null;
        double[] y = shareY ? Ranges.of(panels, false) : null;
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            int row = i / columns;
            int column = i % columns;
            boolean bottom = shareX ? row == rows() - 1 || i + columns >= panels.size() : true;
            boolean left = shareY ? column == 0 : true;
            JFreeChart chart = PanelChart.of(p, x != null ? x : Ranges.of(List.of(p), true),
                    y != null ? y : Ranges.of(List.of(p), false), bottom, left);
            chart.draw(g, new Rectangle2D.Double(column * panelWidth, TITLE_HEIGHT + row * panelHeight, panelWidth,
                    panelHeight));
        }
    }
}

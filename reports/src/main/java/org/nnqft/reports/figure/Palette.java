package org.nnqft.reports.figure;

import java.awt.Color;

/** Colours by index, distinguishable in colour-blind vision (Okabe and Ito). */
public final class Palette {
    static final Color[] COLORS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};
    /** The raw values behind a summary. */
    public static final int GREY = -1;
    /** Black, the published prediction. */
    public static final int BLACK = 6;

    private Palette() {
    }

    public static Color color(int i) {
        return i == GREY ? new Color(150, 150, 150) : COLORS[Math.floorMod(i, COLORS.length)];
    }
}

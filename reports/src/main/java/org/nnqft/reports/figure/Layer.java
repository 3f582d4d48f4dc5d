package org.nnqft.reports.figure;

/**
 * One series of a panel: its name (the legend's), how it is drawn, its colour index into
 * {@link Palette}, and its points. {@code low} and {@code high} are the error bars' ends, null for
 * none.
 */
public record Layer(String name, Style style, int colour, double[] x, double[] y, double[] low, double[] high) {

    /** How a layer is drawn. */
    public enum Style {
        /** Circles, with error bars when the layer has them. */
        POINTS,
        /** Small grey diamonds: the raw values behind a summary. */
        SCATTER,
        LINE,
        DASHED,
        DOTTED,
        /** A thick vertical or other marker line (change points): two points. */
        MARKER
    }

    public static Layer points(String name, int colour, double[] x, double[] y) {
        return new Layer(name, Style.POINTS, colour, x, y, null, null);
    }

    public static Layer errors(String name, int colour, double[] x, double[] y, double[] low, double[] high) {
        return new Layer(name, Style.POINTS, colour, x, y, low, high);
    }

    public static Layer line(String name, Style style, int colour, double[] x, double[] y) {
        return new Layer(name, style, colour, x, y, null, null);
    }

    public boolean hasErrors() {
        return low != null && high != null;
    }
}

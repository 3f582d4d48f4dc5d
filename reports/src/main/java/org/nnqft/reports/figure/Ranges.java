package org.nnqft.reports.figure;

import java.util.List;

/**
 * The range an axis shows: every point, line end and error bar of its layers (positive ones on a
 * log axis, which cannot show the rest), with a margin of 5% of the span (on a log axis, of the
 * span in decades). A figure's shared axis takes the union over its panels.
 */
final class Ranges {
    private Ranges() {
    }

    /** {lo, hi} of the panels' x (or y) values, NaN when there are none. */
    static double[] of(List<Panel> panels, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean log = false;
        for (Panel p : panels) {
            Axis axis = x ? p.x() : p.y();
            log |= axis.log();
            for (Layer l : p.layers()) {
                double[][] columns = x ? new double[][] {l.x()} : l.hasErrors() ? new double[][] {l.y(), l.low(), l.high()}
                        : new double[][] {l.y()};
                for (double[] c : columns) {
                    for (double v : c) {
                        if (Double.isFinite(v) && (!axis.log() || v > 0)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                }
            }
        }
        if (lo > hi) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return log ? logMargin(lo, hi) : linearMargin(lo, hi);
    }

    private static double[] logMargin(double lo, double hi) {
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        double m = b > a ? 0.05 * (b - a) : 0.5;
        return new double[] {Math.pow(10, a - m), Math.pow(10, b + m)};
    }

    private static double[] linearMargin(double lo, double hi) {
        double m = hi > lo ? 0.05 * (hi - lo) : lo == 0 ? 1 : Math.abs(lo) * 0.05;
        return new double[] {lo - m, hi + m};
    }
}

package org.nnqft.reports.figure;

/**
 * Where a panel's legend goes: the corner of the plot with the fewest points in its quarter, so
 * that the legend, inside the plot, covers as little data as it can.
 */
final class Corner {
    private Corner() {
    }

    /** @return the legend's anchor in the plot's fractions, {x, y} with y up: one of the four corners, inset */
    static double[] emptiest(Panel p, double[] xRange, double[] yRange) {
        int[] count = new int[4];
        for (Layer l : p.layers()) {
            for (int i = 0; i < l.x().length; i++) {
                double fx = fraction(l.x()[i], xRange, p.x().log());
                double fy = fraction(l.y()[i], yRange, p.y().log());
                if (Double.isFinite(fx) && Double.isFinite(fy)) {
                    count[(fx > 0.5 ? 1 : 0) + (fy > 0.5 ? 2 : 0)]++;
                }
            }
        }
        // in order of preference: top right, top left, bottom left, bottom right
        int[] order = {3, 2, 0, 1};
        int best = order[0];
        for (int c : order) {
            if (count[c] < count[best]) {
                best = c;
            }
        }
        return new double[] {best % 2 == 1 ? 0.98 : 0.02, best >= 2 ? 0.98 : 0.02};
    }

    private static double fraction(double v, double[] range, boolean log) {
        if (!Double.isFinite(range[0]) || (log && v <= 0)) {
            return Double.NaN;
        }
        return log ? Math.log(v / range[0]) / Math.log(range[1] / range[0]) : (v - range[0]) / (range[1] - range[0]);
    }
}

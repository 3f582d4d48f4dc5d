package org.nnqft.reports.history;

/**
 * A change in a series: the segment from {@code index} on differs from the one before it.
 *
 * @param index  the first point after the change
 * @param before the mean of the segment before, since the previous change point
 * @param after  the mean of the segment after, up to the next change point
 * @param pValue Student's two-sided t-test between the two segments
 */
public record ChangePoint(int index, double before, double after, double pValue) {

    /** after / before - 1: the change as the series moved, whichever way is better. */
    public double relativeChange() {
        return after / before - 1;
    }

    /** The larger of the change forward and backward, so that a halving and a doubling weigh alike. */
    public double magnitude() {
        return Math.max(Math.abs(after / before - 1), Math.abs(before / after - 1));
    }
}

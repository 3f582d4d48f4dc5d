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

    /** after / before - 1: the change as the series moved, whichever way is better; 0 when both are 0. */
    public double relativeChange() {
        return before == after ? 0 : after / before - 1;
    }

    /**
     * The larger of the change forward and backward, so that a halving and a doubling weigh alike.
     * From or to a mean of 0 it is infinite (IEEE division gave that already; said here outright);
     * between two zeros it is 0, not the NaN of 0/0, which fails every minimum and would drop the
     * point even at a minimum of 0. Series hold positive scores only (the JMH reader refuses others).
     */
    public double magnitude() {
        if (before == after) {
            return 0;
        }
        if (before == 0 || after == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(Math.abs(after / before - 1), Math.abs(before / after - 1));
    }
}

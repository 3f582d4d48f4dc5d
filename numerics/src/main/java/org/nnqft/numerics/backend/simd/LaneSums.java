package org.nnqft.numerics.backend.simd;

/**
 * Sums lanes in a fixed order. {@code reduceLanes(ADD)} may add floating-point lanes in any order
 * (its contract says so), and compiled and interpreted code do differ; a plain loop gives the same
 * bits wherever it runs, and it runs once per multiset per block.
 */
final class LaneSums {
    private LaneSums() {
    }

    static double inOrder(double[] values, int from, int count) {
        double sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += values[i];
        }
        return sum;
    }
}

package org.nnqft.numerics.math.combinatorics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A multiset of input points compared by value, for memoising functions that are symmetric in
 * their points: sorting makes every ordering of the same points one key, and arrays, which compare
 * by identity, are compared by content.
 */
public record PointMultiset(double[][] points) {
    private static final Comparator<double[]> LEXICOGRAPHIC = Arrays::compare;

    /** A sorted deep copy, so later changes to the caller's arrays cannot corrupt a cache. */
    public static PointMultiset of(double[][] points) {
        double[][] sorted = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            sorted[i] = points[i].clone();
        }
        Arrays.sort(sorted, LEXICOGRAPHIC);
        return new PointMultiset(sorted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointMultiset p && Arrays.deepEquals(points, p.points);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(points);
    }
}

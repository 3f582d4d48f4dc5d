package org.nnqft.reports.results;

import java.util.Arrays;
import java.util.List;

/** Input points as JSON-friendly lists and back. */
final class Vectors {
    private Vectors() {
    }

    static List<Double> of(double[] point) {
        return Arrays.stream(point).boxed().toList();
    }

    static List<List<Double>> of(double[][] points) {
        return Arrays.stream(points).map(Vectors::of).toList();
    }

    static double[][] toArray(List<List<Double>> points) {
        return points.stream()
                .map(p -> p.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }
}

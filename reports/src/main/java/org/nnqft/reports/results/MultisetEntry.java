package org.nnqft.reports.results;

import java.util.Arrays;
import java.util.List;
import org.nnqft.numerics.analysis.MultisetResult;

/**
 * One multiset's statistics. Points are the input vectors themselves, not indices, so a file
 * stands on its own without the spec beside it. Boxed fields are null where undefined.
 */
public record MultisetEntry(
        List<List<Double>> points,
        double g0,
        double mean,
        double std,
        double stderr,
        Double m,
        Double background,
        Double exact,
        Double mExact,
        Double z) {

    static MultisetEntry of(MultisetResult r, double[][] inputs) {
        List<List<Double>> points = Arrays.stream(r.points()).mapToObj(i -> Vectors.of(inputs[i])).toList();
        return new MultisetEntry(points, r.g0(), r.mean(), r.std(), r.stderr(), r.m(), r.background(),
                r.exact(), r.mExact(), r.z());
    }
}

package org.nnqft.reports.results;

import java.util.Arrays;
import java.util.List;
import org.nnqft.numerics.analysis.MultisetResult;

/**
 * One multiset's statistics. Points are the input vectors themselves, not indices, so a file
 * stands on its own without the spec beside it. Boxed fields are null where undefined, and the
 * reason fields say why: {@code undefined} for m, background and mExact (G0 = 0), {@code noExact} for
 * exact (no theory, out of the quadrature's reach, or an error estimate above 1e-8 relative).
 * {@code exactError} is exact's quadrature error estimate, {@code exactStderr} the plain estimator's exact
 * standard error, {@code zError} the error z used ("exact" or "bags"). Files written before these fields
 * existed read back with them null.
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
        Double z,
        String undefined,
        Double exactError,
        String noExact,
        Double exactStderr,
        String zError) {

    /** Without the reasons and error fields, as files written before them read. */
    public MultisetEntry(List<List<Double>> points, double g0, double mean, double std, double stderr, Double m,
            Double background, Double exact, Double mExact, Double z) {
        this(points, g0, mean, std, stderr, m, background, exact, mExact, z, null, null, null, null, null);
    }

    static MultisetEntry of(MultisetResult r, double[][] inputs) {
        List<List<Double>> points = Arrays.stream(r.points()).mapToObj(i -> Vectors.of(inputs[i])).toList();
        return new MultisetEntry(points, r.g0(), r.mean(), r.std(), r.stderr(), r.m(), r.background(),
                r.exact(), r.mExact(), r.z(), r.undefined(), r.exactError(), r.noExact(), r.exactStderr(),
                r.zError() == null ? null : r.zError().id());
    }
}

package org.nnqft.numerics.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The statistics of every multiset of one order at one width, with the terminal's summaries.
 * {@code meanM} is null for odd orders, where G0 = 0.
 */
public record OrderResult(int width, int order, List<MultisetResult> multisets, MeanM meanM) {

    /** Mean |m| over multisets, or null for odd orders. */
    public Double meanAbsM() {
        return meanAbs(MultisetResult::m);
    }

    public Double meanBackground() {
        return meanAbs(MultisetResult::background);
    }

    public Double meanAbsZ() {
        return meanAbs(MultisetResult::z);
    }

    private Double meanAbs(Function<MultisetResult, Double> field) {
        List<Double> v = multisets.stream().map(field).filter(Objects::nonNull).toList();
        return v.isEmpty() ? null : v.stream().mapToDouble(d -> Math.abs(d)).average().orElseThrow();
    }
}

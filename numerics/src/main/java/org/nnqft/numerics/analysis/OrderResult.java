package org.nnqft.numerics.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The statistics of every multiset of one order at one width, with the terminal's summaries.
 * {@code meanM} is null for odd orders, and where every multiset of the order has G0 = 0.
 *
 * @param bagsUnreliable the bag spread is known to understate the error here (see Analysis): a z on it
 *                       would reject correct code
 */
public record OrderResult(int width, int order, List<MultisetResult> multisets, MeanM meanM,
        boolean bagsUnreliable) {

    public OrderResult(int width, int order, List<MultisetResult> multisets, MeanM meanM) {
        this(width, order, multisets, meanM, false);
    }

    /** Mean |m| over multisets where it is defined, or null if it is nowhere (odd orders). */
    public Double meanAbsM() {
        return meanAbs(MultisetResult::m);
    }

    public Double meanBackground() {
        return meanAbs(MultisetResult::background);
    }

    public Double meanAbsZ() {
        return meanAbs(MultisetResult::z);
    }

    /** Multisets whose G0 = 0 leaves m undefined at an even order. */
    public long undefinedCount() {
        return multisets.stream().filter(r -> r.undefined() != null).count();
    }

    /** "exact", "bags" or "mixed": the standard errors this order's z-scores used; null without z. */
    public String zErrors() {
        List<ErrorSource> used = multisets.stream().map(MultisetResult::zError).filter(Objects::nonNull)
                .distinct().toList();
        return used.isEmpty() ? null : used.size() == 1 ? used.get(0).id() : "mixed";
    }

    private Double meanAbs(Function<MultisetResult, Double> field) {
        List<Double> v = multisets.stream().map(field).filter(Objects::nonNull).toList();
        return v.isEmpty() ? null : v.stream().mapToDouble(d -> Math.abs(d)).average().orElseThrow();
    }
}

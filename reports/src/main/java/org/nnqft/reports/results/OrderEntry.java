package org.nnqft.reports.results;

import java.util.List;
import org.nnqft.numerics.analysis.OrderResult;

/**
 * All multisets of one order at one width.
 *
 * @param meanM          the multiset-averaged m_n with its error bar, over the multisets whose G0 != 0;
 *                       null for odd orders and where every G0 is 0
 * @param bagsUnreliable the bag spread is known to understate the error at this row (Analysis); null in
 *                       files written before the field existed
 */
public record OrderEntry(int width, int order, List<MultisetEntry> multisets, MeanMEntry meanM,
        Boolean bagsUnreliable) {

    public OrderEntry(int width, int order, List<MultisetEntry> multisets, MeanMEntry meanM) {
        this(width, order, multisets, meanM, null);
    }

    static OrderEntry of(OrderResult r, double[][] inputs) {
        return new OrderEntry(r.width(), r.order(),
                r.multisets().stream().map(m -> MultisetEntry.of(m, inputs)).toList(), MeanMEntry.of(r.meanM()),
                r.bagsUnreliable());
    }
}

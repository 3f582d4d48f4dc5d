package org.nnqft.reports.results;

import java.util.List;
import org.nnqft.numerics.analysis.OrderResult;

/**
 * All multisets of one order at one width.
 *
 * @param meanM the multiset-averaged m_n with its error bar; null for odd orders (G0 = 0)
 */
public record OrderEntry(int width, int order, List<MultisetEntry> multisets, MeanMEntry meanM) {

    static OrderEntry of(OrderResult r, double[][] inputs) {
        return new OrderEntry(r.width(), r.order(),
                r.multisets().stream().map(m -> MultisetEntry.of(m, inputs)).toList(), MeanMEntry.of(r.meanM()));
    }
}

package org.nnqft.reports.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.nnqft.reports.results.MultisetEntry;
import org.nnqft.reports.results.OrderEntry;
import org.nnqft.reports.results.ResultFile;

/**
 * The quantities of ELS Figure 1 per width and order, averaged over the multisets of a result
 * file: what the terminal table of a run shows, recomputed from the file alone.
 *
 * @param meanAbsM     mean over multisets of |m_n| (the published plot's y)
 * @param background   mean over multisets of bag std / |G0|
 * @param meanAbsExact mean over multisets of |E[m_n]| at this N, or NaN where no theory is known
 */
record MomentRows(int width, int order, int multisets, double meanAbsM, double background, double meanAbsExact) {

    /** Every (width, order) with a defined m (even orders; odd ones have G0 = 0), by order then width. */
    static List<MomentRows> of(ResultFile file) {
        return file.results().stream()
                .map(MomentRows::of)
                .filter(r -> !Double.isNaN(r.meanAbsM))
                .sorted(Comparator.comparingInt(MomentRows::order).thenComparingInt(MomentRows::width))
                .toList();
    }

    private static MomentRows of(OrderEntry e) {
        List<MultisetEntry> ms = e.multisets();
        return new MomentRows(e.width(), e.order(), ms.size(),
                mean(ms.stream().map(MultisetEntry::m).toList()),
                mean(ms.stream().map(MultisetEntry::background).toList()),
                mean(ms.stream().map(MultisetEntry::mExact).toList()));
    }

    /** Mean of the magnitudes of the defined values, NaN when none is. */
    private static double mean(List<Double> values) {
        return values.stream().filter(Objects::nonNull).mapToDouble(Math::abs).average().orElse(Double.NaN);
    }
}

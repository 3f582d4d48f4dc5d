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
 * @param meanAbsZ     mean over multisets of |z|, or NaN where none has one
 * @param zErrors      the standard errors the z-scores divided by: "exact", "bags", "mixed", or "-"
 * @param note         a bag spread known to understate the error, multisets whose m is undefined (G0 = 0),
 *                     exact values withheld; empty if none
 */
record MomentRows(int width, int order, int multisets, double meanAbsM, double background, double meanAbsExact,
        double meanAbsZ, String zErrors, String note) {

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
                mean(ms.stream().map(MultisetEntry::mExact).toList()),
                mean(ms.stream().map(MultisetEntry::z).toList()),
                zErrors(ms), note(e));
    }

    private static String zErrors(List<MultisetEntry> ms) {
        List<String> used = ms.stream().map(MultisetEntry::zError).filter(Objects::nonNull).distinct().toList();
        // files from before the field: a z then always divided by the bag spread
        if (used.isEmpty() && ms.stream().anyMatch(m -> m.z() != null)) {
            return "bags";
        }
        return used.isEmpty() ? "-" : used.size() == 1 ? used.get(0) : "mixed";
    }

    private static String note(OrderEntry e) {
        List<String> notes = new java.util.ArrayList<>();
        if (Boolean.TRUE.equals(e.bagsUnreliable())) {
            notes.add("bag spread unreliable (heavy tails)");
        }
        long undefined = e.multisets().stream().filter(m -> m.undefined() != null).count();
        if (undefined > 0) {
            notes.add("m undefined for " + undefined + " of " + e.multisets().size() + " (G0 = 0)");
        }
        List<String> withheld = e.multisets().stream().map(MultisetEntry::noExact).filter(Objects::nonNull)
                .distinct().toList();
        long count = e.multisets().stream().filter(m -> m.noExact() != null).count();
        if (count > 0) {
            notes.add("no exact value for " + count + ": " + withheld.get(0)
                    + (withheld.size() > 1 ? " (and " + (withheld.size() - 1) + " other reasons)" : ""));
        }
        return String.join("; ", notes);
    }

    /** Mean of the magnitudes of the defined values, NaN when none is. */
    private static double mean(List<Double> values) {
        return values.stream().filter(Objects::nonNull).mapToDouble(Math::abs).average().orElse(Double.NaN);
    }
}

package org.nnqft.reports.results;

import org.nnqft.numerics.analysis.MeanM;

/**
 * m_n averaged over the multisets of one order, the quantity the papers plot against N, with an
 * error bar from the spread of the bags' own averages (neighbouring multisets are correlated, so
 * the per-multiset error bars cannot simply be combined by a report).
 */
public record MeanMEntry(double value, double stderr, Double exact, Double z) {

    static MeanMEntry of(MeanM m) {
        return m == null ? null : new MeanMEntry(m.value(), m.stderr(), m.exact(), m.z());
    }
}

package org.nnqft.reports.results;

import java.util.List;
import org.nnqft.numerics.analysis.CouplingResult;

/**
 * u_4 at one width and sigma_W. The mean's error bar comes from the spread of the bags' own
 * multiset averages (the multisets are correlated, so a report cannot combine their error bars).
 *
 * @param averaged           the multisets the mean is over (those where I_4 != 0)
 * @param meanU4             mean u_4 over those multisets
 * @param stderr             its standard error
 * @param std                the bag standard deviation of the multiset average: the background
 * @param exact              the exact mean u_4, or null where no finite-width theory is known
 * @param z                  (meanU4 - exact) / stderr, or null
 * @param signalToBackground |meanU4| / std, or null when std = 0
 */
public record CouplingEntry(
        int width,
        double sigmaW,
        int averaged,
        double meanU4,
        double stderr,
        double std,
        Double exact,
        Double z,
        Double signalToBackground,
        List<CouplingMultisetEntry> multisets) {

    static CouplingEntry of(CouplingResult r, double[][] inputs) {
        return new CouplingEntry(r.width(), r.sigmaW(), r.averaged(), r.mean(), r.stderr(), r.std(), r.exact(), r.z(),
                r.signalToBackground(), r.multisets().stream().map(m -> CouplingMultisetEntry.of(m, inputs)).toList());
    }
}

package org.nnqft.numerics.analysis;

import java.util.List;

/**
 * u_4 at one width and sigma_W: every multiset's, and their mean, the quantity whose dependence
 * on sigma_W ELS read as a flow. The mean's error comes from the spread across bags of each bag's
 * own multiset average, because the multisets share their networks and are strongly correlated.
 *
 * @param width              hidden width N
 * @param sigmaW             the ensemble's weight scale
 * @param cutoff             L of the box I_4 is integrated over, or null for all of R^d_in
 * @param averaged           the multisets the mean is over: all those where u_4 is defined (I_4 does not cancel)
 * @param mean               mean over bags of the bag's mean over multisets of u_4
 * @param std                standard deviation of those bag values: the background
 * @param stderr             std / sqrt(bags)
 * @param exact              mean over multisets of the exact u_4, or null
 * @param z                  (mean - exact) / stderr, or null
 * @param signalToBackground |mean| / std, or null when std = 0: above about 1 the coupling stands
 *                           out of the bag-to-bag noise (HMS's background)
 * @param multisets          per multiset, in the order of the moment layout
 */
public record CouplingResult(
        int width,
        double sigmaW,
        Double cutoff,
        int averaged,
        double mean,
        double std,
        double stderr,
        Double exact,
        Double z,
        Double signalToBackground,
        List<MultisetCoupling> multisets) {
}

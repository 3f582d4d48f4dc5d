package org.nnqft.numerics.analysis;

/**
 * m_n averaged over the multisets of one order, the quantity the papers plot against N. Its error
 * comes from the spread across bags of each bag's own average, so the strong correlation between
 * neighbouring multisets is accounted for.
 *
 * @param value  mean over bags of the bag's mean-over-multisets of (G - G0) / G0
 * @param stderr standard deviation of those bag values / sqrt(bags)
 * @param exact  the exact finite-N expectation of the same average, or null
 * @param z      (value - exact) / stderr, or null
 */
public record MeanM(double value, double stderr, Double exact, Double z) {
}

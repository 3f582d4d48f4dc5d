package org.nnqft.numerics.backend.simd;

import org.nnqft.numerics.random.ParameterLayout;

/**
 * Which variate pairs a batch of hidden units needs, in the order the runners read them: each
 * unit's W0 and b0 pairs, unit after unit, then (for the plain estimator) the output-weight pairs,
 * one per two units (the batch starts at an even unit).
 */
final class UnitDraws {
    private UnitDraws() {
    }

    /** Pairs a batch needs at most. */
    static int capacity(int batch, int stride) {
        return batch * stride / 2 + batch / 2;
    }

    /**
     * Fills {@code indices} for units j .. j + units - 1 and returns how many pairs; the hidden
     * pairs come first, {@code units * stride / 2} of them.
     */
    static int plan(ParameterLayout params, int j, int units, boolean outputWeights, int[] indices) {
        int n = 0;
        for (int u = 0; u < units; u++) {
            for (int p = 0; p < params.unitStride(); p += 2) {
                indices[n++] = params.w0(j + u, p);
            }
        }
        if (outputWeights) {
            for (int u = 0; u < units; u += 2) {
                indices[n++] = params.outputBase() + j + u;
            }
        }
        return n;
    }
}

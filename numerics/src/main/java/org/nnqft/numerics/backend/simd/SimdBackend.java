package org.nnqft.numerics.backend.simd;

import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.spec.Precision;

/**
 * The Vector API backend: one network per lane, the same networks as the scalar backend. Load it
 * only after {@link SimdProbe} has said the Vector API is usable.
 */
public final class SimdBackend implements Backend {
    public static final String NAME = "simd";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BlockRunner runner(Ensemble ensemble) {
        return ensemble.precision() == Precision.FLOAT ? new FloatSimdRunner(ensemble) : new SimdRunner(ensemble);
    }
}

package org.nnqft.numerics.backend;

import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecException;

/** Makes {@code --backend scalar} known to {@link Backends#select}: the reference, first in every list. */
public final class ScalarProvider implements BackendProvider {
    @Override
    public String name() {
        return ScalarBackend.NAME;
    }

    @Override
    public int rank() {
        return 0;
    }

    @Override
    public boolean supportsNativeRng() {
        return false;
    }

    @Override
    public Backend backend(Precision precision, Rng rng) {
        if (precision != Precision.DOUBLE) {
            throw new SpecException("precision", "double with the scalar backend (float needs --backend simd)", precision.id());
        }
        return new ScalarBackend();
    }
}

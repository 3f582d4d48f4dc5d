package org.nnqft.numerics.backend;

import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecException;

/** Makes {@code --backend scalar} known to {@link Backends#select}: the reference, first in every list. */
public final class ScalarProvider extends BackendProvider {
    public ScalarProvider() {
        super(ScalarBackend.NAME, 0, false);
    }

    @Override
    public Backend backend(Precision precision, Rng rng) {
        if (precision != Precision.DOUBLE) {
            throw new SpecException("precision", "double with the scalar backend (float needs --backend simd)", precision.id());
        }
        return new ScalarBackend();
    }
}

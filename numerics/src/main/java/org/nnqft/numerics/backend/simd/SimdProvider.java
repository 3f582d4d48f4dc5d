package org.nnqft.numerics.backend.simd;

import java.util.Optional;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BackendProvider;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;

/**
 * Makes {@code --backend simd} known to {@link Backends#select}, and falls back to the scalar backend
 * in double where {@link SimdProbe} finds the Vector API unusable (module not readable, short vectors,
 * no C2), as Lucene's VectorizationProvider does: a JVM without jdk.incubator.vector still runs.
 * No class of the Vector API is loaded before the probe has said yes.
 */
public final class SimdProvider extends BackendProvider {
    public SimdProvider() {
        super(SimdBackend.NAME, 1, false);
    }

    @Override
    public Backend backend(Precision precision, Rng rng) {
        return select(precision, rng).backend();
    }

    @Override
    public Backends.Selection select(Precision precision, Rng rng) {
        return select(precision, SimdProbe.unavailableReason());
    }

    /** The rule, apart from the probing, so tests can state it. */
    static Backends.Selection select(Precision precision, Optional<String> unavailable) {
        if (unavailable.isPresent()) {
            return new Backends.Selection(new ScalarBackend(), Precision.DOUBLE, Optional.of(
                    "simd backend unavailable: " + unavailable.get() + "; running the scalar backend in double precision"));
        }
        return new Backends.Selection(new SimdBackend(), precision, Optional.empty());
    }
}

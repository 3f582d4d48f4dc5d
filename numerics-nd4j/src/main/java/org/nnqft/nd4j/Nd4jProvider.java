package org.nnqft.nd4j;

import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BackendProvider;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecException;

/** Makes {@code --backend nd4j} known to Backends.select; ND4J itself starts only when asked for. */
public final class Nd4jProvider extends BackendProvider {
    public Nd4jProvider() {
        super(Nd4jBackend.NAME, 2, true);
    }

    @Override
    public Backend backend(Precision precision, Rng rng) {
        try {
            Nd4jBackend.start();
        } catch (LinkageError | RuntimeException e) {
            throw new SpecException("backend", "one of scalar, simd on this machine (nd4j could not start: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", Nd4jBackend.NAME);
        }
        return new Nd4jBackend();
    }
}

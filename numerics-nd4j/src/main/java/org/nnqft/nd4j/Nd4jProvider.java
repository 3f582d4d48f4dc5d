package org.nnqft.nd4j;

import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BackendProvider;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecException;

/** Makes {@code --backend nd4j} known to Backends.select; ND4J itself starts only when asked for. */
public final class Nd4jProvider implements BackendProvider {
    @Override
    public String name() {
        return Nd4jBackend.NAME;
    }

    @Override
    public int rank() {
        return 2;
    }

    @Override
    public boolean supportsNativeRng() {
        return true;
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

package org.nnqft.numerics.backend;

import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;

/**
 * A backend that lives in a module of its own (nd4j: numerics-nd4j), so that its library stays out
 * of the core's class path. {@link Backends#select} finds providers with {@link java.util.ServiceLoader}
 * (META-INF/services/org.nnqft.numerics.backend.BackendProvider); when the module is absent, its
 * name is simply not among the allowed backends.
 */
public interface BackendProvider {
    /** The name {@code --backend} takes. */
    String name();

    /** Whether {@code --rng native} (the library's own generator) is available. */
    boolean supportsNativeRng();

    /**
     * The backend for this precision and random source.
     *
     * @throws org.nnqft.numerics.spec.SpecException if it cannot run them
     */
    Backend backend(Precision precision, Rng rng);
}

package org.nnqft.numerics.backend;

import java.util.Optional;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;

/**
 * How {@link Backends#select} finds every backend, built in or not: through
 * {@link java.util.ServiceLoader} (META-INF/services/org.nnqft.numerics.backend.BackendProvider).
 * numerics lists scalar and simd; a module of its own lists its backend (nd4j: numerics-nd4j), so that
 * its library stays out of the core's class path, and when the module is absent its name is simply
 * not among the allowed backends. Loading a provider must not start its library or touch classes
 * that may be missing (jdk.incubator.vector): that happens in {@link #select} only.
 */
public interface BackendProvider {
    /** The name {@code --backend} takes. */
    String name();

    /** Where the name stands in lists of backends, lowest first (the class path's order is not fixed). */
    int rank();

    /** Whether {@code --rng native} (the library's own generator) is available. */
    boolean supportsNativeRng();

    /**
     * The backend for this precision and random source.
     *
     * @throws org.nnqft.numerics.spec.SpecException if it cannot run them
     */
    Backend backend(Precision precision, Rng rng);

    /**
     * What runs when this backend is asked for: by default {@link #backend}; a provider that cannot
     * run here may hand over to another backend, with a one-line notice saying why.
     */
    default Backends.Selection select(Precision precision, Rng rng) {
        return new Backends.Selection(backend(precision, rng), precision, Optional.empty());
    }
}

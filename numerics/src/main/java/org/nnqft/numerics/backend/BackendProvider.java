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
 * that may be missing (jdk.incubator.vector): that happens in {@link #backend} and {@link #select} only.
 */
public abstract class BackendProvider {
    private final String name;
    private final int rank;
    private final boolean nativeRng;

    /**
     * @param name      the name {@code --backend} takes
     * @param rank      where the name stands in lists of backends, lowest first (the class path's
     *                  order is not fixed)
     * @param nativeRng whether {@code --rng native} (the library's own generator) is available
     */
    protected BackendProvider(String name, int rank, boolean nativeRng) {
        this.name = name;
        this.rank = rank;
        this.nativeRng = nativeRng;
    }

    public final String name() {
        return name;
    }

    public final int rank() {
        return rank;
    }

    public final boolean supportsNativeRng() {
        return nativeRng;
    }

    /**
     * The backend for this precision and random source.
     *
     * @throws org.nnqft.numerics.spec.SpecException if it cannot run them
     */
    public abstract Backend backend(Precision precision, Rng rng);

    /**
     * What runs when this backend is asked for: by default {@link #backend}; a provider that cannot
     * run here may hand over to another backend, with a one-line notice saying why.
     */
    public Backends.Selection select(Precision precision, Rng rng) {
        return new Backends.Selection(backend(precision, rng), precision, Optional.empty());
    }
}

package org.nnqft.numerics.backend;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecException;

/**
 * Finds a backend by the name a spec gives. Every backend is a {@link BackendProvider} on the class
 * path, found by {@link ServiceLoader}: scalar and simd from numerics, others (nd4j) from their own
 * modules. A provider may hand over to another backend where its own cannot run (simd to scalar).
 */
public final class Backends {
    private Backends() {
    }

    /**
     * The backend to run, and a one-line notice when it is not the one asked for.
     *
     * @param backend   the backend the spec asks for
     * @param precision scalar computes in double only
     */
    public record Selection(Backend backend, Precision precision, Optional<String> notice) {
    }

    public static Selection select(String name, Precision precision) {
        return select(name, precision, Rng.SUITE);
    }

    public static Selection select(String name, Precision precision, Rng rng) {
        return select(name, precision, rng, providers());
    }

    /** As {@link #select(String, Precision, Rng)} among the given providers, so tests can state the rules. */
    static Selection select(String name, Precision precision, Rng rng, List<BackendProvider> providers) {
        BackendProvider provider = providers.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new SpecException("backend", "one of " + String.join(", ", names(providers)), name));
        // one rule for every backend: only a provider that says so has a generator of its own
        if (rng != Rng.SUITE && !provider.supportsNativeRng()) {
            List<String> nativeOnes = providers.stream().filter(BackendProvider::supportsNativeRng).map(BackendProvider::name).toList();
            throw new SpecException("rng", "suite with the " + name + " backend"
                    + (nativeOnes.isEmpty() ? "" : " (native needs --backend " + String.join(" or ", nativeOnes) + ")"), rng.id());
        }
        return provider.select(precision, rng);
    }

    /** Whether {@code --rng native} can run on the named backend (a provider with its own generator). */
    public static boolean supportsNativeRng(String name) {
        return providers().stream().anyMatch(p -> p.name().equals(name) && p.supportsNativeRng());
    }

    /** Every backend found on the class path, by rank. */
    public static List<String> names() {
        return names(providers());
    }

    private static List<String> names(List<BackendProvider> providers) {
        return providers.stream().map(BackendProvider::name).toList();
    }

    /** The providers on the class path, by rank; loading one must not start its library. */
    public static List<BackendProvider> providers() {
        return Providers.ALL;
    }

    private static final class Providers {
        static final List<BackendProvider> ALL = ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(BackendProvider::rank).thenComparing(BackendProvider::name)).toList();
    }
}

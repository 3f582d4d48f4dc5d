package org.nnqft.numerics.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecException;

/**
 * Finds a backend by the name a spec gives, falling back to scalar where SIMD cannot run. Scalar
 * and simd are built in; others (nd4j) come from {@link BackendProvider}s on the class path.
 */
public final class Backends {
    private static final List<String> BUILT_IN = List.of(ScalarBackend.NAME, "simd");

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
        return select(name, precision, rng, SimdProbe.unavailableReason(), providers());
    }

    static Selection select(String name, Precision precision, Optional<String> simdUnavailable) {
        return select(name, precision, Rng.SUITE, simdUnavailable, List.of());
    }

    static Selection select(String name, Precision precision, Rng rng, Optional<String> simdUnavailable,
            List<BackendProvider> providers) {
        Optional<BackendProvider> provider = providers.stream().filter(p -> p.name().equals(name)).findFirst();
        // one rule for every known backend: only a provider that says so has a generator of its own
        if (rng != Rng.SUITE && (provider.isPresent() || BUILT_IN.contains(name))
                && !provider.map(BackendProvider::supportsNativeRng).orElse(false)) {
            List<String> nativeOnes = providers.stream().filter(BackendProvider::supportsNativeRng).map(BackendProvider::name).toList();
            throw new SpecException("rng", "suite with the " + name + " backend"
                    + (nativeOnes.isEmpty() ? "" : " (native needs --backend " + String.join(" or ", nativeOnes) + ")"), rng.id());
        }
        if (provider.isPresent()) {
            return new Selection(provider.get().backend(precision, rng), precision, Optional.empty());
        }
        switch (name) {
            case ScalarBackend.NAME -> {
                if (precision != Precision.DOUBLE) {
                    throw new SpecException("precision", "double with the scalar backend (float needs --backend simd)", precision.id());
                }
                return new Selection(new ScalarBackend(), precision, Optional.empty());
            }
            case "simd" -> {
                if (simdUnavailable.isPresent()) {
                    return new Selection(new ScalarBackend(), Precision.DOUBLE, Optional.of(
                            "simd backend unavailable: " + simdUnavailable.get() + "; running the scalar backend in double precision"));
                }
                return new Selection(new org.nnqft.numerics.backend.simd.SimdBackend(), precision, Optional.empty());
            }
            default -> throw new SpecException("backend", "one of " + String.join(", ", names(providers)), name);
        }
    }

    /** Whether {@code --rng native} can run on the named backend (a provider with its own generator). */
    public static boolean supportsNativeRng(String name) {
        return providers().stream().anyMatch(p -> p.name().equals(name) && p.supportsNativeRng());
    }

    /** The built-in backends and every provider found on the class path. */
    public static List<String> names() {
        return names(providers());
    }

    private static List<String> names(List<BackendProvider> providers) {
        List<String> names = new ArrayList<>(BUILT_IN);
        providers.forEach(p -> names.add(p.name()));
        return List.copyOf(names);
    }

    /** The providers on the class path; loading one must not start its library. */
    public static List<BackendProvider> providers() {
        return Providers.ALL;
    }

    private static final class Providers {
        static final List<BackendProvider> ALL = ServiceLoader.load(BackendProvider.class, Backends.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
    }
}

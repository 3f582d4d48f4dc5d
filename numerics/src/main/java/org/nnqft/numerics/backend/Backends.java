package org.nnqft.numerics.backend;

import java.util.List;
import java.util.Optional;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.SpecException;

/** Finds a backend by the name a spec gives, falling back to scalar where SIMD cannot run. */
public final class Backends {
    private static final List<String> NAMES = List.of(ScalarBackend.NAME, "simd");

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
        return select(name, precision, SimdProbe.unavailableReason());
    }

    static Selection select(String name, Precision precision, Optional<String> simdUnavailable) {
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
            default -> throw new SpecException("backend", "one of " + String.join(", ", NAMES), name);
        }
    }

    public static List<String> names() {
        return NAMES;
    }
}

package org.nnqft.numerics.backend;

import java.util.List;
import org.nnqft.numerics.spec.SpecException;

/** Finds a backend by the name a spec gives. */
public final class Backends {
    private static final List<Backend> ALL = List.of(new ScalarBackend());

    private Backends() {
    }

    public static Backend named(String name) {
        for (Backend b : ALL) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        throw new SpecException("backend", "one of " + names(), name);
    }

    public static List<String> names() {
        return ALL.stream().map(Backend::name).toList();
    }
}

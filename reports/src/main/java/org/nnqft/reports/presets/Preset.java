package org.nnqft.reports.presets;

import java.util.List;
import java.util.function.Supplier;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * A named experiment: a configured {@link SpecBuilder} that command-line options then override.
 * The builder is made afresh each time because builders are mutable and overrides must not leak
 * from one run into the next. A preset with a sigma_W sweep runs one ensemble per value; one with
 * {@code everyBackend} runs its ensemble once on every backend, to compare their speed.
 */
public record Preset(String name, String description, Supplier<SpecBuilder> defaults, List<Double> sigmaWSweep,
        boolean everyBackend) {

    public Preset(String name, String description, Supplier<SpecBuilder> defaults) {
        this(name, description, defaults, List.of(), false);
    }

    public Preset(String name, String description, Supplier<SpecBuilder> defaults, List<Double> sigmaWSweep) {
        this(name, description, defaults, sigmaWSweep, false);
    }

    public SpecBuilder builder() {
        return defaults.get();
    }
}

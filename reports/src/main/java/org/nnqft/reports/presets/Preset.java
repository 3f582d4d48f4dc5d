package org.nnqft.reports.presets;

import java.util.List;
import java.util.function.Supplier;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * A named experiment: a configured {@link SpecBuilder} that command-line options then override.
 * The builder is made afresh each time because builders are mutable and overrides must not leak
 * from one run into the next. A preset with a sigma_W sweep runs one ensemble per value.
 */
public record Preset(String name, String description, Supplier<SpecBuilder> defaults, List<Double> sigmaWSweep) {

    public Preset(String name, String description, Supplier<SpecBuilder> defaults) {
        this(name, description, defaults, List.of());
    }

    public SpecBuilder builder() {
        return defaults.get();
    }
}

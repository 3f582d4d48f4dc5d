package org.nnqft.reports.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.reports.presets.Preset;
import org.nnqft.reports.presets.Presets;

/**
 * The ensembles a command is about to run: the preset, overridden by the options, one spec per
 * sigma_W (given, or the preset's sweep), all validated before the first network is drawn.
 *
 * @param presetName the preset started from, or null for the library defaults
 * @param specs      one per sigma_W, in sweep order; they record the backend and precision that
 *                   will run, which differ from those asked for after a fallback
 * @param backend    the backend that runs them
 * @param notice     a one-line notice when the backend is not the one asked for
 */
record SweepPlan(String presetName, List<ExperimentSpec> specs, Backend backend, Optional<String> notice) {

    /** @param adjust a command's own overrides, applied after the options */
    static SweepPlan of(String presetName, SpecOptions options, UnaryOperator<SpecBuilder> adjust) {
        Preset preset = presetName == null ? null : Presets.named(presetName);
        SpecBuilder builder = adjust.apply(options.applyTo(preset == null ? new SpecBuilder() : preset.builder()));
        ExperimentSpec asked = builder.build();
        Backends.Selection selection = Backends.select(asked.backend(), asked.precision());
        builder.backend(selection.backend().name()).precision(selection.precision());
        List<ExperimentSpec> specs = new ArrayList<>();
        for (double sigmaW : sweep(options, preset, asked)) {
            specs.add(builder.sigmaW(sigmaW).build());
        }
        return new SweepPlan(presetName, List.copyOf(specs), selection.backend(), selection.notice());
    }

    private static List<Double> sweep(SpecOptions options, Preset preset, ExperimentSpec asked) {
        if (options.sigmaW != null && options.sigmaW.length > 0) {
            return Arrays.stream(options.sigmaW).boxed().toList();
        }
        if (preset != null && !preset.sigmaWSweep().isEmpty()) {
            return preset.sigmaWSweep();
        }
        return List.of(asked.sigmaW());
    }
}

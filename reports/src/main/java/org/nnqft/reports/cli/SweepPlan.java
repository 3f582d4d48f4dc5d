package org.nnqft.reports.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BackendProvider;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.reports.presets.Preset;
import org.nnqft.reports.presets.Presets;

/**
 * The ensembles a command is about to run: the preset, overridden by the options, one spec per
 * sigma_W (given, or the preset's sweep), or, for a preset that compares backends, one spec per
 * backend and random source; all validated before the first network is drawn.
 *
 * @param specs      one per sigma_W (or per backend), in order; they record the backend and
 *                   precision that will run, which differ from those asked for after a fallback
 * @param backends   the backend that runs each spec
 * @param notice     a one-line notice when a backend is not the one asked for
 * @param comparesBackends whether the specs differ only in backend and random source
 */
record SweepPlan(List<ExperimentSpec> specs, List<Backend> backends, Optional<String> notice,
        boolean comparesBackends) {

    /** @param adjust a command's own overrides, applied after the options */
    static SweepPlan of(String presetName, SpecOptions options, UnaryOperator<SpecBuilder> adjust) {
        Preset preset = presetName == null ? null : Presets.named(presetName);
        SpecBuilder builder = adjust.apply(options.applyTo(preset == null ? new SpecBuilder() : preset.builder()));
        ExperimentSpec asked = builder.build();
        if (preset != null && preset.everyBackend()) {
            return everyBackend(options, builder, asked);
        }
        Backends.Selection selection = Backends.select(asked.backend(), asked.precision(), asked.rng());
        builder.backend(selection.backend().name()).precision(selection.precision());
        List<ExperimentSpec> specs = new ArrayList<>();
        List<Backend> backends = new ArrayList<>();
        for (double sigmaW : sweep(options, preset, asked)) {
            specs.add(builder.sigmaW(sigmaW).build());
            backends.add(selection.backend());
        }
        return new SweepPlan(List.copyOf(specs), List.copyOf(backends), selection.notice(), false);
    }

    /**
     * Every backend on the class path (or simd and the one --backend names), each with the suite's
     * stream; a backend with a generator of its own runs again with it (or only with --rng's).
     * The scalar backend computes in double only, so with --precision float it is left out.
     */
    private static SweepPlan everyBackend(SpecOptions options, SpecBuilder builder, ExperimentSpec asked) {
        List<String> names = new ArrayList<>();
        for (String name : Backends.names()) {
            if (options.backend == null || name.equals("simd") || name.equals(options.backend)) {
                names.add(name);
            }
        }
        if (options.backend != null && !names.contains(options.backend)) {
            Backends.select(options.backend, asked.precision(), asked.rng()); // names the allowed backends
        }
        List<ExperimentSpec> specs = new ArrayList<>();
        List<Backend> backends = new ArrayList<>();
        Optional<String> notice = Optional.empty();
        for (String name : names) {
            if (name.equals("scalar") && asked.precision() != Precision.DOUBLE) {
                continue;
            }
            List<Rng> rngs = !Backends.supportsNativeRng(name) ? List.of(Rng.SUITE)
                    : options.rng != null ? List.of(asked.rng()) : List.of(Rng.SUITE, Rng.NATIVE);
            for (Rng rng : rngs) {
                Backends.Selection s = Backends.select(name, asked.precision(), rng);
                if (s.notice().isPresent()) {
                    notice = s.notice();
                }
                specs.add(builder.backend(s.backend().name()).precision(s.precision()).rng(rng).build());
                backends.add(s.backend());
            }
        }
        return new SweepPlan(List.copyOf(specs), List.copyOf(backends), notice, true);
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

package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnqft.numerics.analysis.Analysis;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.reports.presets.Preset;
import org.nnqft.reports.presets.Presets;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.SweepFile;
import picocli.CommandLine.ExitCode;

/**
 * The pipeline behind green and run: everything that can be wrong with the input is checked
 * before the first network is drawn, so bad input never costs compute or leaves a file. Several
 * sigma_W values (given, or from the preset) run as a sweep written to one file.
 */
final class ExperimentRunner {
    private final Session session;

    ExperimentRunner(Session session) {
        this.session = session;
    }

    /**
     * @param presetName the preset to start from, or null for the library defaults
     * @param out        the result file as the user gave it, relative to the working directory
     */
    int run(String presetName, SpecOptions options, Path out) throws IOException {
        Preset preset = presetName == null ? null : Presets.named(presetName);
        SpecBuilder builder = options.applyTo(preset == null ? new SpecBuilder() : preset.builder());
        ExperimentSpec asked = builder.build();
        Backends.Selection selection = Backends.select(asked.backend(), asked.precision());
        Backend backend = selection.backend();
        // the result file records what ran, which differs from what was asked after a fallback
        builder.backend(backend.name()).precision(selection.precision());
        List<ExperimentSpec> specs = new ArrayList<>();
        for (double sigmaW : sweep(options, preset, asked)) {
            specs.add(builder.sigmaW(sigmaW).build());
        }
        Path target = OutputPath.prepare(session.workingDir(), out);
        selection.notice().ifPresent(n -> session.err().println("nnqft: " + n));

        List<ResultFile> runs = new ArrayList<>();
        double seconds = 0;
        for (ExperimentSpec spec : specs) {
            session.out().print(ConsoleReport.header(presetName, spec));
            session.out().flush();
            Progress progress = session.terminal() ? new ProgressBar(session.err()) : Progress.NONE;
            EnsembleSums sums = Engine.run(spec, backend, progress);
            List<OrderResult> results = Analysis.of(sums);
            runs.add(ResultFile.of(presetName, sums, results));
            seconds += sums.timing().seconds();
            session.out().print(ConsoleReport.table(results));
            session.out().print(ConsoleReport.timing(sums.timing()));
            session.out().flush();
        }
        if (runs.size() == 1) {
            ResultFiles.write(target, runs.get(0));
        } else {
            ResultFiles.write(target, new SweepFile(ResultFile.SCHEMA, presetName, runs));
            session.out().printf("sweep   %d values of sigma_W, %.1f s in all%n", runs.size(), seconds);
        }
        session.out().print(ConsoleReport.resultPath(out.toString()));
        session.out().flush();
        return ExitCode.OK;
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

package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
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
import picocli.CommandLine.ExitCode;

/**
 * The pipeline behind green and run: everything that can be wrong with the input is checked
 * before the first network is drawn, so bad input never costs compute or leaves a file.
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
        ExperimentSpec spec = options.applyTo(preset == null ? new SpecBuilder() : preset.builder()).build();
        Backend backend = Backends.named(spec.backend());
        Path target = OutputPath.prepare(session.workingDir(), out);

        session.out().print(ConsoleReport.header(presetName, spec));
        session.out().flush();
        Progress progress = session.terminal() ? new ProgressBar(session.err()) : Progress.NONE;
        EnsembleSums sums = Engine.run(spec, backend, progress);
        List<OrderResult> results = Analysis.of(sums);
        ResultFiles.write(target, ResultFile.of(presetName, sums, results));

        session.out().print(ConsoleReport.table(results));
        session.out().print(ConsoleReport.footer(sums.timing(), out.toString()));
        session.out().flush();
        return ExitCode.OK;
    }
}

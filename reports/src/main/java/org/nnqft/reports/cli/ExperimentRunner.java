package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nnqft.numerics.analysis.Analysis;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.SweepFile;
import picocli.CommandLine.ExitCode;

/**
 * The pipeline behind green and run: everything that can be wrong with the input is checked
 * before the first network is drawn, so bad input never costs compute or leaves a file. Several
 * sigma_W values (given, or from the preset) run as a sweep written to one file; so do the runs
 * of a preset that compares backends, followed by their speeds side by side.
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
        SweepPlan plan = SweepPlan.of(presetName, options, b -> b);
        Path target = OutputPath.prepare(session.workingDir(), out);
        plan.notice().ifPresent(n -> session.err().println("nnqft: " + n));

        List<ResultFile> runs = new ArrayList<>();
        double seconds = 0;
        List<EnsembleSums> all = new ArrayList<>();
        for (int i = 0; i < plan.specs().size(); i++) {
            ExperimentSpec spec = plan.specs().get(i);
            session.out().print(ConsoleReport.header(presetName, spec));
            session.out().flush();
            Progress progress = session.terminal() ? new ProgressBar(session.err()) : Progress.NONE;
            if (plan.comparesBackends()) {
                // untimed: a quarter of the experiment, so each backend is compiled (and its
                // library loaded) before it is timed; the Vector API is slow until C2 has it
                Engine.run(warmUp(spec), plan.backends().get(i), Progress.NONE);
            }
            EnsembleSums sums = Engine.run(spec, plan.backends().get(i), progress);
            all.add(sums);
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
            if (plan.comparesBackends()) {
                session.out().print(ConsoleReport.backends(all));
            } else {
                session.out().printf("sweep   %d values of sigma_W, %.1f s in all%n", runs.size(), seconds);
            }
        }
        session.out().print(ConsoleReport.resultPath(out.toString()));
        session.out().flush();
        return ExitCode.OK;
    }

    /** The same ensemble with a quarter of the networks per bag. */
    private static ExperimentSpec warmUp(ExperimentSpec s) {
        return new ExperimentSpec(s.arch(), s.dIn(), s.sigmaW(), s.sigmaB(), s.muW(), s.muB(), s.widths(), s.inputs(),
                s.orders(), s.bags(), Math.max(1, s.nets() / 4), s.seed(), s.estimator(), s.backend(), s.precision(),
                s.rng(), s.threads());
    }
}

package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.nnqft.numerics.analysis.CouplingResult;
import org.nnqft.numerics.analysis.Couplings;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.theory.CouplingIntegrals;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.CouplingsRun;
import org.nnqft.reports.results.ResultFiles;
import picocli.CommandLine.ExitCode;

/**
 * The pipeline behind couplings. As for green, everything that can be wrong with the input is
 * found before the first network is drawn: the specs, the cutoff, and every I_4 (a quadrature of
 * a second or so for erf and relu), so that neither bad input nor an undefined u_4 leaves a file.
 */
final class CouplingsRunner {
    private final Session session;

    CouplingsRunner(Session session) {
        this.session = session;
    }

    /**
     * @param cutoff L for erf and relu, or null for the default
     * @param out    the result file as the user gave it, relative to the working directory
     */
    int run(String presetName, SpecOptions options, Double cutoff, Path out) throws IOException {
        SweepPlan plan = SweepPlan.of(presetName, options, b -> b.orders(withOrderFour(options.orders)));
        List<CouplingIntegrals> integrals = new ArrayList<>();
        for (var spec : plan.specs()) {
            integrals.add(Couplings.integrals(spec, cutoff));
        }
        Path target = OutputPath.prepare(session.workingDir(), out);
        plan.notice().ifPresent(n -> session.err().println("nnqft: " + n));
        session.out().print(CouplingsReport.header(presetName, plan.specs(), integrals.getFirst()));
        session.out().flush();

        List<CouplingsRun> runs = new ArrayList<>();
        List<CouplingResult> rows = new ArrayList<>();
        double seconds = 0;
        for (int i = 0; i < plan.specs().size(); i++) {
            Progress progress = session.terminal() ? new ProgressBar(session.err()) : Progress.NONE;
            EnsembleSums sums = Engine.run(plan.specs().get(i), plan.backends().get(i), progress);
            List<CouplingResult> results = Couplings.of(sums, integrals.get(i));
            runs.add(CouplingsRun.of(sums, integrals.get(i), results));
            rows.addAll(results);
            seconds += sums.timing().seconds();
            session.out().print(CouplingsReport.progress(plan.specs().get(i).sigmaW(), sums.timing()));
            session.out().flush();
        }
        ResultFiles.write(target, CouplingsFile.of(presetName, runs));
        session.out().print(CouplingsReport.table(rows));
        session.out().printf("time    %.1f s for %d ensemble%s%n", seconds, runs.size(), runs.size() == 1 ? "" : "s");
        session.out().print(ConsoleReport.resultPath(out.toString()));
        session.out().flush();
        return ExitCode.OK;
    }

    /** The orders given, or none, plus 4: a preset's other orders would only cost time here. */
    private static int[] withOrderFour(int[] given) {
        IntStream orders = given == null ? IntStream.empty() : IntStream.of(given);
        return IntStream.concat(orders, IntStream.of(4)).distinct().sorted().toArray();
    }
}

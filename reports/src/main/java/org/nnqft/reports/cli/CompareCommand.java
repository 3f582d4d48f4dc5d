package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnqft.reports.gate.BadJmhFile;
import org.nnqft.reports.gate.Comparison;
import org.nnqft.reports.gate.Confirmation;
import org.nnqft.reports.gate.Jmh;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.gate.UnitMismatch;
import org.nnqft.reports.gate.Verdict;
import org.nnqft.reports.history.HistoryException;
import org.nnqft.reports.history.HistoryRange;
import org.nnqft.reports.history.HistoryStore;
import org.nnqft.reports.results.ComparisonFile;
import org.nnqft.reports.results.ComparisonFile.Row;
import org.nnqft.reports.results.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/** The performance regression gate: two JMH files in, a verdict per benchmark, exit 1 on a regression. */
@Command(name = "compare", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Compare two JMH result files (-rf json) benchmark by benchmark (name, params and mode): Welch's t-test "
                    + "on the fork means (one value per JVM fork; a side needs 2 or more), Holm-adjusted over all "
                    + "benchmarks at a family-wise alpha of 0.01, plus a minimum effect. Benchmarks in only one file "
                    + "are listed as added or missing.",
            "Prints: benchmark | baseline | current | change %% | forks | CV of fork means | p (Holm) | verdict. "
                    + "Exit code 1 on a REGRESSION "
                    + "(significant and worse by more than --min-effect), 2 on an unusable file, else 0."})
final class CompareCommand implements Callable<Integer> {
    /**
     * Family-wise, over every benchmark of the comparison: a CI run is one decision however many
     * benchmarks it holds, and at 0.01 per benchmark the 80 of the full profile would raise a false
     * alarm in more than half of all runs.
     */
    static final double ALPHA = 0.01;

    @Option(names = "--baseline", required = true, paramLabel = "B.json", description = "The reference JMH file, "
            + "or runs of the history: history:N (the N newest) or history:N,skip=K (the N before the K newest), "
            + "one value per run (the mean of its fork means) when several.")
    Path baseline;

    @Option(names = "--current", required = true, paramLabel = "C.json", description = "The JMH file to judge "
            + "(or history:N[,skip=K]).")
    Path current;

    @Option(names = "--history", paramLabel = "PATH", defaultValue = "results/bench-history.sqlite",
            description = "The history that history:... names. Default: ${DEFAULT-VALUE}.")
    Path history;

    @Option(names = "--min-effect", paramLabel = "PERCENT", defaultValue = "10%",
            description = "The smallest worsening that can count as a regression (and gain as an improvement). "
                    + "Default: ${DEFAULT-VALUE}.")
    String minEffect;

    @Option(names = "--confirm", description = "Re-run each regressed benchmark once (same params and iterations as "
            + "the current file) and fail only if it regresses again.")
    boolean confirm;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the comparison to this JSON file (atomically).")
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Session session;
    private final Jmh jmh;

    CompareCommand(Session session, Jmh jmh) {
        this.session = session;
        this.jmh = jmh;
    }

    @Override
    public Integer call() throws Exception {
        double effect = MinEffect.parse(minEffect);
        Path target = out == null ? null : OutputPath.prepare(session.workingDir(), out);
        Comparison comparison;
        try {
            List<JmhResult> b = read("--baseline", baseline);
            List<JmhResult> c = read("--current", current);
            comparison = Comparison.of(baseline, b, current, c, effect, ALPHA);
        } catch (BadInput | UnitMismatch e) {
            session.err().println("nnqft compare: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!HistoryRange.names(baseline.toString()) && !HistoryRange.names(current.toString())) {
            for (String d : MachineCheck.differences(session.workingDir().resolve(baseline),
                    session.workingDir().resolve(current))) {
                session.err().println("nnqft compare: warning: the runs are from different machines or JDKs: " + d);
            }
        }
        warnUntestable("--baseline", baseline, comparison, Comparison.Pair::baseline);
        warnUntestable("--current", current, comparison, Comparison.Pair::current);
        if (!comparison.pairs().isEmpty() && comparison.pairs().stream().noneMatch(Comparison::testable)) {
            // every verdict would be "no change" for want of a test, and exit 0 would read as a pass
            session.err().println("nnqft compare: none of the " + comparison.pairs().size() + " benchmarks could be "
                    + "tested (each needs " + Comparison.MIN_FORKS + " or more forks a side); nothing was compared");
            return ExitCode.USAGE;
        }
        List<Row> rows = comparison.rows();
        boolean unconfirmed = false;
        if (confirm) {
            try {
                rows = Confirmation.confirm(comparison, jmh, session.err(), effect, ALPHA);
            } catch (IOException e) {
                session.err().println("nnqft compare: " + e.getMessage());
                unconfirmed = true;
            }
        }
        ComparisonFile file = new ComparisonFile(ComparisonFile.KIND, ComparisonFile.SCHEMA, baseline.toString(),
                current.toString(), effect, ALPHA, "holm", rows, comparison.added(), comparison.missing(),
                confirm && !unconfirmed);
        ComparisonTable.print(session.out(), file);
        if (target != null) {
            ResultFiles.write(target, file);
            session.out().print(ConsoleReport.resultPath(out.toString()));
        }
        session.out().flush();
        boolean regressed = rows.stream().anyMatch(r -> r.verdict().equals(Verdict.REGRESSION.label()));
        return regressed || unconfirmed ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    /** One warning per fork count below the minimum on this side, naming the side, the count and a benchmark. */
    private void warnUntestable(String option, Path given, Comparison comparison,
            java.util.function.Function<Comparison.Pair, JmhResult> side) {
        java.util.Map<Integer, List<JmhResult>> byForks = new java.util.TreeMap<>();
        for (Comparison.Pair p : comparison.pairs()) {
            JmhResult r = side.apply(p);
            if (r.forks().length < Comparison.MIN_FORKS) {
                byForks.computeIfAbsent(r.forks().length, k -> new java.util.ArrayList<>()).add(r);
            }
        }
        byForks.forEach((forks, results) -> session.err().println("nnqft compare: warning: " + option + " " + given
                + ": " + results.size() + " of " + comparison.pairs().size() + " benchmarks have " + forks + " fork"
                + (forks == 1 ? "" : "s") + " (fewer than " + Comparison.MIN_FORKS + "), not tested, e.g. "
                + results.getFirst().key().display() + "; record with -f 3 or more"));
    }

    private List<JmhResult> read(String option, Path given) throws BadInput, UnitMismatch {
        if (HistoryRange.names(given.toString())) {
            HistoryRange range = HistoryRange.parse(given.toString());
            if (range == null) {
                throw new BadInput(option + " must be a JMH file or " + HistoryRange.SYNTAX + " (got " + given + ")");
            }
            try (HistoryStore store = HistoryStore.open(session.workingDir().resolve(history), history.toString(), false)) {
                return HistoryRange.pooled(range.select(store.runs(), history.toString()));
            } catch (HistoryException e) {
                throw new BadInput(option + " " + given + ": --history " + e.getMessage());
            }
        }
        try {
            return JmhFiles.read(session.workingDir().resolve(given));
        } catch (BadJmhFile e) {
            throw new BadInput(option + " " + given + ": " + e.problem());
        }
    }

    /** An unusable input file, named as the user gave it. */
    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}

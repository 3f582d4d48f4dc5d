package org.nnqft.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.nnqft.numerics.spec.SpecException;
import org.nnqft.reports.history.ChangePoint;
import org.nnqft.reports.history.ChangePoints;
import org.nnqft.reports.history.HistoryException;
import org.nnqft.reports.history.HistoryStore;
import org.nnqft.reports.history.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/** Each benchmark's series from the history and its change points; exit 1 when the newest run follows a regression. */
@Command(name = "history", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Print each benchmark's series from the history (date, commit, best fork, score, error, forks; "
                + "oldest first) and its change points, found in each run's best fork (the fastest fork mean for a "
                + "time, the highest for a rate) by E-Divisive means with a Student-t test (the method of Apache "
                + "Otava): for each, the run after it, its commit, the change in percent and its p-value.",
            "Exit code 1 when some benchmark's last change point is a regression (slower for times, lower for rates): "
                    + "the newest run lies after it. 2 on bad input, else 0."})
final class HistoryCommand implements Callable<Integer> {
    static final int MAX_WINDOW = 100_000;

    @Option(names = "--history", paramLabel = "PATH", defaultValue = "results/bench-history.sqlite",
            description = "The history (SQLite). Default: ${DEFAULT-VALUE}.")
    Path history;

    @Option(names = "--benchmark", paramLabel = "REGEX", description = "Only the benchmarks whose "
            + "'Class.method [params] mode' or full name contains a match (Java regex).")
    String benchmark;

    @Option(names = "--window", paramLabel = "W", defaultValue = "" + ChangePoints.DEFAULT_WINDOW,
            description = "Runs per window of the split step (2 to " + MAX_WINDOW + "). Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--p-value", paramLabel = "P", defaultValue = "" + ChangePoints.DEFAULT_P_VALUE,
            description = "A change point's largest p-value (0 < P < 1). Default: ${DEFAULT-VALUE}.")
    double pValue;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final Session session;

    HistoryCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        if (window < 2 || window > MAX_WINDOW) {
            throw new SpecException("window", Allowed.WINDOW, window);
        }
        if (!(pValue > 0 && pValue < 1)) {
            throw new SpecException("p-value", Allowed.P_VALUE, pValue);
        }
        Pattern only;
        try {
            only = benchmark == null ? null : Pattern.compile(benchmark);
        } catch (PatternSyntaxException e) {
            throw new SpecException("benchmark", Allowed.BENCHMARK, benchmark + ": " + e.getDescription());
        }
        List<Series> all;
        try (HistoryStore store = HistoryStore.open(session.workingDir().resolve(history), history.toString(), false)) {
            all = Series.of(store.runs());
        } catch (HistoryException e) {
            session.err().println("nnqft history: --history " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<Series> chosen = new ArrayList<>();
        for (Series s : all) {
            if (only == null || only.matcher(s.key().display()).find() || only.matcher(s.key().benchmark()).find()) {
                chosen.add(s);
            }
        }
        if (only != null && chosen.isEmpty()) {
            throw new SpecException("benchmark", Allowed.BENCHMARK, benchmark + ": matches none of the " + all.size()
                    + " benchmarks in " + history);
        }
        List<String> regressed = new ArrayList<>();
        for (Series s : chosen) {
            List<ChangePoint> points = ChangePoints.find(s.bestForks(), window, pValue, 0);
            HistoryTable.print(session.out(), s, points);
            if (s.followsRegression(points)) {
                regressed.add(s.key().display());
            }
        }
        HistoryTable.summary(session.out(), chosen.size(), regressed, window, pValue);
        return regressed.isEmpty() ? ExitCode.OK : ExitCode.SOFTWARE;
    }
}

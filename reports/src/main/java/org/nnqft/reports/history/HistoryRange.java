package org.nnqft.reports.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nnqft.reports.gate.BenchmarkKey;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.gate.UnitMismatch;

/**
 * Runs of a history as one side of a comparison: history:N, the N newest runs, or history:N,skip=K,
 * the N runs before the K newest. Each benchmark's forks are pooled over the runs, so that the
 * baseline's spread includes the runs' disagreement and not only the forks' within one run.
 */
public record HistoryRange(int count, int skip) {
    public static final String PREFIX = "history:";
    public static final String SYNTAX = "history:N (the N newest runs) or history:N,skip=K (the N runs before the "
            + "K newest), N from 1, K from 0";
    private static final Pattern SPEC = Pattern.compile("history:(\\d{1,6})(?:,skip=(\\d{1,6}))?");

    /** Whether the option names a history range rather than a file. */
    public static boolean names(String given) {
        return given.startsWith(PREFIX);
    }

    /** @return the range, or null when {@code given} is not of the syntax */
    public static HistoryRange parse(String given) {
        Matcher m = SPEC.matcher(given);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            return null;
        }
        return new HistoryRange(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** The runs of the range, oldest first. */
    public List<RecordedRun> select(List<RecordedRun> runs, String history) throws HistoryException {
        if (count + skip > runs.size()) {
            throw new HistoryException(history + " holds " + runs.size() + " runs, fewer than the " + (count + skip)
                    + " this range needs");
        }
        return runs.subList(runs.size() - skip - count, runs.size() - skip);
    }

    /** Each benchmark once, its forks those of every run that measured it, its score their mean. */
    public static List<JmhResult> pooled(List<RecordedRun> runs) throws HistoryException, UnitMismatch {
        Map<BenchmarkKey, List<JmhResult>> byKey = new LinkedHashMap<>();
        for (Series s : Series.of(runs)) {
            List<JmhResult> results = byKey.computeIfAbsent(s.key(), k -> new ArrayList<>());
            for (Series.Point p : s.points()) {
                if (!results.isEmpty() && !results.getFirst().unit().equals(p.result().unit())) {
                    throw new UnitMismatch(s.key(), Path.of("run " + p.run().id()), p.result().unit(),
                            Path.of("an earlier run"), results.getFirst().unit());
                }
                results.add(p.result());
            }
        }
        List<JmhResult> pooled = new ArrayList<>();
        for (List<JmhResult> results : byKey.values()) {
            double[][] forks = results.stream().flatMap(r -> Arrays.stream(r.forks())).toArray(double[][]::new);
            double score = results.stream().flatMapToDouble(r -> Arrays.stream(r.forkMeans())).average().orElseThrow();
            pooled.add(results.getLast().withForks(forks, score, Double.NaN));
        }
        return pooled;
    }
}

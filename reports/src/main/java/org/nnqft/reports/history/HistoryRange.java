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
 * the N runs before the K newest. Over several runs a benchmark's sample is one value per run, the
 * mean of that run's fork means; over one run, its fork means.
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

    /**
     * Each benchmark once: over one run its forks as they are; over several, one "fork" per run
     * whose values are that run's fork means, so that forkMeans() is one value per run and the
     * score their mean. Why not every fork of every run in one sample: the forks of a run share
     * its machine state (load, neighbours, frequency), so runs differ by more than their forks do,
     * and a pooled sample's variance, mostly within runs, would call that difference significant
     * far more often than the stated 1% (HistoryRangeTest). The runs are the independent draws.
     */
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
            if (results.size() == 1) {
                pooled.add(results.getFirst());
                continue;
            }
            double[][] perRun = results.stream().map(JmhResult::forkMeans).toArray(double[][]::new);
            double score = Arrays.stream(perRun).mapToDouble(m -> Arrays.stream(m).average().orElseThrow())
                    .average().orElseThrow();
            pooled.add(results.getLast().withForks(perRun, score, Double.NaN));
        }
        return pooled;
    }
}

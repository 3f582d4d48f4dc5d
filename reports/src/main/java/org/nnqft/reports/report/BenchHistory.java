package org.nnqft.reports.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.nnqft.reports.history.ChangePoint;
import org.nnqft.reports.history.ChangePoints;
import org.nnqft.reports.history.HistoryException;
import org.nnqft.reports.history.HistoryStore;
import org.nnqft.reports.history.Series;

/**
 * One benchmark's series from a history with its change points, found as nnqft history finds
 * them (same method, window and p-value), so that the report and the terminal never disagree.
 */
record BenchHistory(Series series, List<ChangePoint> changes) {
    /** The first bytes of every SQLite 3 database file. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether the file is meant as a history: an SQLite header, or a name saying so. A damaged
     * file named *.sqlite is still read as one, so that it is skipped as a bad history rather than
     * as bad JSON.
     */
    static boolean looksLikeHistory(Path file) throws java.io.IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sqlite") || name.endsWith(".sqlite3") || name.endsWith(".db")) {
            return true;
        }
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    /** Every benchmark of the history at {@code file}, opened read-only; {@code name} is for messages. */
    static List<BenchHistory> read(Path file, String name) throws HistoryException {
        List<BenchHistory> out = new ArrayList<>();
        try (HistoryStore store = HistoryStore.open(file, name, false)) {
            for (Series s : Series.of(store.runs())) {
                out.add(new BenchHistory(s, ChangePoints.find(s.bestForks(), ChangePoints.DEFAULT_WINDOW,
                        ChangePoints.DEFAULT_P_VALUE, 0)));
            }
        }
        return List.copyOf(out);
    }

    /** Worse the way the unit says: slower for times, lower for rates (as nnqft history decides). */
    boolean regression(ChangePoint c) {
        return series.worsening(c) > 0;
    }

    /** Where the newest run stands: after a regression, an improvement, or no change at all. */
    String verdict() {
        if (changes.isEmpty()) {
            return "no change";
        }
        return series.followsRegression(changes) ? "REGRESSION" : "improved";
    }

    /** The history's id of the first run after the change, as nnqft history names it. */
    long runAfter(ChangePoint c) {
        return series.points().get(c.index()).run().id();
    }

    /** "run 7 (commit abc1234, 2026-01-07): +20.1 % worse, p 3.2e-05". */
    String describe(ChangePoint c) {
        Series.Point at = series.points().get(c.index());
        return String.format(Locale.ROOT, "run %d (%s): %+.1f %% %s, p %.2g", at.run().id(), label(at),
                100 * c.relativeChange(), regression(c) ? "worse" : "better", c.pValue());
    }

    /** A run as a person knows it: its commit if recorded, and its day. */
    static String label(Series.Point p) {
        String commit = p.run().commit();
        return "unknown".equals(commit) ? day(p) : "commit " + shortCommit(commit) + ", " + day(p);
    }

    /** The run's date without its time. */
    static String day(Series.Point p) {
        String date = p.run().date();
        return date.substring(0, Math.min(10, date.length()));
    }

    static String shortCommit(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }
}

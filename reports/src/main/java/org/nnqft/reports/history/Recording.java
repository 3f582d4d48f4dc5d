package org.nnqft.reports.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.results.BenchEnvironment;
import org.nnqft.reports.results.ResultFiles;

/**
 * A JMH file and, when there is one, bench's environment.json, appended to a history as one run.
 * The run's date, commit and profile come from the environment (bench captures them as it
 * finishes) unless given; without either, the date is now and the commit unknown.
 */
public final class Recording {
    private Recording() {
    }

    /**
     * @param environment null: none; commit, date: null to take them from the environment
     * @throws BadEnvironment when the environment cannot be read or its date is not an instant
     */
    public static long record(HistoryStore store, Path jmh, Path environment, String commit, String date)
            throws IOException {
        JmhFiles.read(jmh);
        String jmhText = Files.readString(jmh, StandardCharsets.UTF_8);
        String envText = null;
        BenchEnvironment env = null;
        if (environment != null) {
            try {
                env = ResultFiles.readBenchEnvironment(environment);
                envText = Files.readString(environment, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new BadEnvironment(environment, "not a readable bench environment file (" + e.getMessage() + ")", e);
            }
            if (date == null && env.date() != null) {
                try {
                    RunDate.millis(env.date(), "its date");
                } catch (HistoryException e) {
                    throw new BadEnvironment(environment, e.getMessage(), e);
                }
            }
        }
        return store.append(jmhText, envText, date != null ? date : env == null ? null : env.date(),
                commit != null ? commit : env == null ? null : env.commit(), env == null ? null : env.profile());
    }

    /** bench's environment.json beside a JMH file, or null. */
    public static Path environmentBeside(Path jmh) {
        Path env = jmh.toAbsolutePath().resolveSibling("environment.json");
        return Files.isRegularFile(env) ? env : null;
    }
}

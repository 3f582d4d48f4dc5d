package org.nnqft.reports.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.nnqft.reports.gate.BadJmhFile;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.gate.JmhResult;
import org.sqlite.SQLiteConfig;

/**
 * The benchmark history: one SQLite file. Each append is one transaction, so a run is in the
 * store whole or not at all. Two processes may append at once: the write-ahead log lets readers
 * go on while one writes, and the busy timeout makes a writer wait for the other's transaction
 * instead of failing; BEGIN IMMEDIATE takes the write lock up front, so the wait happens before
 * anything is read and no transaction has to be retried halfway.
 */
public final class HistoryStore implements AutoCloseable {
    /** Long enough for another process's append (milliseconds), short enough to report a stuck lock. */
    static final int BUSY_TIMEOUT_MS = 60_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Connection connection;
    private final String name;

    private HistoryStore(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Opens the store at {@code file}, creating it (and its directory) if {@code create}. */
    public static HistoryStore open(Path file, boolean create) throws HistoryException {
        return open(file, file.toString(), create);
    }

    /**
     * As above; {@code name} is the file as the user gave it, for messages. For reading the file is
     * opened read-only and never written (no journal mode, no tables): it must be a history already.
     */
    public static HistoryStore open(Path file, String name, boolean create) throws HistoryException {
        if (!create && !Files.isRegularFile(file)) {
            throw new HistoryException(name + ": no such history (record one with nnqft bench --record or nnqft history record)");
        }
        try {
            if (create && file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            config.setReadOnly(!create);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            HistoryStore store = new HistoryStore(c, name);
            try {
                if (create) {
                    store.prepare();
                } else if (Schema.check(c, name) == Schema.EMPTY) {
                    throw new HistoryException(name + ": an empty SQLite file, not a history (record one with nnqft "
                            + "bench --record or nnqft history record)");
                }
                return store;
            } catch (HistoryException | SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new HistoryException(name + ": not a usable history (" + e.getMessage() + ")", e);
        } catch (java.io.IOException e) {
            throw new HistoryException(name + ": cannot create its directory (" + e.getMessage() + ")", e);
        }
    }

    private void prepare() throws SQLException, HistoryException {
        // someone else's database is refused before anything is written to it, the journal mode included
        Schema.check(connection, name);
        try (Statement s = connection.createStatement()) {
            // WAL is a property of the file, set once; journal_mode waits for no busy handler, so it
            // is only asked for when the file is not in WAL already
            try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                if (!(r.next() && "wal".equalsIgnoreCase(r.getString(1)))) {
                    walWithRetry(s);
                }
            }
        }
        transaction(() -> Schema.ensure(connection, name));
    }

    private static void walWithRetry(Statement s) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException busy) {
                if (attempt >= 100) {
                    throw busy;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    /**
     * Appends one run in one transaction.
     *
     * @param date   ISO-8601; null: now
     * @param commit null: "unknown"
     * @return the run's id
     */
    public long append(String jmhJson, String environmentJson, String date, String commit, String profile)
            throws HistoryException, BadJmhFile {
        List<JmhResult> results;
        try {
            results = JmhFiles.parse(Path.of(name), MAPPER.readTree(jmhJson));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadJmhFile(Path.of("the run"), "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String runDate = date == null ? now : date;
        long instant = RunDate.millis(runDate, "the run");
        String sha = Schema.sha256(jmhJson);
        long[] id = new long[1];
        try {
            transaction(() -> {
                // inside the write lock, so two appenders of one file cannot both find it absent
                try (PreparedStatement seen = connection.prepareStatement(
                        "SELECT id FROM runs WHERE jmh_sha256 = ? ORDER BY id LIMIT 1")) {
                    seen.setString(1, sha);
                    try (ResultSet r = seen.executeQuery()) {
                        if (r.next()) {
                            throw new HistoryException(name + ": already holds this JMH output, as run " + r.getLong(1)
                                    + " (the same SHA-256 " + sha.substring(0, 12) + "...); nothing was recorded");
                        }
                    }
                }
                try (PreparedStatement run = connection.prepareStatement("INSERT INTO runs "
                        + "(date, instant_ms, commit_id, profile, environment, jmh, recorded_at, jmh_sha256) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    run.setString(1, runDate);
                    run.setLong(2, instant);
                    run.setString(3, commit == null ? "unknown" : commit);
                    run.setString(4, profile);
                    run.setString(5, environmentJson);
                    run.setString(6, jmhJson);
                    run.setString(7, now);
                    run.setString(8, sha);
                    run.executeUpdate();
                    try (ResultSet keys = run.getGeneratedKeys()) {
                        keys.next();
                        id[0] = keys.getLong(1);
                    }
                }
                try (PreparedStatement row = connection.prepareStatement("INSERT INTO results "
                        + "(run_id, benchmark, params, mode, unit, score, score_error, forks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (JmhResult r : results) {
                        row.setLong(1, id[0]);
                        row.setString(2, r.key().benchmark());
                        row.setString(3, MAPPER.writeValueAsString(r.key().params()));
                        row.setString(4, r.key().mode());
                        row.setString(5, r.unit());
                        row.setDouble(6, r.score());
                        if (Double.isFinite(r.scoreError())) {
                            row.setDouble(7, r.scoreError());
                        } else {
                            row.setNull(7, java.sql.Types.REAL);
                        }
                        row.setInt(8, r.forks().length);
                        row.addBatch();
                    }
                    row.executeBatch();
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new SQLException(e);
                }
            });
        } catch (SQLException e) {
            throw new HistoryException(name + ": could not append the run (" + e.getMessage() + "); nothing was recorded", e);
        }
        return id[0];
    }

    /** Every run, oldest first: by the instant of its date, then by order of recording. */
    public List<RecordedRun> runs() throws HistoryException {
        List<RecordedRun> runs = new ArrayList<>();
        List<Long> instants = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            boolean normalised = Schema.check(connection, name) >= 2;
            try (ResultSet r = s.executeQuery("SELECT id, date, commit_id, profile, environment, jmh"
                    + (normalised ? ", instant_ms FROM runs ORDER BY instant_ms, id" : " FROM runs ORDER BY id"))) {
                while (r.next()) {
                    RecordedRun run = new RecordedRun(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6));
                    runs.add(run);
                    // a version-1 store, opened read-only, has no instants: they are parsed here
                    instants.add(normalised ? r.getLong(7) : RunDate.millis(run.date(), name + " run " + run.id()));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(instants::get));
        return order.stream().map(runs::get).toList();
    }

    /** The file as the user named it. */
    public String name() {
        return name;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException, HistoryException;
    }

    /** BEGIN IMMEDIATE ... COMMIT, rolled back on any failure. */
    private void transaction(Work work) throws SQLException, HistoryException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            boolean done = false;
            try {
                work.run();
                s.execute("COMMIT");
                done = true;
            } finally {
                if (!done) {
                    s.execute("ROLLBACK");
                }
            }
        }
    }

    @Override
    public void close() throws HistoryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new HistoryException(name + ": could not be closed (" + e.getMessage() + ")", e);
        }
    }
}

package org.nnqft.reports.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history's tables. The JMH file and the environment are kept verbatim (the program reads
 * them back through the same strict reader as compare); results repeats each benchmark's score
 * as columns for queries with the sqlite3 shell. A change that older readers would misread bumps
 * VERSION, and a reader refuses a store newer than itself rather than guess. Only an empty file is
 * given the tables: a database with tables but no schema_version is someone else's, and is left
 * alone rather than stamped as a history.
 */
final class Schema {
    /**
     * 2: runs.instant_ms, the date as epoch milliseconds, what the runs are ordered by (1 sorted
     * the date's text, which puts 00:00:00.5Z before 00:00:00Z and ignores offsets). 3:
     * runs.jmh_sha256, the SHA-256 of the JMH text, so that one file is not recorded twice. An older
     * store is read as it is (dates parsed and sorted in Java) and migrated when appended to.
     */
    static final int VERSION = 3;

    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS runs (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              date TEXT NOT NULL,
              instant_ms INTEGER NOT NULL,
              commit_id TEXT NOT NULL,
              profile TEXT,
              environment TEXT,
              jmh TEXT NOT NULL,
              recorded_at TEXT NOT NULL,
              jmh_sha256 TEXT)""",
            """
            CREATE TABLE IF NOT EXISTS results (
              run_id INTEGER NOT NULL REFERENCES runs(id),
              benchmark TEXT NOT NULL,
              params TEXT NOT NULL,
              mode TEXT NOT NULL,
              unit TEXT NOT NULL,
              score REAL NOT NULL,
              score_error REAL,
              forks INTEGER NOT NULL,
              PRIMARY KEY (run_id, benchmark, params, mode))""",
            "CREATE INDEX IF NOT EXISTS runs_by_sha256 ON runs (jmh_sha256)",
            "CREATE INDEX IF NOT EXISTS runs_by_instant ON runs (instant_ms, id)");

    /** No tables at all: a new (or zero-length) file. */
    static final int EMPTY = -1;

    private Schema() {
    }

    /**
     * The store's version, by reads only: EMPTY for a database without tables.
     *
     * @throws HistoryException when it is not a history of a version this reads
     */
    static int check(Connection c, String name) throws SQLException, HistoryException {
        try (Statement s = c.createStatement()) {
            int tables;
            boolean versioned;
            try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(sum(name = 'schema_version'), 0) "
                    + "FROM sqlite_master WHERE type = 'table'")) {
                r.next();
                tables = r.getInt(1);
                versioned = r.getInt(2) > 0;
            }
            if (tables == 0) {
                return EMPTY;
            }
            if (!versioned) {
                throw new HistoryException(name + ": an SQLite database but not an nnqft history (it has tables "
                        + "and no schema_version); nothing was changed");
            }
            int version;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                version = r.next() ? r.getInt(1) : 0;
            }
            if (version > VERSION) {
                throw new HistoryException(name + " has history schema version " + version
                        + ", newer than this nnqft reads (" + VERSION + "): use a newer nnqft; nothing was changed");
            }
            if (version < 1) {
                throw new HistoryException(name + ": not an nnqft history (schema_version holds no version from 1); "
                        + "nothing was changed");
            }
            return version;
        }
    }

    /** Creates the tables in an empty store, or checks an existing one and migrates it to VERSION; inside a write transaction. */
    static void ensure(Connection c, String name) throws SQLException, HistoryException {
        int version = check(c, name);
        if (version == VERSION) {
            return;
        }
        try (Statement s = c.createStatement()) {
            if (version == EMPTY) {
                for (String ddl : TABLES) {
                    s.execute(ddl);
                }
                s.execute("INSERT INTO schema_version (version) VALUES (" + VERSION + ")");
                return;
            }
            if (version < 2) {
                // the instant of every run's date; a run whose date does not parse stops the migration
                s.execute("ALTER TABLE runs ADD COLUMN instant_ms INTEGER");
                try (ResultSet r = s.executeQuery("SELECT id, date FROM runs");
                        PreparedStatement u = c.prepareStatement("UPDATE runs SET instant_ms = ? WHERE id = ?")) {
                    while (r.next()) {
                        u.setLong(1, RunDate.millis(r.getString(2), name + " run " + r.getLong(1)));
                        u.setLong(2, r.getLong(1));
                        u.executeUpdate();
                    }
                }
                s.execute("DROP INDEX IF EXISTS runs_by_date");
                s.execute(TABLES.getLast());
            }
            // the hash of every run's JMH text; an index, not a unique one, since an older store may hold duplicates
            s.execute("ALTER TABLE runs ADD COLUMN jmh_sha256 TEXT");
            try (ResultSet r = s.executeQuery("SELECT id, jmh FROM runs");
                    PreparedStatement u = c.prepareStatement("UPDATE runs SET jmh_sha256 = ? WHERE id = ?")) {
                while (r.next()) {
                    u.setString(1, sha256(r.getString(2)));
                    u.setLong(2, r.getLong(1));
                    u.executeUpdate();
                }
            }
            s.execute(TABLES.get(TABLES.size() - 2));
            s.execute("UPDATE schema_version SET version = " + VERSION);
        }
    }

    /** The hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

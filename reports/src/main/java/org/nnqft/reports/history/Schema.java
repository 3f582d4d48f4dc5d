package org.nnqft.reports.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history's tables. The JMH file and the environment are kept verbatim (the program reads
 * them back through the same strict reader as compare); results repeats each benchmark's score
 * as columns for queries with the sqlite3 shell. A change that older readers would misread bumps
 * VERSION, and a reader refuses a store newer than itself rather than guess.
 */
final class Schema {
    static final int VERSION = 1;

    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS runs (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              date TEXT NOT NULL,
              commit_id TEXT NOT NULL,
              profile TEXT,
              environment TEXT,
              jmh TEXT NOT NULL,
              recorded_at TEXT NOT NULL)""",
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
            "CREATE INDEX IF NOT EXISTS runs_by_date ON runs (date, id)");

    private Schema() {
    }

    /** 0 when the table is there but empty (a store whose creation never committed cannot be: it is one transaction). */
    private static int version(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Creates the tables in an empty store, or checks the version of an existing one; inside a transaction. */
    static void ensure(Connection c, String name) throws SQLException, HistoryException {
        try (Statement s = c.createStatement()) {
            boolean versioned;
            try (ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
                versioned = r.next() && r.getInt(1) > 0;
            }
            // the version first: a newer store's tables are not ours to create or touch
            int version = versioned ? version(s) : 0;
            if (version > VERSION) {
                throw new HistoryException(name + " has history schema version " + version
                        + ", newer than this nnqft reads (" + VERSION + "): use a newer nnqft; nothing was changed");
            }
            for (String ddl : TABLES) {
                s.execute(ddl);
            }
            if (version == 0) {
                s.execute("INSERT INTO schema_version (version) VALUES (" + VERSION + ")");
            }
        }
    }
}

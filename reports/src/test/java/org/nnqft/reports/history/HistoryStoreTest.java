package org.nnqft.reports.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.reports.gate.SyntheticJmh;

/** The store: what an append keeps, that it is all or nothing, two appenders at once, the schema guard. */
class HistoryStoreTest {
    @TempDir
    Path dir;

    static String jmh(long seed) {
        return SyntheticJmh.json(seed, SyntheticJmh.suite()).toString();
    }

    static long count(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void anAppendKeepsTheRunVerbatimWithOneResultRowPerBenchmark() throws Exception {
        Path db = dir.resolve("sub/h.sqlite");
        try (HistoryStore h = HistoryStore.open(db, true)) {
            long id = h.append(jmh(1), "{\"kind\": \"bench-environment\"}", "2026-01-02T03:04:05Z", "abc123", "smoke");
            RecordedRun r = h.runs().getFirst();
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.date()).isEqualTo("2026-01-02T03:04:05Z");
            assertThat(r.commit()).isEqualTo("abc123");
            assertThat(r.profile()).isEqualTo("smoke");
            assertThat(r.jmh()).isEqualTo(jmh(1));
            assertThat(r.environment()).contains("bench-environment");
        }
        assertThat(count(db, "results")).isEqualTo(20);
        assertThat(count(db, "schema_version")).isEqualTo(1);
    }

    @Test
    void runsComeOldestFirstByDate() throws Exception {
        try (HistoryStore h = HistoryStore.open(dir.resolve("h.sqlite"), true)) {
            h.append(jmh(1), null, "2026-03-01T00:00:00Z", "c", null);
            h.append(jmh(2), null, "2026-01-01T00:00:00Z", "a", null);
            h.append(jmh(3), null, "2026-02-01T00:00:00Z", "b", null);
            assertThat(h.runs()).extracting(RecordedRun::commit).containsExactly("a", "b", "c");
        }
    }

    @Test
    void aFailedAppendLeavesNothing() throws Exception {
        Path db = dir.resolve("h.sqlite");
        try (HistoryStore h = HistoryStore.open(db, true)) {
            h.append(jmh(1), null, null, null, null);
        }
        // a failure after the run's row is written, inside the transaction
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail AFTER INSERT ON results WHEN NEW.benchmark LIKE '%simdWick' "
                    + "BEGIN SELECT RAISE(ABORT, 'planted failure'); END");
        }
        try (HistoryStore h = HistoryStore.open(db, true)) {
            assertThatThrownBy(() -> h.append(jmh(2), null, null, null, null)).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("planted failure").hasMessageContaining("nothing was recorded");
            assertThat(h.runs()).hasSize(1);
        }
        assertThat(count(db, "results")).isEqualTo(20);
    }

    @Test
    void twoAppendersAtOnceLoseNothing() throws Exception {
        Path db = dir.resolve("h.sqlite");
        int each = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> done = new ArrayList<>();
        try {
            for (int t = 0; t < 2; t++) {
                long offset = 1000L * t;
                Callable<List<Long>> appender = () -> {
                    start.await();
                    List<Long> ids = new ArrayList<>();
                    // each its own connection, the store created by whichever comes first
                    try (HistoryStore h = HistoryStore.open(db, true)) {
                        for (int i = 0; i < each; i++) {
                            ids.add(h.append(jmh(offset + i), null, null, "t" + offset, null));
                        }
                    }
                    return ids;
                };
                done.add(pool.submit(appender));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> f : done) {
                ids.addAll(f.get());
            }
            assertThat(ids).hasSize(2 * each).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(db, "runs")).isEqualTo(2 * each);
        assertThat(count(db, "results")).isEqualTo(2L * each * 20);
        assertThat(count(db, "schema_version")).isEqualTo(1);
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftAlone() throws Exception {
        Path db = dir.resolve("h.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (" + (Schema.VERSION + 1) + ")");
        }
        assertThatThrownBy(() -> HistoryStore.open(db, true)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("schema version " + (Schema.VERSION + 1))
                .hasMessageContaining("newer than this nnqft reads (" + Schema.VERSION + ")");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'runs'")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    void aMissingHistoryIsNotCreatedForReading() {
        Path db = dir.resolve("none.sqlite");
        assertThatThrownBy(() -> HistoryStore.open(db, false)).hasMessageContaining("no such history");
        assertThat(db).doesNotExist();
    }

    @Test
    void somethingElseIsNotAHistory() throws Exception {
        Path db = Files.writeString(dir.resolve("x.sqlite"), "this is not a database, just some text...".repeat(40));
        assertThatThrownBy(() -> HistoryStore.open(db, false)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("not a usable history");
    }

    @Test
    void readingWritesNothingNotEvenTheJournalMode() throws Exception {
        Path db = dir.resolve("h.sqlite");
        try (HistoryStore h = HistoryStore.open(db, true)) {
            h.append(jmh(1), null, "2026-01-02T03:04:05Z", "abc", null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(db);
        try (HistoryStore h = HistoryStore.open(db, false)) {
            assertThat(h.runs()).hasSize(1);
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(dir.resolve("h.sqlite-wal")).doesNotExist();
    }

    @Test
    void anEmptySqliteFileIsNotReadAsAHistoryNorStamped() throws Exception {
        Path db = Files.createFile(dir.resolve("empty.sqlite"));
        assertThatThrownBy(() -> HistoryStore.open(db, false)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("empty.sqlite: an empty SQLite file, not a history");
        assertThat(db).isEmptyFile();
    }

    @Test
    void someoneElsesDatabaseIsRefusedForReadingAndWritingAndLeftAlone() throws Exception {
        Path db = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (name TEXT)");
        }
        byte[] before = Files.readAllBytes(db);
        for (boolean create : new boolean[] {false, true}) {
            assertThatThrownBy(() -> HistoryStore.open(db, create)).as("create " + create)
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("other.sqlite: an SQLite database but not an nnqft history")
                    .hasMessageContaining("nothing was changed");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    /** Dates whose text order is not their time order: fractions of a second and offsets. */
    static final List<String> DATES = List.of("2026-01-01T00:00:00.5Z", "2026-01-01T01:00:00+02:00",
            "2026-01-01T00:00:00Z", "2026-01-01T00:00:00.25Z");
    /** The commits of the runs above (a, b, c, d as recorded) in time order. */
    static final List<String> IN_TIME = List.of("b", "c", "d", "a");

    @Test
    void runsComeInTimeOrderWhateverTheOffsetOrFraction() throws Exception {
        try (HistoryStore h = HistoryStore.open(dir.resolve("h.sqlite"), true)) {
            for (int i = 0; i < DATES.size(); i++) {
                h.append(jmh(i), null, DATES.get(i), String.valueOf((char) ('a' + i)), null);
            }
            assertThat(h.runs()).extracting(RecordedRun::commit).containsExactlyElementsOf(IN_TIME);
            assertThat(h.runs().getFirst().date()).isEqualTo("2026-01-01T01:00:00+02:00");
        }
    }

    @Test
    void anUnparsableDateIsRefusedAndNothingRecorded() throws Exception {
        Path db = dir.resolve("h.sqlite");
        try (HistoryStore h = HistoryStore.open(db, true)) {
            assertThatThrownBy(() -> h.append(jmh(1), null, "2026-13-01T00:00:00Z", "a", null))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("date 2026-13-01T00:00:00Z is not an ISO-8601 instant");
            assertThat(h.runs()).isEmpty();
        }
    }

    /** A store as version 1 wrote it: the date as text, no instant. */
    static void versionOne(Path db, List<String> dates) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (1)");
            s.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, date TEXT NOT NULL, commit_id TEXT NOT NULL, "
                    + "profile TEXT, environment TEXT, jmh TEXT NOT NULL, recorded_at TEXT NOT NULL)");
            s.execute("CREATE TABLE results (run_id INTEGER NOT NULL REFERENCES runs(id), benchmark TEXT NOT NULL, "
                    + "params TEXT NOT NULL, mode TEXT NOT NULL, unit TEXT NOT NULL, score REAL NOT NULL, score_error REAL, "
                    + "forks INTEGER NOT NULL, PRIMARY KEY (run_id, benchmark, params, mode))");
            s.execute("CREATE INDEX runs_by_date ON runs (date, id)");
            try (var p = c.prepareStatement("INSERT INTO runs (date, commit_id, jmh, recorded_at) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < dates.size(); i++) {
                    p.setString(1, dates.get(i));
                    p.setString(2, String.valueOf((char) ('a' + i)));
                    p.setString(3, jmh(i));
                    p.setString(4, "2026-01-01T00:00:00Z");
                    p.executeUpdate();
                }
            }
        }
    }

    @Test
    void aVersionOneStoreIsReadInTimeOrderAndMigratedWhenAppendedTo() throws Exception {
        Path db = dir.resolve("v1.sqlite");
        versionOne(db, DATES);
        byte[] before = Files.readAllBytes(db);
        try (HistoryStore h = HistoryStore.open(db, false)) {
            assertThat(h.runs()).extracting(RecordedRun::commit).containsExactlyElementsOf(IN_TIME);
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (HistoryStore h = HistoryStore.open(db, true)) {
            h.append(jmh(9), null, "2025-12-31T00:00:00Z", "z", null);
            assertThat(h.runs()).extracting(RecordedRun::commit).containsExactly("z", "b", "c", "d", "a");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                var r = s.executeQuery("SELECT (SELECT max(version) FROM schema_version), count(*) FROM runs "
                        + "WHERE instant_ms IS NOT NULL")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(Schema.VERSION);
            assertThat(r.getInt(2)).isEqualTo(5);
        }
    }

    @Test
    void aVersionOneRunWithABadDateIsNamed() throws Exception {
        Path db = dir.resolve("v1.sqlite");
        versionOne(db, List.of("2026-01-01T00:00:00Z", "last tuesday"));
        try (HistoryStore h = HistoryStore.open(db, false)) {
            assertThatThrownBy(h::runs).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("v1.sqlite run 2: date last tuesday is not an ISO-8601 instant");
        }
        assertThatThrownBy(() -> HistoryStore.open(db, true)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("run 2: date last tuesday");
        assertThat(count(db, "schema_version")).isEqualTo(1);
    }

    @Test
    void theSameJmhOutputTwiceIsRefusedTheSecondTime() throws Exception {
        Path db = dir.resolve("h.sqlite");
        try (HistoryStore h = HistoryStore.open(db, true)) {
            long first = h.append(jmh(1), null, "2026-01-01T00:00:00Z", "a", null);
            h.append(jmh(2), null, "2026-01-02T00:00:00Z", "b", null);
            // another date and commit do not make it another run: the JMH text is the measurement
            assertThatThrownBy(() -> h.append(jmh(1), null, "2026-01-03T00:00:00Z", "c", null))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("already holds this JMH output, as run " + first)
                    .hasMessageContaining("nothing was recorded");
            assertThat(h.runs()).extracting(RecordedRun::commit).containsExactly("a", "b");
        }
        assertThat(count(db, "results")).isEqualTo(40);
    }

    @Test
    void aMigratedStoreKnowsItsOldRunsToo() throws Exception {
        Path db = dir.resolve("v1.sqlite");
        versionOne(db, List.of("2026-01-01T00:00:00Z"));
        try (HistoryStore h = HistoryStore.open(db, true)) {
            assertThatThrownBy(() -> h.append(jmh(0), null, null, null, null)).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("as run 1");
            h.append(jmh(1), null, null, null, null);
            assertThat(h.runs()).hasSize(2);
        }
    }
}

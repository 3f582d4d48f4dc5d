package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.nnqft.numerics.spec.SpecException;
import org.nnqft.reports.gate.BadJmhFile;
import org.nnqft.reports.history.BadEnvironment;
import org.nnqft.reports.history.HistoryException;
import org.nnqft.reports.history.HistoryStore;
import org.nnqft.reports.history.Recording;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** An existing JMH file into the history, as bench --record would have appended it. */
@Command(name = "record", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Append a JMH result file (-rf json) to the history as one run, with bench's environment.json "
                + "if it sits beside the file (its date, commit and profile). One transaction: the run is recorded "
                + "whole or not at all.", "Exit code 2 on an unusable file or history, else 0."})
final class HistoryRecordCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.json", description = "The JMH result file.")
    Path file;

    @Option(names = "--commit", paramLabel = "ID", description = "The commit it measured (default: environment.json's, else unknown).")
    String commit;

    @Option(names = "--date", paramLabel = "ISO-8601", description = "When it ran, e.g. 2026-01-02T03:04:05Z "
            + "(default: environment.json's, else now).")
    String date;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @ParentCommand
    HistoryCommand parent;

    private final Session session;

    HistoryRecordCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        if (date != null) {
            try {
                Instant.parse(date);
            } catch (DateTimeParseException e) {
                throw new SpecException("date", Allowed.DATE, date);
            }
        }
        Path jmh = session.workingDir().resolve(file);
        try (HistoryStore store = HistoryStore.open(session.workingDir().resolve(parent.history), parent.history.toString(), true)) {
            long id = Recording.record(store, jmh, Recording.environmentBeside(jmh), commit, date);
            session.out().println("recorded " + file + " as run " + id + " in " + parent.history);
            return ExitCode.OK;
        } catch (BadJmhFile e) {
            session.err().println("nnqft history record: " + file + ": " + e.problem());
            return ExitCode.USAGE;
        } catch (BadEnvironment e) {
            session.err().println("nnqft history record: " + e.getMessage() + "; nothing was recorded");
            return ExitCode.USAGE;
        } catch (HistoryException e) {
            session.err().println("nnqft history record: --history " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            // a file that went away or became unreadable after it was checked: still bad input, not a crash
            session.err().println("nnqft history record: " + file + ": cannot be read (" + e.getMessage()
                    + "); nothing was recorded");
            return ExitCode.USAGE;
        }
    }
}

package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nnqft.numerics.spec.SpecException;
import org.nnqft.reports.gate.BadJmhFile;
import org.nnqft.reports.gate.BenchProfile;
import org.nnqft.reports.gate.Jmh;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.gate.JmhRounds;
import org.nnqft.reports.history.HistoryException;
import org.nnqft.reports.history.HistoryStore;
import org.nnqft.reports.history.Recording;
import org.nnqft.reports.results.BenchEnvironment;
import org.nnqft.reports.results.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/** Runs the JMH benchmarks with a named profile and keeps their JSON with the machine it ran on. */
@Command(name = "bench", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Run the JMH benchmarks (benchmarks/target/benchmarks.jar) with a profile and write DIR/jmh.json "
                    + "(JMH's -rf json) and DIR/environment.json (JDK, CPU model and flags, vector species, cores, "
                    + "commit, date, profile, JMH options).",
            "Files appear only when JMH succeeded; exit code 1 if it failed. Compare two runs with 'nnqft compare'."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "quick",
            description = "smoke (4 core benchmarks, about 2 minutes on 2 cores), quick (the core, 47 benchmarks) "
                    + "or full (every benchmark and parameter); smoke 5 forks, the others 3, run in rounds of one fork of every benchmark. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for jmh.json and environment.json "
            + "(default: results/bench-<profile>).")
    Path out;

    @Option(names = "--record", description = "Also append the run (jmh.json, environment.json: commit, date) to the "
            + "history, in one transaction.")
    boolean record;

    @Option(names = "--history", paramLabel = "PATH", defaultValue = "results/bench-history.sqlite",
            description = "The history --record appends to (created if missing). Default: ${DEFAULT-VALUE}.")
    Path history;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Session session;
    private final Jmh jmh;

    BenchCommand(Session session, Jmh jmh) {
        this.session = session;
        this.jmh = jmh;
    }

    @Override
    public Integer call() throws Exception {
        BenchProfile p = switch (profile.toLowerCase(Locale.ROOT)) {
            case "smoke" -> BenchProfile.SMOKE;
            case "quick" -> BenchProfile.QUICK;
            case "full" -> BenchProfile.FULL;
            default -> throw new SpecException("profile", Allowed.PROFILE, profile);
        };
        Path dir = OutputPath.prepareDirectory(session.workingDir(),
                out != null ? out : Path.of("results", "bench-" + p.id()));
        Path jmhTarget = dir.resolve("jmh.json");
        // JMH writes its file only at the end, but under a temporary name all the same: a failed or
        // killed run must not leave something that looks like results
        List<Path> rounds = new ArrayList<>();
        Path tmp = ResultFiles.temporary(jmhTarget);
        long start = System.nanoTime();
        try {
            for (int r = 1; r <= p.rounds(); r++) {
                session.out().printf(Locale.ROOT, "# nnqft bench: round %d of %d (fork %d of every benchmark)%n", r,
                        p.rounds(), r);
                Path round = ResultFiles.temporary(dir.resolve("round-" + r + ".json"));
                rounds.add(round);
                int code;
                try {
                    code = jmh.run(p.args(), round, session.out());
                } catch (IOException e) {
                    session.err().println("nnqft bench: " + e.getMessage());
                    return ExitCode.SOFTWARE;
                }
                if (code != 0) {
                    return failed("JMH exited with code " + code + " in round " + r + " of " + p.rounds(), dir);
                }
            }
            List<JmhResult> results;
            try {
                Files.writeString(tmp, JSON.writeValueAsString(JmhRounds.merge(rounds)));
                results = JmhFiles.read(tmp);
            } catch (BadJmhFile e) {
                return failed(e.problem(), dir);
            }
            ResultFiles.write(dir.resolve("environment.json"), BenchEnvironment.capture(p.id(), p.args(), p.rounds()));
            ResultFiles.moveIntoPlace(tmp, jmhTarget);
            session.out().printf(Locale.ROOT, "%d benchmarks, profile %s, %d rounds, %.0f s%n", results.size(), p.id(),
                    p.rounds(), (System.nanoTime() - start) / 1e9);
            session.out().print(ConsoleReport.resultPath(jmhTarget.toString()));
            session.out().print(ConsoleReport.resultPath(dir.resolve("environment.json").toString()));
            return record ? record(jmhTarget, dir.resolve("environment.json")) : ExitCode.OK;
        } finally {
            Files.deleteIfExists(tmp);
            for (Path round : rounds) {
                Files.deleteIfExists(round);
            }
        }
    }

    /**
     * The files are written by now: a history that cannot take them is reported, and they stay.
     * Exit 2, not 1: JMH ran and its files are good, it is the --history given that is unusable.
     */
    private int record(Path jmhFile, Path environment) {
        try (HistoryStore store = HistoryStore.open(session.workingDir().resolve(history), history.toString(), true)) {
            long id = Recording.record(store, jmhFile, environment, null, null);
            session.out().println("recorded as run " + id + " in " + history);
            return ExitCode.OK;
        } catch (HistoryException e) {
            session.err().println("nnqft bench: --history " + e.getMessage() + "; the run's files are kept");
            return ExitCode.USAGE;
        } catch (IOException e) {
            session.err().println("nnqft bench: --history " + history + ": the run was not recorded (" + e.getMessage()
                    + "); the run's files are kept");
            return ExitCode.USAGE;
        }
    }

    private int failed(String problem, Path dir) {
        session.err().println("nnqft bench: JMH failed (" + problem + "); nothing written to " + dir);
        return ExitCode.SOFTWARE;
    }
}

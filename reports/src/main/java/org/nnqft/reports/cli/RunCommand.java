package org.nnqft.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nnqft.reports.presets.Presets;
import org.nnqft.reports.report.Report;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The short way in: a preset, quick by default, with its result file in a standard place. */
@Command(name = "run", sortOptions = false, sortSynopsis = false, usageHelpAutoWidth = true,
        description = "Run a preset (default: quick), write results/<preset>.json in the current "
                + "directory and its report (index.html, summary.md) in results/<preset>-report/. Options given "
                + "override the preset.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    SpecOptions options;

    @Option(names = "--out", paramLabel = "FILE.json", order = 100,
            description = "Result file, written atomically (default: results/<preset>.json); the report goes "
                    + "beside it, into <name>-report/.")
    Path out;

    private final Session session;

    RunCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        String preset = options.preset != null ? options.preset : Presets.QUICK.name();
        Path target = out != null ? out : Path.of("results", preset + ".json");
        int code = new ExperimentRunner(session).run(preset, options, target);
        return code == ExitCode.OK ? report(target) : code;
    }

    /**
     * The report of what just ran, from the file just written (reports read only files), in a
     * directory beside it named after it: each result keeps its own report, and a report of the
     * results directory (its *.json files) never takes these for inputs.
     */
    private int report(Path result) {
        Path dir = reportDir(result);
        try {
            Report.write(List.of(session.workingDir().resolve(result)), session.workingDir().resolve(dir));
        } catch (IOException | RuntimeException e) {
            session.err().println("nnqft: the result is written, but its report could not be: " + e);
            return ExitCode.SOFTWARE;
        }
        session.out().printf("report  %s%n", dir.resolve(Report.HTML));
        session.out().flush();
        return ExitCode.OK;
    }

    /** results/quick.json -> results/quick-report */
    static Path reportDir(Path result) {
        String name = result.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return result.resolveSibling(stem + "-report");
    }
}

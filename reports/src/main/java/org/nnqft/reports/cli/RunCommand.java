package org.nnqft.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nnqft.reports.presets.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The short way in: a preset, quick by default, with its result file in a standard place. */
@Command(name = "run", sortOptions = false, sortSynopsis = false, usageHelpAutoWidth = true,
        description = "Run a preset (default: quick) and write results/<preset>.json in the current "
                + "directory. Options given override the preset.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    SpecOptions options;

    @Option(names = "--out", paramLabel = "FILE.json", order = 100,
            description = "Result file, written atomically (default: results/<preset>.json).")
    Path out;

    private final Session session;

    RunCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        String preset = options.preset != null ? options.preset : Presets.QUICK.name();
        Path target = out != null ? out : Path.of("results", preset + ".json");
        return new ExperimentRunner(session).run(preset, options, target);
    }
}

package org.nnqft.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures the n-point functions of an ensemble: the general command, every option explicit. */
@Command(name = "green", sortOptions = false, sortSynopsis = false, usageHelpAutoWidth = true,
        description = {
            "Measure the n-point (Green's) functions of an ensemble of random networks, compare them "
                    + "with the Gaussian-process values and write a JSON result file.",
            "Options not given take the preset's value, or the library defaults without --preset."})
final class GreenCommand implements Callable<Integer> {
    @Mixin
    SpecOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", order = 100,
            description = "Result file, written atomically; its directory is created.")
    Path out;

    private final Session session;

    GreenCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        return new ExperimentRunner(session).run(options.preset, options, out);
    }
}

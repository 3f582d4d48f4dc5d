package org.nnqft.reports.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The random stream itself, for external inspection. */
@Command(name = "rng", synopsisSubcommandLabel = "COMMAND", usageHelpAutoWidth = true,
        description = "Inspect the suite's random stream (Philox4x32-10 keyed by seed, width and bag).")
final class RngCommand implements Runnable {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "rng needs a command: raw");
    }
}

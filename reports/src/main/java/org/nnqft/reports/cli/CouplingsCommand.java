package org.nnqft.reports.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Measures the ELS effective coupling u_4 over a sigma_W sweep. */
@Command(name = "couplings", sortOptions = false, sortSynopsis = false, usageHelpAutoWidth = true,
        description = {
            "Measure the effective coupling u_4 = -(G^(4) - G0^(4)) / I_4 (ELS Eq. 8) on every multiset of four "
                    + "inputs, its mean over the multisets with an error bar from the bags, the exact value where "
                    + "the finite-width theory is known, and whether it stands above the bag-to-bag background; "
                    + "one ensemble per --sigma-w value, all in one JSON result file.",
            "Order 4 is always measured: the orders run are 4 plus any given with --orders (a preset's own "
                    + "orders are not run). Options not given take the preset's value, or the library defaults "
                    + "without --preset."})
final class CouplingsCommand implements Callable<Integer> {
    @Mixin
    SpecOptions options;

    @Option(names = "--cutoff", paramLabel = "L", order = 90,
            description = "erf and relu only: I_4 is integrated over the box [-L, L]^d_in, " + Allowed.CUTOFF
                    + " (default: the authors' 1e5 for erf, 50 for relu); u_4 scales with it.")
    Double cutoff;

    @Option(names = "--out", paramLabel = "FILE.json", order = 100,
            description = "Result file, written atomically (default: results/<preset>-couplings.json, "
                    + "or results/couplings.json without --preset).")
    Path out;

    private final Session session;

    CouplingsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        String name = options.preset == null ? "couplings" : options.preset + "-couplings";
        Path target = out != null ? out : Path.of("results", name + ".json");
        return new CouplingsRunner(session).run(options.preset, options, cutoff, target);
    }
}

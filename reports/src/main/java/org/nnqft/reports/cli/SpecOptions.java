package org.nnqft.reports.cli;

import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecBuilder;
import picocli.CommandLine.Option;

/**
 * The experiment options shared by every command that runs an ensemble. Every field is null
 * when not given, so that only what the user typed overrides the preset.
 */
final class SpecOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--preset", paramLabel = "NAME", completionCandidates = Candidates.PresetNames.class,
            description = "Start from this preset (${COMPLETION-CANDIDATES}); the options below override it.")
    String preset;

    @Option(names = "--arch", paramLabel = "ARCH", completionCandidates = Candidates.ArchNames.class,
            description = "Hidden-layer activation: ${COMPLETION-CANDIDATES}.")
    String arch;

    @Option(names = "--d-in", paramLabel = "D", description = "Input dimension, " + Allowed.D_IN + ".")
    Integer dIn;

    @Option(names = "--sigma-w", paramLabel = "S", split = ",", splitSynopsisLabel = ",",
            description = "Weight scale, " + Allowed.SIGMA_W + "; several values run a sweep, one ensemble each.")
    double[] sigmaW;

    @Option(names = "--sigma-b", paramLabel = "S", description = "Bias scale, " + Allowed.SIGMA_B + ".")
    Double sigmaB;

    @Option(names = "--mu-w", paramLabel = "M", description = "Weight mean, " + Allowed.MU + ".")
    Double muW;

    @Option(names = "--mu-b", paramLabel = "M", description = "Bias mean, " + Allowed.MU + ".")
    Double muB;

    @Option(names = "--widths", paramLabel = "N", split = ",", splitSynopsisLabel = ",",
            description = "Hidden widths, " + Allowed.WIDTHS + ".")
    int[] widths;

    @Option(names = "--inputs", paramLabel = "X", split = ";", splitSynopsisLabel = ";",
            converter = PointConverter.class,
            description = "Input points: " + Allowed.INPUTS + "; default: the published set for the arch and d-in.")
    double[][] inputs;

    @Option(names = "--orders", paramLabel = "n", split = ",", splitSynopsisLabel = ",",
            description = "Orders n of the n-point functions, " + Allowed.ORDERS + ".")
    int[] orders;

    @Option(names = "--bags", paramLabel = "B", description = "Independent bags (for error bars), " + Allowed.BAGS + ".")
    Integer bags;

    @Option(names = "--nets", paramLabel = "M", description = "Networks per bag, " + Allowed.NETS + ".")
    Integer nets;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed, " + Allowed.SEED + ".")
    Long seed;

    @Option(names = "--estimator", paramLabel = "EST", completionCandidates = Candidates.EstimatorNames.class,
            description = "Per-network estimator: ${COMPLETION-CANDIDATES}.")
    String estimator;

    @Option(names = "--backend", paramLabel = "NAME", completionCandidates = Candidates.BackendNames.class,
            description = "Compute backend: ${COMPLETION-CANDIDATES}.")
    String backend;

    @Option(names = "--precision", paramLabel = "P", completionCandidates = Candidates.PrecisionNames.class,
            description = "Forward-pass arithmetic: ${COMPLETION-CANDIDATES} (float needs the simd backend; "
                    + "moment sums are always double).")
    String precision;

    @Option(names = "--rng", paramLabel = "SRC", completionCandidates = Candidates.RngNames.class,
            description = "Random source: ${COMPLETION-CANDIDATES}; suite (default) is the suite's counter-based "
                    + "stream, the same networks on every backend; native is the backend library's own generator "
                    + "(--backend nd4j only).")
    String rng;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (results do not depend on it), " + Allowed.THREADS + ".")
    Integer threads;

    /** Overrides {@code builder} with the options given; names are checked here, ranges by build(). */
    SpecBuilder applyTo(SpecBuilder builder) {
        if (arch != null) {
            builder.arch(Architecture.parse(arch));
        }
        if (dIn != null) {
            builder.dIn(dIn);
        }
        if (sigmaW != null && sigmaW.length > 0) {
            builder.sigmaW(sigmaW[0]);
        }
        if (sigmaB != null) {
            builder.sigmaB(sigmaB);
        }
        if (muW != null) {
            builder.muW(muW);
        }
        if (muB != null) {
            builder.muB(muB);
        }
        if (widths != null) {
            builder.widths(widths);
        }
        if (inputs != null) {
            builder.inputs(inputs);
        }
        if (orders != null) {
            builder.orders(orders);
        }
        if (bags != null) {
            builder.bags(bags);
        }
        if (nets != null) {
            builder.nets(nets);
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (estimator != null) {
            builder.estimator(Estimator.parse(estimator));
        }
        if (backend != null) {
            builder.backend(backend);
        }
        if (precision != null) {
            builder.precision(Precision.parse(precision));
        }
        if (rng != null) {
            builder.rng(Rng.parse(rng));
        }
        if (threads != null) {
            builder.threads(threads);
        }
        return builder;
    }
}

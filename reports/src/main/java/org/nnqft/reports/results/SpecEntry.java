package org.nnqft.reports.results;

import java.util.Arrays;
import java.util.List;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * The "spec" section of a result file. Lists rather than arrays so that two entries read from
 * files compare equal by value; enums as their lower-case ids so the file reads like the CLI.
 */
public record SpecEntry(
        String arch,
        int dIn,
        double sigmaW,
        double sigmaB,
        double muW,
        double muB,
        List<Integer> widths,
        List<List<Double>> inputs,
        List<Integer> orders,
        int bags,
        int nets,
        long seed,
        String estimator,
        String backend,
        String precision,
        String rng,
        int threads) {

    public static SpecEntry of(ExperimentSpec s) {
        return new SpecEntry(s.arch().id(), s.dIn(), s.sigmaW(), s.sigmaB(), s.muW(), s.muB(),
                Arrays.stream(s.widths()).boxed().toList(), Vectors.of(s.inputs()),
                Arrays.stream(s.orders()).boxed().toList(), s.bags(), s.nets(), s.seed(),
                s.estimator().id(), s.backend(), s.precision().id(), s.rng().id(), s.threads());
    }

    /** The spec again, validated, so a report can re-run or extend exactly what a file records. */
    public ExperimentSpec toSpec() {
        return new SpecBuilder()
                .arch(Architecture.parse(arch))
                .dIn(dIn)
                .sigmaW(sigmaW)
                .sigmaB(sigmaB)
                .muW(muW)
                .muB(muB)
                .widths(widths.stream().mapToInt(Integer::intValue).toArray())
                .inputs(Vectors.toArray(inputs))
                .orders(orders.stream().mapToInt(Integer::intValue).toArray())
                .bags(bags)
                .nets(nets)
                .seed(seed)
                .estimator(Estimator.parse(estimator))
                .backend(backend)
                .precision(precision == null ? Precision.DOUBLE : Precision.parse(precision))
                .rng(rng == null ? Rng.SUITE : Rng.parse(rng))
                .threads(threads)
                .build();
    }
}

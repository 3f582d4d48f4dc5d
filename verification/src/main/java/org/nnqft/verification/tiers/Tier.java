package org.nnqft.verification.tiers;

import java.util.ArrayList;
import java.util.List;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * How much data the claims get. {@link #FAST} runs in every CI build: reduced samples, chosen so
 * each claim still has the power to catch the planted faults (the fault tests run at this size).
 * {@link #PAPER} uses the published parameters (ELS Figures 1 and 2, HMS input sets), on demand.
 */
public enum Tier implements Plan {
    FAST(20, 4000, 16000, 2000, 101, new int[] {2, 3, 4, 5, 10, 20, 50, 100}, new double[] {1, 2, 3, 5, 8, 12, 20}),
    PAPER(20, 30000, 30000, 30000, 1, Published.WIDTHS, Published.SIGMA_W);

    private final int bags;
    private final int nets;
    private final int scalingNets;
    private final int couplingNets;
    private final double[] sigmaW;
    private final long seed;
    private final int[] otherWidths;

    /**
     * @param scalingNets networks per bag of the 1/N claim's run
     * @param couplingNets networks per bag of each sigma_W of the coupling claims
     * @param sigmaW      the sigma_W sweep of the coupling claims
     * @param otherWidths the widths of every moment run but Figure 1's, which always has all the
     *                    published ones: the cost is in the widest networks, and the fast tier
     *                    spends it on Figure 1, where the 1/N claim needs the range
     */
    Tier(int bags, int nets, int scalingNets, int couplingNets, long seed, int[] otherWidths, double[] sigmaW) {
        this.bags = bags;
        this.nets = nets;
        this.scalingNets = scalingNets;
        this.couplingNets = couplingNets;
        this.sigmaW = sigmaW;
        this.seed = seed;
        this.otherWidths = otherWidths;
    }

    public int bags() {
        return bags;
    }

    public int nets() {
        return nets;
    }

    /**
     * The n-point experiments: every architecture at d_in = 1, 2, 3 on its published inputs,
     * sigma_W = sigma_b = 1, every published width, orders 1 to 6, plain estimator. The first is
     * ELS Figure 1's setting (gauss, d_in = 1).
     */
    @Override
    public List<ExperimentSpec> momentRuns() {
        List<ExperimentSpec> runs = new ArrayList<>();
        runs.add(figureOne());
        long s = seed;
        for (Architecture arch : Architecture.values()) {
            for (int dIn = 1; dIn <= 3; dIn++) {
                s++;
                if (arch != Architecture.GAUSS || dIn != 1) {
                    runs.add(base().arch(arch).dIn(dIn).widths(otherWidths).seed(s).build());
                }
            }
        }
        return runs;
    }

    /** ELS Figure 1: gauss, d_in = 1, sigma_b = sigma_W = 1. */
    @Override
    public ExperimentSpec figureOne() {
        return base().arch(Architecture.GAUSS).dIn(1).seed(seed).build();
    }

    @Override
    public ExperimentSpec scalingRun() {
        return base().arch(Architecture.GAUSS).dIn(1).sigmaB(0.3).widths(otherWidths).orders(4, 6).nets(scalingNets)
                .seed(seed + 50).build();
    }

    /** The coupling claims' width: u_4 scales as 1/N, so a narrow net keeps the signal large. */
    public static final int COUPLING_WIDTH = 10;

    @Override
    public List<ExperimentSpec> flowRuns(int dIn) {
        return sweep(base().dIn(dIn).sigmaB(1).estimator(Estimator.CONDITIONAL).seed(seed + 60 + dIn));
    }

    @Override
    public List<ExperimentSpec> figureTwoRuns(Estimator estimator) {
        return sweep(base().dIn(1).sigmaB(0).estimator(estimator).bags(30).seed(seed + 70));
    }

    private List<ExperimentSpec> sweep(SpecBuilder b) {
        List<ExperimentSpec> runs = new ArrayList<>();
        for (double s : sigmaW) {
            runs.add(b.arch(Architecture.GAUSS).widths(COUPLING_WIDTH).orders(2, 4).nets(couplingNets).sigmaW(s).build());
        }
        return runs;
    }

    private SpecBuilder base() {
        return new SpecBuilder().widths(Published.WIDTHS).orders(1, 2, 3, 4, 5, 6).bags(bags).nets(nets)
                .estimator(Estimator.PLAIN).sigmaW(1).sigmaB(1);
    }

    /** The published widths (THEORY.md 2); a holder, because enum constants cannot read the enum's own statics. */
    private static final class Published {
        static final int[] WIDTHS = {2, 3, 4, 5, 10, 20, 50, 100, 500, 1000};
        /** ELS Figure 2: 1.0, 1.5, ..., 10, and 20. */
        static final double[] SIGMA_W = java.util.stream.DoubleStream.concat(
                java.util.stream.IntStream.rangeClosed(2, 20).mapToDouble(i -> i / 2.0), java.util.stream.DoubleStream.of(20))
                .toArray();
    }
}

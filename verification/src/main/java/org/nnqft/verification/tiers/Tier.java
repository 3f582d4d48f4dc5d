package org.nnqft.verification.tiers;

import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;

/**
 * How much data the claims get. {@link #FAST} runs in every CI build: reduced samples, chosen so
 * each claim still has the power to catch the planted faults (the fault tests run at this size).
 * {@link #PAPER} uses the published parameters (ELS Figures 1 and 2, HMS input sets), on demand.
 * The fast tier spends its cost on Figure 1, which always has every published width (the cost is
 * in the widest networks); every other moment run stops at N = 100.
 */
public enum Tier implements Plan {
    FAST(new SizedPlan(20, 4000, 16000, 2000, 30, 101, Published.WIDTHS, new int[] {2, 3, 4, 5, 10, 20, 50, 100},
            new double[] {1, 2, 3, 5, 8, 12, 20})),
    PAPER(new SizedPlan(20, 30000, 30000, 30000, 30, 1, Published.WIDTHS, Published.WIDTHS, Published.SIGMA_W));

    /** The coupling claims' width. */
    public static final int COUPLING_WIDTH = SizedPlan.COUPLING_WIDTH;

    /**
     * Calibration's reduced size: the fast tier's experiments, bags (so its Student-t degrees of
     * freedom) and sigma_W, with fewer networks and widths only up to 20, so that a seed costs
     * seconds rather than a minute (the exact theory's cost per run does not shrink with the sample).
     */
    private static final SizedPlan CALIBRATION = new SizedPlan(20, 500, 8000, 500, 30, 0, new int[] {2, 3, 5, 10, 20},
            new int[] {2, 3, 5, 10, 20}, new double[] {1, 2, 3, 5, 8, 12, 20});

    /** {@link #calibration}'s sizes in words, for the output. */
    public static final String CALIBRATION_SIZE = "20 bags x 500 networks for the moment runs, widths 2, 3, 5, 10, 20;"
            + " 20 x 8,000 for the 1/N run; 20 (Figure 2: 30) x 500 per sigma_W for the coupling claims";

    /**
     * The calibration plan of seed number {@code r}: first seeds 10^6 + 100 r, so no two plans (nor
     * the tiers, whose seeds are below 200) share an experiment's seed.
     */
    public static SizedPlan calibration(long r) {
        return CALIBRATION.withSeed(1_000_000 + 100 * r);
    }

    private final SizedPlan plan;

    Tier(SizedPlan plan) {
        this.plan = plan;
    }

    /** This tier's experiments and sizes. */
    public SizedPlan sized() {
        return plan;
    }

    public int bags() {
        return plan.bags();
    }

    public int nets() {
        return plan.nets();
    }

    @Override
    public List<ExperimentSpec> momentRuns() {
        return plan.momentRuns();
    }

    @Override
    public ExperimentSpec figureOne() {
        return plan.figureOne();
    }

    @Override
    public ExperimentSpec scalingRun() {
        return plan.scalingRun();
    }

    @Override
    public List<ExperimentSpec> flowRuns(int dIn) {
        return plan.flowRuns(dIn);
    }

    @Override
    public List<ExperimentSpec> flowRunsAsPublished(int dIn) {
        return plan.flowRunsAsPublished(dIn);
    }

    @Override
    public List<ExperimentSpec> figureTwoRuns(Estimator estimator) {
        return plan.figureTwoRuns(estimator);
    }

    /** The published widths (docs/theory.md 2); a holder, because enum constants cannot read the enum's own statics. */
    private static final class Published {
        static final int[] WIDTHS = {2, 3, 4, 5, 10, 20, 50, 100, 500, 1000};
        /** ELS Figure 2: 1.0, 1.5, ..., 10, and 20. */
        static final double[] SIGMA_W = DoubleStream.concat(IntStream.rangeClosed(2, 20).mapToDouble(i -> i / 2.0),
                DoubleStream.of(20)).toArray();
    }
}

package org.nnqft.verification.tiers;

import java.util.ArrayList;
import java.util.List;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * The experiments of a tier at given sample sizes and seed: what {@link Tier} ships, and what
 * calibration repeats on many seeds at reduced size.
 *
 * @param bags            bags of every run but Figure 2's
 * @param nets            networks per bag of the moment runs
 * @param scalingNets     networks per bag of the 1/N claim's run
 * @param couplingNets    networks per bag of each sigma_W of the coupling claims
 * @param figureTwoBags   bags of ELS Figure 2's runs
 * @param seed            the first seed; every experiment has its own offset from it
 * @param figureOneWidths the widths of ELS Figure 1's run
 * @param otherWidths     the widths of every other moment run and of the 1/N claim's run
 * @param sigmaW          the sigma_W sweep of the coupling claims
 */
public record SizedPlan(int bags, int nets, int scalingNets, int couplingNets, int figureTwoBags, long seed,
        int[] figureOneWidths, int[] otherWidths, double[] sigmaW) implements Plan {

    /** The coupling claims' width: u_4 scales as 1/N, so a narrow net keeps the signal large. */
    public static final int COUPLING_WIDTH = 10;

    /**
     * The tested flow's bias. The exact error of mean u_4 grows with the heavy tail H_8 ~ exp(24 sigma_b^2)
     * and the signal shrinks as sigma_b falls: at N = 10 and 20 x 500 networks the predicted S/B is at
     * least 4.9 at sigma_b = 0.7, 8.9 at 0.3 and 11.7 at 0.5 (README, Verification).
     */
    public static final double FLOW_SIGMA_B = 0.5;

    public SizedPlan {
        figureOneWidths = figureOneWidths.clone();
        otherWidths = otherWidths.clone();
        sigmaW = sigmaW.clone();
    }

    /** The same sizes from another first seed. */
    public SizedPlan withSeed(long newSeed) {
        return new SizedPlan(bags, nets, scalingNets, couplingNets, figureTwoBags, newSeed, figureOneWidths, otherWidths, sigmaW);
    }

    /**
     * The n-point experiments: every architecture at d_in = 1, 2, 3 on its published inputs,
     * sigma_W = sigma_b = 1, orders 1 to 6, plain estimator. The first is ELS Figure 1's setting
     * (gauss, d_in = 1).
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
        return base().arch(Architecture.GAUSS).dIn(1).widths(figureOneWidths).seed(seed).build();
    }

    @Override
    public ExperimentSpec scalingRun() {
        return base().arch(Architecture.GAUSS).dIn(1).sigmaB(0.3).widths(otherWidths).orders(4, 6).nets(scalingNets)
                .seed(seed + 50).build();
    }

    @Override
    public List<ExperimentSpec> flowRuns(int dIn) {
        return sweep(base().dIn(dIn).sigmaB(FLOW_SIGMA_B).estimator(Estimator.CONDITIONAL).seed(seed + 80 + dIn));
    }

    @Override
    public List<ExperimentSpec> flowRunsAsPublished(int dIn) {
        return sweep(base().dIn(dIn).sigmaB(1).estimator(Estimator.CONDITIONAL).seed(seed + 60 + dIn));
    }

    @Override
    public List<ExperimentSpec> figureTwoRuns(Estimator estimator) {
        return sweep(base().dIn(1).sigmaB(0).estimator(estimator).bags(figureTwoBags).seed(seed + 70));
    }

    private List<ExperimentSpec> sweep(SpecBuilder b) {
        List<ExperimentSpec> runs = new ArrayList<>();
        for (double s : sigmaW) {
            runs.add(b.arch(Architecture.GAUSS).widths(COUPLING_WIDTH).orders(2, 4).nets(couplingNets).sigmaW(s).build());
        }
        return runs;
    }

    private SpecBuilder base() {
        return new SpecBuilder().orders(1, 2, 3, 4, 5, 6).bags(bags).nets(nets).estimator(Estimator.PLAIN).sigmaW(1)
                .sigmaB(1);
    }
}

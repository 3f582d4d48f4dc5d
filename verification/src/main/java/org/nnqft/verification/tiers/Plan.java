package org.nnqft.verification.tiers;

import java.util.List;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;

/**
 * The experiments the claims read. {@link Tier} is the shipped plan; a planted-fault test can run
 * a claim on part of it, at the tier's own sample sizes.
 */
public interface Plan {
    /** The n-point experiments: claims 1 to 3 read every one. */
    List<ExperimentSpec> momentRuns();

    /** ELS Figure 1's setting as published (sigma_b = 1). */
    ExperimentSpec figureOne();

    /**
     * The 1/N claim's experiment: Figure 1's, but at sigma_b = 0.3, where the signal stands above
     * its exact background at several widths (at sigma_b = 1 it does not, see ScalingClaim).
     */
    ExperimentSpec scalingRun();

    /**
     * The flow exponent's runs at one d_in: gauss, conditional estimator, one width, one run per
     * sigma_W, all with the same seed, at sigma_b = 0.5, where the exact theory predicts every u_4
     * above its exact background even at calibration's size (at sigma_b = 1 it predicts none).
     */
    List<ExperimentSpec> flowRuns(int dIn);

    /** The same at the published sigma_b = 1. */
    List<ExperimentSpec> flowRunsAsPublished(int dIn);

    /** ELS Figure 2's setting (gauss, d_in = 1, sigma_b = 0), one run per sigma_W, same seed. */
    List<ExperimentSpec> figureTwoRuns(Estimator estimator);
}

package org.nnqft.verification;

import java.util.List;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.verification.tiers.Plan;

/** Test only: part of a tier's plan, at the tier's sample sizes. */
record SubPlan(List<ExperimentSpec> momentRuns, ExperimentSpec figureOne, ExperimentSpec scalingRun) implements Plan {
}

package org.nnqft.verification;

import java.util.List;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.verification.tiers.Plan;
import org.nnqft.verification.tiers.Tier;

/** Test only: part of the fast tier's plan, at its sample sizes; the coupling runs are the fast tier's. */
record SubPlan(List<ExperimentSpec> momentRuns, ExperimentSpec figureOne, ExperimentSpec scalingRun) implements Plan {
    @Override
    public List<ExperimentSpec> flowRuns(int dIn) {
        return Tier.FAST.flowRuns(dIn);
    }

    @Override
    public List<ExperimentSpec> flowRunsAsPublished(int dIn) {
        return Tier.FAST.flowRunsAsPublished(dIn);
    }

    @Override
    public List<ExperimentSpec> figureTwoRuns(Estimator estimator) {
        return Tier.FAST.figureTwoRuns(estimator);
    }
}

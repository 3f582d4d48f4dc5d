package org.nnqft.verification.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nnqft.numerics.analysis.CouplingError;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.theory.ConditionalMoments;
import org.nnqft.numerics.theory.CouplingIntegrals;
import org.nnqft.numerics.theory.ExactMoments;

/**
 * The exact standard error of a run's mean u_4 ({@link CouplingError}), for the estimator the run
 * used, memoised by ensemble: the per-network variance depends on neither seed nor sample size,
 * and it is the costliest number a coupling claim computes (G^(8) on every pair of the 126
 * multisets for the plain estimator), so calibration's seeds share it.
 */
final class ExactCouplingErrors {
    private static final Map<List<Object>, Double> VARIANCES = new ConcurrentHashMap<>();

    private ExactCouplingErrors() {
    }

    /**
     * sqrt(Var X / (bags x nets)) for the spec's first width.
     *
     * @param theory the ensemble's exact theory (any width), shared with the run's other analyses
     */
    static double of(ExperimentSpec spec, CouplingIntegrals integrals, ExactMoments theory) {
        int width = spec.widths()[0];
        List<Object> key = List.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), width, spec.estimator(),
                Arrays.deepToString(spec.inputs()));
        double var = VARIANCES.computeIfAbsent(key, k -> {
            ConditionalMoments conditional = spec.estimator() == Estimator.CONDITIONAL
                    ? ConditionalMoments.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), width, spec.inputs())
                    : null;
            var cov = CouplingError.of(spec.estimator(), theory.atWidth(width), conditional, integrals, spec.inputs());
            return CouplingError.perNetworkVariance(cov, integrals);
        });
        return CouplingError.stderr(var, (long) spec.bags() * spec.nets());
    }
}

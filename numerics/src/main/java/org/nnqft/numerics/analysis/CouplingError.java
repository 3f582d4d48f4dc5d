package org.nnqft.numerics.analysis;

import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.theory.ConditionalMoments;
import org.nnqft.numerics.theory.CouplingIntegrals;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.math.combinatorics.Multisets;

/**
 * The exact standard error of the mean u_4 (docs/theory.md section 6). {@link Couplings} averages
 * u_4 = -(G_exp^(4) - G0^(4)) / I_4 over the M multisets where I_4 does not cancel, and over bags of
 * equal size, so the mean is that of one network's X = -sum_m E_m / (M I_4m) over all bags x nets
 * networks (E_m its estimate on multiset m, G0 and I_4 constants), and its error is
 * sqrt(Var X / networks) with Var X = sum_{m, m'} Cov(E_m, E_m') / (M^2 I_4m I_4m'). The covariance
 * is the estimator's: for the plain one G^(8) on the union of the two multisets minus the product
 * of their G^(4); for the conditional one that of its Wick sums ({@link ConditionalMoments}).
 *
 * <p>Why: the bag spread misses the rare heavy networks at sigma_b = 1, and deciding from it which
 * points stand above their background let the noise decide whether a claim is tested.
 */
public final class CouplingError {
    /** Cov(E_i, E_j) of one network's estimates on the multisets with indices i and j of the integrals. */
    @FunctionalInterface
    public interface Covariance {
        double of(int i, int j);
    }

    private CouplingError() {
    }

    /** Var X of one network (see the class comment); the covariance is asked once per unordered pair. */
    public static double perNetworkVariance(Covariance cov, CouplingIntegrals integrals) {
        int count = integrals.count();
        double averaged = integrals.defined();
        double var = 0;
        for (int i = 0; i < count; i++) {
            if (integrals.cancels(i)) {
                continue;
            }
            for (int j = i; j < count; j++) {
                if (!integrals.cancels(j)) {
                    double w = 1 / (averaged * averaged * integrals.value(i) * integrals.value(j));
                    var += (i == j ? 1 : 2) * w * cov.of(i, j);
                }
            }
        }
        return Math.max(0, var);
    }

    /** The standard error of a mean of {@code networks} independent networks' X. */
    public static double stderr(double perNetworkVariance, long networks) {
        if (networks < 1) {
            throw new IllegalArgumentException("networks must be >= 1, got " + networks);
        }
        return Math.sqrt(perNetworkVariance / networks);
    }

    /**
     * The estimator's covariance on the integrals' multisets of {@code inputs}.
     *
     * @param exact       the plain estimator's theory at the run's width (orders up to 8 reached)
     * @param conditional the conditional estimator's at the same width, or null for the plain estimator
     */
    public static Covariance of(Estimator estimator, ExactMoments exact, ConditionalMoments conditional,
            CouplingIntegrals integrals, double[][] inputs) {
        return switch (estimator) {
            case CONDITIONAL -> (i, j) -> conditional.covariance(integrals.multiset(i), integrals.multiset(j));
            case PLAIN -> (i, j) -> {
                double[][] a = Multisets.points(integrals.multiset(i), inputs);
                double[][] b = Multisets.points(integrals.multiset(j), inputs);
                return exact.expectation(ProductError.union(a, b)) - exact.expectation(a) * exact.expectation(b);
            };
        };
    }
}

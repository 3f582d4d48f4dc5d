package org.nnqft.numerics.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.numerics.theory.ConditionalMoments;
import org.nnqft.numerics.theory.CouplingIntegrals;
import org.nnqft.numerics.theory.ExactMoments;

/**
 * The exact standard error of the mean u_4 against the spread of the bags' u_4 as {@link Couplings}
 * computes it, at ELS Figure 2's sigma_b = 0, where the products have light tails and a bag's u_4
 * (a mean of 1,000 networks) is close to normal. Then (B - 1) s^2 / sigma^2 is chi-square with B - 1
 * degrees of freedom, sigma the exact per-bag error: the test accepts between its 5e-5 and
 * 1 - 5e-5 quantiles (false alarm 1e-4 per comparison). This checks what the theory classes do not:
 * the weights 1 / (M I_4), the cross-multiset covariances, and the networks the error divides by.
 */
class CouplingErrorTest {
    private static final int BAGS = 100;
    private static final int NETS = 1000;

    @Test
    void conditionalEstimator() {
        double[] r = spreadOverExact(Estimator.CONDITIONAL, false);
        assertThat(r[0]).as("chi-square statistic, bounds %s..%s", r[1], r[2]).isBetween(r[1], r[2]);
    }

    @Test
    void plainEstimator() {
        double[] r = spreadOverExact(Estimator.PLAIN, false);
        assertThat(r[0]).as("chi-square statistic, bounds %s..%s", r[1], r[2]).isBetween(r[1], r[2]);
    }

    /**
     * The planted fault: the covariances between multisets left out (the diagonal only). At sigma_b = 0
     * they are of both signs and on balance negative (the fluctuations of kappa_4 partly cancel across
     * the multisets), so the diagonal alone overstates the error: the statistic falls below the bounds.
     */
    @Test
    void leavingOutTheCrossCovariancesIsRejected() {
        double[] r = spreadOverExact(Estimator.CONDITIONAL, true);
        assertThat(r[0] < r[1] || r[0] > r[2]).as("chi-square statistic %s outside %s..%s", r[0], r[1], r[2]).isTrue();
    }

    /** (B - 1) s^2 / sigma^2 with sigma the exact error of one bag's u_4, and the chi-square bounds. */
    private static double[] spreadOverExact(Estimator estimator, boolean diagonalOnly) {
        double sw = 3;
        int width = 10;
        ExperimentSpec spec = new SpecBuilder().arch(Architecture.GAUSS).dIn(1).sigmaW(sw).sigmaB(0).widths(width)
                .orders(2, 4).bags(BAGS).nets(NETS).seed(77).estimator(estimator).build();
        CouplingIntegrals integrals = Couplings.integrals(spec, null);
        CouplingResult measured = Couplings.of(Engine.run(spec, new ScalarBackend(), Progress.NONE), integrals).get(0);
        ExactMoments exact = ExactMoments.gauss(1, sw, 0, width);
        ConditionalMoments conditional = ConditionalMoments.gauss(1, sw, 0, width, spec.inputs());
        CouplingError.Covariance cov = CouplingError.of(estimator, exact, conditional, integrals, spec.inputs());
        CouplingError.Covariance used = diagonalOnly ? (i, j) -> i == j ? cov.of(i, j) : 0 : cov;
        double perBag = CouplingError.stderr(CouplingError.perNetworkVariance(used, integrals), NETS);
        // the error of the grand mean is the same quantity over all bags x nets networks
        double grand = CouplingError.stderr(CouplingError.perNetworkVariance(used, integrals), (long) BAGS * NETS);
        assertThat(grand * Math.sqrt(BAGS)).isEqualTo(perBag, org.assertj.core.api.Assertions.within(1e-12 * perBag));
        double stat = (BAGS - 1) * Math.pow(measured.std() / perBag, 2);
        ChiSquaredDistribution chi = new ChiSquaredDistribution(BAGS - 1);
        return new double[] {stat, chi.inverseCumulativeProbability(5e-5), chi.inverseCumulativeProbability(1 - 5e-5)};
    }
}

package org.nnqft.verification.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.analysis.Couplings;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.verification.Lab;
import org.nnqft.verification.Measurement;
import org.nnqft.verification.tiers.Tier;

/**
 * The bag values behind the median-of-bags level test are each bag's own u_4, as the analysis
 * computes it from those bags' sums alone (in pairs: a spread needs two); and the median test passes correct code and rejects a
 * level moved by eight bag standard deviations.
 */
class CouplingSeriesTest {
    private static final ExperimentSpec SPEC = new SpecBuilder().sigmaB(1).widths(10).orders(2, 4)
            .estimator(Estimator.CONDITIONAL).bags(6).nets(300).seed(11).build();

    @Test
    void bagValuesAreEachBagsOwnCoupling() {
        Lab lab = new Lab(Tier.FAST, new ScalarBackend(), Progress.NONE);
        CouplingSeries s = CouplingSeries.measure(lab, List.of(SPEC));
        Measurement m = lab.measure(SPEC);
        var integrals = Couplings.integrals(SPEC, null);
        var theory = m.theory().orElseThrow();
        // a spread needs two bags, so each pair of neighbouring bags is analysed alone: its u_4 is their values' average
        for (int b = 0; b < SPEC.bags(); b++) {
            int c = (b + 1) % SPEC.bags();
            MomentSums[] two = {m.sums().byWidthAndBag()[0][b], m.sums().byWidthAndBag()[0][c]};
            EnsembleSums pair = new EnsembleSums(SPEC, m.sums().layout(), new MomentSums[][] {two}, m.sums().timing());
            double direct = Couplings.of(pair, integrals, theory).get(0).mean();
            double fromValues = (s.bagValues()[0][b] + s.bagValues()[0][c]) / 2;
            assertThat(fromValues).as("bags %d, %d", b, c).isCloseTo(direct, within(1e-12 * Math.abs(direct)));
        }
    }

    @Test
    void theMedianTestRejectsALevelEightBagDeviationsOff() {
        Lab lab = new Lab(Tier.FAST, new ScalarBackend(), Progress.NONE);
        CouplingSeries s = CouplingSeries.measure(lab, List.of(SPEC));
        double bagSd = s.exactStderr()[0] * Math.sqrt(s.bags());
        double[] shifted = s.bagValues()[0].clone();
        for (int b = 0; b < shifted.length; b++) {
            shifted[b] += 8 * bagSd;
        }
        CouplingSeries moved = new CouplingSeries(s.sigmaW(), s.mean(), s.stderr(), s.exact(), s.exactStderr(),
                s.slopeJackknife(), new double[][] {shifted});
        assertThat(s.magnitudeMedianPValues()[0]).isGreaterThan(0.5);
        // 6 bags, Cantelli at d near 8 per bag: 2 P(Bin(6, 1/65) >= 3) is about 1.4e-4
        assertThat(moved.magnitudeMedianPValues()[0]).isLessThan(1e-3);
    }
}

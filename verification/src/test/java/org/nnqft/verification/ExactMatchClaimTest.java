package org.nnqft.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.analysis.Analysis;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * The claims pass on the real ensemble and fail on planted faults. Family-wise false-alarm rate
 * 1e-4 per claim; the seeds are fixed, so a pass is reproducible.
 */
class ExactMatchClaimTest {
    private static final double ALPHA = 1e-4;

    private static List<OrderResult> run(ExperimentSpec spec, Backend backend) {
        return Analysis.of(Engine.run(spec, backend, Progress.NONE));
    }

    private static SpecBuilder spec() {
        return new SpecBuilder().widths(50, 100).orders(1, 2, 3, 4).bags(20).nets(4000).seed(21);
    }

    @Test
    void passesOnTheRealEnsemble() {
        List<OrderResult> rs = run(spec().build(), new ScalarBackend());
        for (int order = 1; order <= 4; order++) {
            ClaimResult c = ExactMatchClaim.check("order " + order, rs, order, 20, ALPHA);
            assertThat(c.verdict()).as(c.toString()).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void m4FailsWhenTheOutputWeightsLoseTheirOneOverN() {
        // Planted fault: W1 ~ N(0, sigma_W^2) instead of N(0, sigma_W^2 / N), i.e. outputs
        // scaled by sqrt(N) with the bias left alone.
        List<OrderResult> rs = run(spec().build(), faulty());
        assertThat(ExactMatchClaim.check("m4", rs, 4, 20, ALPHA).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(ExactMatchClaim.check("m2", rs, 2, 20, ALPHA).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void oddOrdersFailWithANonZeroWeightMean() {
        // Planted fault: a non-zero weight mean breaks f -> -f; the claim compares with 0.
        List<OrderResult> rs = run(spec().muW(0.05).build(), new ScalarBackend());
        double[] t = rs.stream().filter(r -> r.order() == 1).flatMap(r -> r.multisets().stream())
                .mapToDouble(m -> m.mean() / m.stderr()).toArray();
        assertThat(FamilyTest.of(t, 19, ALPHA).passes()).isFalse();
    }

    @Test
    void familyTestControlsItsRate() {
        // Under H0 with independent t_19 statistics the family rejects with probability <= alpha:
        // 2000 families of 50 would show ~0.2 rejections at alpha = 1e-4; allow at most 3
        // (Poisson(0.2) exceeds 3 with probability 6e-5).
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        int rejections = 0;
        for (int f = 0; f < 2000; f++) {
            double[] t = new double[50];
            for (int i = 0; i < t.length; i++) {
                double z = rng.nextGaussian();
                double chi2 = 0;
                for (int d = 0; d < 19; d++) {
                    double g = rng.nextGaussian();
                    chi2 += g * g;
                }
                t[i] = z / Math.sqrt(chi2 / 19);
            }
            rejections += FamilyTest.of(t, 19, ALPHA).passes() ? 0 : 1;
        }
        assertThat(rejections).isLessThanOrEqualTo(3);
        assertThat(FamilyTest.of(new double[] {0.1, 9.0, -0.5}, 19, ALPHA).rejected()).isEqualTo(1);
    }

    /** The scalar backend with W1's variance not divided by N (a test-only decorator). */
    private static Backend faulty() {
        return new Backend() {
            @Override
            public String name() {
                return "faulty-w1-variance";
            }

            @Override
            public BlockRunner runner(Ensemble e) {
                return (block, into) -> {
                    // scaling sigma_W by sqrt(N) scales W1's variance by N (and W0's, which only
                    // moves the gauss-net's pre-activations: also a fault the claim must catch)
                    Ensemble wrong = new Ensemble(e.arch(), e.dIn(), e.sigmaW() * Math.sqrt(block.width()),
                            e.sigmaB(), e.muW(), e.muB(), e.inputs(), e.seed(), e.estimator(), e.precision(), e.layout());
                    new ScalarBackend().runner(wrong).run(block, into);
                };
            }
        };
    }
}

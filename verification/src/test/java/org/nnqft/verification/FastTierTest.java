package org.nnqft.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.verification.claims.Claim;
import org.nnqft.verification.claims.Claims;
import org.nnqft.verification.tiers.Tier;

/** The harness CI runs: every claim of the fast tier passes on the real ensemble. */
class FastTierTest {
    private static final java.util.Set<String> NOISE_DOMINATED = java.util.Set.of("m4-figure1-as-published", "figure2-plain");
    /**
     * u_4 has no exact standard error, so the flow's predicted S/B is the exact u_4 over the measured bag spread
     * (CouplingSeries.predictedAbove): at d_in = 3 it lies near the threshold, and whether the slope is tested
     * depends on the draw (INCONCLUSIVE with the old stream, PASS with Philox). Either is correct code; FAIL is not.
     */
    private static final String SPREAD_PREDICTED = "flow-exponent";

    @Test
    void everyClaimPasses() {
        Lab lab = new Lab(Tier.FAST, Backends.select("simd", Precision.DOUBLE).backend(), Progress.NONE);
        for (Claim c : Claims.all()) {
            long t0 = System.nanoTime();
            ClaimResult r = c.check(lab);
            System.out.printf("%-14s %-12s %6.1fs %s | %s | %s%n", c.name(), r.verdict(), (System.nanoTime() - t0) / 1e9,
                    r.measured(), r.expected(), r.evidence());
            // Figures 1 and 2 as published are noise-dominated at this size (ScalingClaim, FigureTwoClaim): theory
            // predicts it, so a pass there would itself be a fault
            if (c.name().equals(SPREAD_PREDICTED)) {
                assertThat(r.verdict()).as(r.toString()).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
                continue;
            }
            Verdict expected = NOISE_DOMINATED.contains(c.name()) ? Verdict.INCONCLUSIVE : Verdict.PASS;
            assertThat(r.verdict()).as(r.toString()).isEqualTo(expected);
        }
    }
}

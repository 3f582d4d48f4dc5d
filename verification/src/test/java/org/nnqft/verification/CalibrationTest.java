package org.nnqft.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.analysis.Analysis;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.verification.FaultyBackend.Fault;
import org.nnqft.verification.bands.Bands;
import org.nnqft.verification.claims.FigureTwoClaim;
import org.nnqft.verification.tiers.Tier;

/**
 * Calibration in CI, kept small: ELS Figure 2's conditional claim (the cheapest, about a second a
 * seed) on {@value #SEEDS} calibration seeds. Across seeds each member's p-value is independent and
 * uniform under correct code, so an exact KS test per member holds its level: two members at
 * {@value #KS_LEVEL} each make a false-alarm rate of at most 1e-3 for the uniformity check, and more
 * than one FAIL in {@value #SEEDS} runs at the family-wise rate 1e-4 has probability below 2e-6.
 * The same check on a planted fault must reject.
 */
class CalibrationTest {
    private static final int SEEDS = 20;
    private static final double KS_LEVEL = 5e-4;

    @Test
    void figureTwoConditionalHoldsItsRateOverSeeds() {
        Outcome o = run(Backends.select("simd", Precision.DOUBLE).backend(), SEEDS);
        assertThat(o.fails).isLessThanOrEqualTo(1);
        for (int member = 0; member < 2; member++) {
            assertThat(ks(o.p[member])).as("member %d: %s", member, java.util.Arrays.toString(o.p[member]))
                    .isGreaterThanOrEqualTo(KS_LEVEL);
        }
    }

    @Test
    void theUniformityCheckRejectsAPlantedFault() {
        // 12 seeds whose p-values are all near 0 give an exact KS p of 2 x 12! / 12^12 = 1.1e-4 < KS_LEVEL
        Outcome o = run(new FaultyBackend(Fault.CONDITIONAL_ONE_OVER_N_DROPPED), 12);
        assertThat(o.fails).isEqualTo(12);
        assertThat(ks(o.p[0])).isLessThan(KS_LEVEL);
    }

    @Test
    void aRowFindsUniformPValuesUniformAndSkewedOnesNot() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] uniform = new double[5000];
        double[] skewed = new double[5000];
        for (int i = 0; i < uniform.length; i++) {
            uniform[i] = rng.nextDouble();
            // what an anti-conservative test gives: too many small p-values
            skewed[i] = uniform[i] * uniform[i];
        }
        Calibration.Row u = Calibration.row("u", 1, List.of(), 0, uniform);
        // binomial(5000, 0.01): mean 50; its 99.9% interval is about [29, 74]
        assertThat(u.low()).isBetween(25, 35);
        assertThat(u.high()).isBetween(68, 78);
        assertThat(u.uniform(1e-3)).as(u.toString()).isTrue();
        Calibration.Row s = Calibration.row("s", 1, List.of(), 0, skewed);
        assertThat(s.uniform(1e-3)).as(s.toString()).isFalse();
        assertThat(s.rejected()).isGreaterThan(s.high());
    }

    @Test
    void fewerThanTwoMembersHaveNoKsTestWithTheReasonAndAreNotCalledUniform() {
        Calibration.Row one = Calibration.row("one", 1, List.of(), 0, new double[] {0.5});
        assertThat(one.ksP()).isNull();
        assertThat(one.ksNote()).contains("one member");
        assertThat(one.uniform(1e-3)).isFalse();
        assertThat(one.markdown()).contains("| one | 1 | 0 | 0 | 1 | n/a (one member p-value");
        Calibration.Row none = Calibration.row("none", 1, List.of(), 1, new double[0]);
        assertThat(none.ksP()).isNull();
        assertThat(none.ksNote()).isEqualTo("no member p-values");
        assertThat(none.uniform(1e-3)).isFalse();
    }

    @Test
    void everyFalseAlarmIsKeptWithItsSeedAndEvidence() {
        Lab first = new Lab(Tier.calibration(0), new FaultyBackend(Fault.CONDITIONAL_ONE_OVER_N_DROPPED), Analysis::of,
                Progress.NONE, Bands.standard());
        Calibration.Row row = Calibration.run(List.of(new FigureTwoClaim(Estimator.CONDITIONAL)), 3, Tier::calibration,
                first::withPlan, done -> { }).get(0);
        assertThat(row.failures()).isEqualTo(3);
        assertThat(row.alarms()).extracting(Calibration.Alarm::seed).containsExactly(0, 1, 2);
        assertThat(row.alarms()).allSatisfy(a -> {
            assertThat(a.minP()).isLessThan(Bands.standard().alpha());
            assertThat(a.line(row.claim())).contains("figure2-conditional FAILED at seed r = " + a.seed()).contains(a.evidence());
        });
    }

    private record Outcome(int fails, double[][] p) {
    }

    private static Outcome run(Backend backend, int seeds) {
        FigureTwoClaim claim = new FigureTwoClaim(Estimator.CONDITIONAL);
        Lab first = new Lab(Tier.calibration(0), backend, Analysis::of, Progress.NONE, Bands.standard());
        int fails = 0;
        double[][] p = new double[2][seeds];
        for (int r = 0; r < seeds; r++) {
            ClaimResult result = claim.check(first.withPlan(Tier.calibration(r)));
            fails += result.verdict() == Verdict.FAIL ? 1 : 0;
            double[] members = result.pValues();
            for (int m = 0; m < members.length; m++) {
                p[m][r] = members[m];
            }
        }
        return new Outcome(fails, p);
    }

    private static double ks(double[] p) {
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), p, true);
    }
}

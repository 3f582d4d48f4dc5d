package org.nnqft.verification.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nnqft.numerics.analysis.MultisetResult;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.analysis.PowerLawFit;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.verification.ClaimResult;
import org.nnqft.verification.Lab;
import org.nnqft.verification.Measurement;
import org.nnqft.verification.Verdict;
import org.nnqft.verification.tiers.Plan;

/**
 * Claim 4: the slope of log|mean m_4| on log N is -1, and the slope of
 * log|mean m_6| is the slope the exact curve a/N + b/N^2 has over the same widths (not -1: b is far
 * larger than a there, THEORY.md 4). Fitted only over widths whose signal stands above its
 * background, with the Gauss-net's exact errors ({@link ExactErrors}); two slope tests, each at
 * half the family-wise rate.
 *
 * <p>Why two experiments: in ELS Figure 1's own setting (sigma_b = 1) the exact standard error of
 * mean m_4 exceeds the signal at every published width (at N = 100, 0.49 against 0.134 for 20 x
 * 4000 networks; the 8-point cumulant carries H_8 ~ exp(24 sigma_b^2) / N^3). The bag spread misses
 * the rare networks behind that error and looks 20x smaller, which is why the published plots
 * seem to show the law. So the claim is tested at sigma_b = 0.3, where it can be, and Figure 1's
 * setting is reported with its honest signal-to-background: inconclusive, not passed.
 */
public final class ScalingClaim implements Claim {
    private final String name;
    private final Function<Plan, ExperimentSpec> experiment;

    private ScalingClaim(String name, Function<Plan, ExperimentSpec> experiment) {
        this.name = name;
        this.experiment = experiment;
    }

    /** Claim 4, where the data can decide it. */
    public static ScalingClaim tested() {
        return new ScalingClaim("m4-one-over-n", Plan::scalingRun);
    }

    /** Claim 4 in ELS Figure 1's published setting. */
    public static ScalingClaim figureOne() {
        return new ScalingClaim("m4-figure1-as-published", Plan::figureOne);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ClaimResult check(Lab lab) {
        Measurement m = lab.measure(experiment.apply(lab.plan()));
        double minSb = lab.bands().value("minSignalToBackground");
        int minPoints = (int) lab.bands().value("minFitPoints");
        double z = lab.bands().z(2);
        Series s4 = series(m, 4);
        Series s6 = series(m, 6);
        PowerLawFit f4 = PowerLawFit.of(s4.n, s4.value, s4.se, minSb);
        PowerLawFit f6 = PowerLawFit.of(s6.n, s6.value, s6.se, minSb);
        double expected4 = lab.bands().value("m4Slope");
        String measured = String.format("m4 slope %s; m6 slope %s", show(f4), show(f6));
        String words = "m_4 = O(1/N); m_6 follows its exact a/N + b/N^2 (" + m.label() + ")";
        String statistic = "weighted slope of log|mean m_n| on log N, points with S/B >= " + minSb;
        if (f4.count() < minPoints || f6.count() < minPoints) {
            return new ClaimResult(words, statistic, "at least " + minPoints + " widths above background", measured,
                    Verdict.INCONCLUSIVE, String.format("noise-dominated: widths above background m4 %d, m6 %d of %d;"
                            + " best S/B m4 %.1f, m6 %.1f (exact errors; the bag spread would claim %.1f and %.1f)",
                            f4.count(), f6.count(), s4.n.length, s4.bestRatio(), s6.bestRatio(), s4.bestBagRatio(),
                            s6.bestBagRatio()));
        }
        double exact6 = f6.slopeOf(s6.n, s6.exact, s6.se);
        boolean ok4 = Math.abs(f4.slope() - expected4) <= z * f4.slopeStderr();
        boolean ok6 = Math.abs(f6.slope() - exact6) <= z * f6.slopeStderr();
        String expected = String.format("m4: %.2f +- %.2f; m6: exact-curve slope %.3f +- %.2f", expected4,
                z * f4.slopeStderr(), exact6, z * f6.slopeStderr());
        String evidence = String.format("%s; widths used m4 %d/%d, m6 %d/%d; chi2 m4 %.1f, m6 %.1f; band %.2f se",
                m.label(), f4.count(), s4.n.length, f6.count(), s6.n.length, f4.chiSquare(), f6.chiSquare(), z);
        return new ClaimResult(words, statistic, expected, measured, ok4 && ok6 ? Verdict.PASS : Verdict.FAIL, evidence);
    }

    private static String show(PowerLawFit f) {
        return f.fitted() ? String.format("%.3f +- %.3f (%d widths)", f.slope(), f.slopeStderr(), f.count()) : "none";
    }

    private record Series(double[] n, double[] value, double[] se, double[] exact, double[] bagSe) {
        double bestRatio() {
            return best(se);
        }

        double bestBagRatio() {
            return best(bagSe);
        }

        private double best(double[] err) {
            double b = 0;
            for (int i = 0; i < n.length; i++) {
                b = Math.max(b, Math.abs(value[i]) / err[i]);
            }
            return b;
        }
    }

    private static Series series(Measurement m, int order) {
        List<OrderResult> rs = m.order(order);
        int w = rs.size();
        double[] n = new double[w];
        double[] value = new double[w];
        double[] se = new double[w];
        double[] exact = new double[w];
        double[] bagSe = new double[w];
        for (int i = 0; i < w; i++) {
            OrderResult r = rs.get(i);
            ExactMoments theory = m.exact(r.width()).orElseThrow(
                    () -> new IllegalStateException("the scaling claim needs the exact theory of " + m.label()));
            List<double[][]> points = new ArrayList<>();
            double[] g0 = new double[r.multisets().size()];
            for (int j = 0; j < g0.length; j++) {
                MultisetResult ms = r.multisets().get(j);
                points.add(m.points(ms.points()));
                g0[j] = ms.g0();
            }
            n[i] = r.width();
            value[i] = r.meanM().value();
            exact[i] = r.meanM().exact();
            se[i] = ExactErrors.ofAverageM(theory, points, g0, m.networks());
            bagSe[i] = r.meanM().stderr();
        }
        return new Series(n, value, se, exact, bagSe);
    }
}

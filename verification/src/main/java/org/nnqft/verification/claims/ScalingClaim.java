package org.nnqft.verification.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.nnqft.numerics.analysis.Analysis;
import org.nnqft.numerics.analysis.MultisetResult;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.math.stats.PowerLawFit;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.verification.ClaimResult;
import org.nnqft.verification.FamilyTest;
import org.nnqft.verification.Lab;
import org.nnqft.verification.Measurement;
import org.nnqft.verification.Verdict;
import org.nnqft.verification.tiers.Plan;

/**
 * Claim 4: the slope of log|mean m_4| on log N is -1, and the slope of
 * log|mean m_6| is the slope the exact curve a/N + b/N^2 has over the same widths (not -1: b is far
 * larger than a there, docs/theory.md 4). Fitted only over widths whose signal stands above its
 * background as the exact theory predicts it (exact mean over exact error, not the observed ratio),
 * with the Gauss-net's exact errors ({@link ExactErrors}). Beside the slopes, mean m_4 must equal
 * its exact value at every width in magnitude (a chi-square over the widths, which hold
 * independent networks): a slope is blind to a wrong level. m_6 is tested in magnitude too, at
 * every width theory predicts above background, by the median of its bag values
 * ({@link MedianOfMeansBound}), not by its slope: over 1000 calibration seeds a normal test of the
 * m_6 slope on exact errors false-alarmed 3 times at a stated 1e-4 (0.1 expected); in two of them
 * the best width's mean m_6 sat 7 and 10 exact standard errors above its exact value, carried by
 * rare networks (heavy tails, so the normal reference fails far out; the median of 20 bags ignores
 * a few networks).
 * The m_4 slope (normal: its errors are exact), the m_4 chi-square and the m_6 medians are one
 * family, Holm at the family-wise rate; the medians' p-values are bounds, so they are left out of
 * the calibrated members. Where theory predicts too few widths above background, only the m_4
 * chi-square is tested, and a pass of it is INCONCLUSIVE, a failure FAIL.
 *
 * <p>Why two experiments: in ELS Figure 1's own setting (sigma_b = 1) the exact standard error of
 * mean m_4 exceeds the signal at every published width (at N = 100, 0.49 against 0.134 for 20 x
 * 4000 networks; the 8-point cumulant carries H_8 ~ exp(24 sigma_b^2) / N^3). The bag spread misses
 * the rare networks behind that error and looks 20x smaller, which is why the published plots
 * seem to show the law. So the claim is tested at sigma_b = 0.3, where it can be, and Figure 1's
 * setting is reported with its honest signal-to-background: inconclusive, not passed.
 */
public final class ScalingClaim implements Claim {
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private final String name;
    private final Function<Plan, ExperimentSpec> experiment;
    private final boolean heavyTails;

    private ScalingClaim(String name, Function<Plan, ExperimentSpec> experiment, boolean heavyTails) {
        this.name = name;
        this.experiment = experiment;
        this.heavyTails = heavyTails;
    }

    /** Claim 4, where the data can decide it. */
    public static ScalingClaim tested() {
        return new ScalingClaim("m4-one-over-n", Plan::scalingRun, false);
    }

    /**
     * Claim 4 in ELS Figure 1's published setting. There m_4's level is tested by the median of its
     * bag values at every width ({@link MedianOfMeansBound}), not by the chi-square: the normal
     * reference of a mean whose variance rare networks carry is wrong far out (over 100 calibration
     * seeds the chi-square's p-values sat near 1, KS p 0, while m_6's normal test at sigma_b = 0.3
     * false-alarmed in the tail), and the bound holds for any distribution.
     */
    public static ScalingClaim figureOne() {
        return new ScalingClaim("m4-figure1-as-published", Plan::figureOne, true);
    }

    @Override
    public boolean pValuesAreBounds() {
        return heavyTails;
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
        Series s4 = series(m, 4);
        Series s6 = series(m, 6);
        // the widths a fit uses are the theory's choice (exact mean over exact error), made before the data are seen
        Series p4 = s4.predictedAbove(minSb);
        Series p6 = s6.predictedAbove(minSb);
        double chi2 = s4.chiSquare();
        double magnitudeP = 1 - new ChiSquaredDistribution(s4.n.length).cumulativeProbability(chi2);
        String words = "m_4 = O(1/N) and equals its exact curve; m_6 follows its exact a/N + b/N^2 (" + m.label() + ")";
        String statistic = "weighted slope of log|mean m_n| on log N over the widths theory predicts with S/B >= " + minSb
                + "; chi-square of mean m_4 - exact over every width";
        String magnitude = String.format("m4 = exact: chi2 %.1f over %d widths (p %.2g)", chi2, s4.n.length, magnitudeP);
        String predicted = String.format("predicted S/B >= %.0f at m4 %d, m6 %d of %d widths (best predicted m4 %.1f, m6 %.1f;"
                + " observed with exact errors m4 %.1f, m6 %.1f; the bag spread would claim %.1f and %.1f)", minSb, p4.n.length,
                p6.n.length, s4.n.length, s4.bestPredicted(), s6.bestPredicted(), s4.bestRatio(), s6.bestRatio(),
                s4.bestBagRatio(), s6.bestBagRatio());
        // the level: the chi-square where the exact error's normal reference holds, else the bag medians (bounds)
        double[] level = heavyTails ? medianPValues(s4) : new double[] {magnitudeP};
        if (heavyTails) {
            magnitude = String.format("m4 = exact by bag medians: min p %.2g over %d widths (chi2 %.1f, reported)",
                    Arrays.stream(level).min().orElse(Double.NaN), level.length, chi2);
        }
        if (p4.n.length < minPoints || p6.n.length < minPoints) {
            FamilyTest family = FamilyTest.ofPValues(level, heavyTails ? worstMedian(s4) : Math.sqrt(chi2),
                    lab.bands().alpha());
            Verdict v = family.passes() ? Verdict.INCONCLUSIVE : Verdict.FAIL;
            return new ClaimResult(words, statistic, "m4 = exact at every width (" + (heavyTails ? "median of bags, a bound"
                    : "chi-square") + ", Holm at " + lab.bands().alpha() + "); slopes need " + minPoints
                    + " widths predicted above background", magnitude, v,
                    (v == Verdict.INCONCLUSIVE ? "slopes untested, theory predicts the signal below background: " : "")
                            + predicted, level);
        }
        PowerLawFit f4 = PowerLawFit.of(p4.n, p4.value, p4.se, 0);
        PowerLawFit f6 = PowerLawFit.of(p6.n, p6.value, p6.se, 0);
        double expected4 = lab.bands().value("m4Slope");
        double exact6 = f6.slopeOf(p6.n, p6.exact, p6.se);
        double z4 = (f4.slope() - expected4) / f4.slopeStderr();
        // the m4 slope's error comes from the exact errors of its points: normal, not Student-t
        double[] p = Members.append(level, FamilyTest.twoSided(z4, NORMAL));
        double[] medians = medianPValues(p6);
        double[] all = Members.append(p, medians);
        FamilyTest family = FamilyTest.ofPValues(all, Math.abs(z4), lab.bands().alpha());
        double z = lab.bands().z(all.length);
        String measured = String.format("m4 slope %s; m6 slope %s (reported, not tested); %s; m6 = exact by bag medians:"
                + " min p %.2g over %d widths", show(f4), show(f6), magnitude,
                Arrays.stream(medians).min().orElse(Double.NaN), medians.length);
        String expected = String.format("m4: %.2f +- %.2f; m4 = exact (%.2f se bands); m6 = exact at every width predicted"
                + " above background (median of bags, a bound); m6 exact-curve slope %.3f; Holm over %d", expected4,
                z * f4.slopeStderr(), z, exact6, all.length);
        String evidence = String.format("%s; %s; fit chi2 m4 %.1f, m6 %.1f; Holm rejects %d, min p %.2g", m.label(), predicted,
                f4.chiSquare(), f6.chiSquare(), family.rejected(), family.minP());
        return new ClaimResult(words, statistic, expected, measured, family.passes() ? Verdict.PASS : Verdict.FAIL, evidence, p);
    }

    private static String show(PowerLawFit f) {
        return f.fitted() ? String.format("%.3f +- %.3f (%d widths)", f.slope(), f.slopeStderr(), f.count()) : "none";
    }

    /** Per width: mean m, its exact error, exact value, bag error and the bag values, over {@code bags} bags. */
    private record Series(double[] n, double[] value, double[] se, double[] exact, double[] bagSe, double[][] bagValues,
            int bags) {
        /** One bag value's exact sd per width: the grand mean's exact error times sqrt(bags). */
        double[] bagSd() {
            double root = Math.sqrt(bags);
            return Arrays.stream(se).map(e -> e * root).toArray();
        }

        /** The widths where |exact| >= threshold x exact error. */
        Series predictedAbove(double threshold) {
            boolean[] keep = new boolean[n.length];
            int k = 0;
            for (int i = 0; i < n.length; i++) {
                keep[i] = Math.abs(exact[i]) >= threshold * se[i];
                k += keep[i] ? 1 : 0;
            }
            double[][] out = new double[5][k];
            double[][] values = new double[k][];
            for (int i = 0, j = 0; i < n.length; i++) {
                if (keep[i]) {
                    out[0][j] = n[i];
                    out[1][j] = value[i];
                    out[2][j] = se[i];
                    out[3][j] = exact[i];
                    out[4][j] = bagSe[i];
                    values[j] = bagValues[i];
                    j++;
                }
            }
            return new Series(out[0], out[1], out[2], out[3], out[4], values, bags);
        }

        /** Sum over widths of ((mean - exact) / exact error)^2: the widths' networks are independent. */
        double chiSquare() {
            double c = 0;
            for (int i = 0; i < n.length; i++) {
                double z = (value[i] - exact[i]) / se[i];
                c += z * z;
            }
            return c;
        }

        double bestPredicted() {
            double b = 0;
            for (int i = 0; i < n.length; i++) {
                b = Math.max(b, Math.abs(exact[i]) / se[i]);
            }
            return b;
        }

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
        double[][] bagValues = new double[w][];
        for (int i = 0; i < w; i++) {
            OrderResult r = rs.get(i);
            if (m.exact(r.width()).isEmpty()) {
                throw new IllegalStateException("the scaling claim needs the exact theory of " + m.label());
            }
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
            se[i] = ExactErrors.ofAverageM(ExactErrors.memoised(m, r.width()), points, g0, m.networks());
            bagSe[i] = r.meanM().stderr();
            bagValues[i] = Analysis.bagMeanM(r.multisets(), m.bags(r.width()), m.sums().layout().offset(order));
        }
        return new Series(n, value, se, exact, bagSe, bagValues, m.spec().bags());
    }

    /** The largest median distance from exact over the series' widths, in bag standard deviations. */
    private static double worstMedian(Series s) {
        return MedianOfMeansBound.worst(s.bagValues, s.exact, s.bagSd());
    }

    /** The median-of-bags bound's p-value of mean m = exact at every width of the series. */
    private static double[] medianPValues(Series s) {
        return MedianOfMeansBound.pValues(s.bagValues, s.exact, s.bagSd());
    }
}

package org.nnqft.verification.claims;

import org.nnqft.verification.ClaimResult;
import org.nnqft.verification.FamilyTest;
import org.nnqft.verification.Lab;
import org.nnqft.verification.Verdict;

/**
 * Claim 5, the flow exponent (ELS Eq. 13): at sigma_b = 1 the slope of log|u_4| on log sigma_W
 * is d_in - 4 for d_in = 1, 2, 3, measured with the conditional estimator. The paper writes the
 * flow as (4 - d_in) u_4; with u_4 negative and |u_4| ~ sigma_W^-(4 - d_in), the slope the
 * authors' own fitting code tests is d_in - 4 (docs/theory.md 5).
 *
 * <p>Each d_in gives a magnitude family (every sigma_W's u_4 equals its exact value, as in
 * {@link FigureTwoClaim}: a slope is blind to a wrong level, e.g. the conditional estimator's 1/N
 * dropped moves u_4 118-fold at N = 10 and the slopes by 0.01). At sigma_b = 1 the bag spread
 * misses the heavy tail that carries u_4 (on correct code mean u_4 was found 0.5 to 5.3 times its
 * exact value at a claimed S/B of 5 to 8; the exact standard error is 30 to 60 times the bag
 * spread), so no Student-t or normal reference holds for the level: it is tested by the median of
 * the bags' u_4 against the exact value in units of one bag's exact standard deviation
 * ({@link MedianOfMeansBound}), a p-value bound at every tail for any distribution. Two slope
 * tests join it where theory predicts the signal above background: against the exact theory's
 * slope over the same sigma_W, and against d_in - 4 with the stated allowance for the exact curve's
 * departure from pure scaling, both Student-t with bags - 1 degrees of freedom on a jackknife over
 * bags ({@link CouplingSeries}). All are one family, Holm at the family-wise rate. A d_in's slopes
 * are tested only where the theory predicts at least minFitPoints sigma_W above background, |exact
 * u_4| over its exact standard error at this sample size ({@link ExactCouplingErrors}; docs/theory.md
 * 6), so whether a d_in is tested is the same on every seed; u_4 must be negative there. At the
 * fast and paper tiers' sizes that prediction is 0.2 to 0.8 at every d_in and sigma_W: the claim is
 * then INCONCLUSIVE on every seed, with only its magnitude family tested.
 *
 * <p>The calibrated members are one median p-value per d_in (the middle sigma_W: a sweep's points
 * share their networks and move together) and the slopes against the exact one where tested. The
 * medians are bounds, so calibration checks the claim one-sided ({@link #pValuesAreBounds()}); an
 * exact p-value satisfies the one-sided promise too.
 */
public final class FlowExponentClaim implements Claim {
    @Override
    public String name() {
        return "flow-exponent";
    }

    @Override
    public ClaimResult check(Lab lab) {
        double allowance = lab.bands().value("flowScalingAllowance");
        double minSb = lab.bands().value("minSignalToBackground");
        int minPoints = (int) lab.bands().value("minFitPoints");
        CouplingSeries[] series = new CouplingSeries[3];
        boolean[] tested = new boolean[3];
        double[] calibrated = {};
        double[] all = {};
        double worst = 0;
        for (int d = 0; d < 3; d++) {
            CouplingSeries s = CouplingSeries.measure(lab, lab.plan().flowRuns(d + 1));
            series[d] = s;
            tested[d] = s.predictedAbove(minSb) >= minPoints;
            double[] medians = s.magnitudeMedianPValues();
            all = Members.append(all, medians);
            calibrated = Members.append(calibrated, medians[medians.length / 2]);
            worst = Math.max(worst, s.worstMedianDistance());
            if (tested[d]) {
                double slopeP = s.slopePValue(s.exactSlope());
                calibrated = Members.append(calibrated, slopeP);
                all = Members.append(all, slopeP);
                // composite null (within the allowance of d_in - 4): conservative, left out of calibration
                double outside = Math.max(0, Math.abs(s.slope() - (d + 1 - 4)) - allowance) / s.slopeStderr();
                all = Members.append(all, FamilyTest.twoSided(outside, s.reference()));
            }
        }
        FamilyTest family = FamilyTest.ofPValues(all, worst, lab.bands().alpha());
        double band = lab.bands().t(all.length, series[0].bags() - 1);
        StringBuilder measured = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        StringBuilder evidence = new StringBuilder(String.format("convention: slope of log|u_4| on log sigma_W, predicted"
                + " d_in - 4 (the paper's flow exponent 4 - d_in is its magnitude); jackknife over bags; Holm over %d members"
                + " (levels = exact by the median of bags, a bound; slopes Student-t %d dof, first band %.2f se) rejects %d,"
                + " worst median %.2f bag sd from exact, min p %.2g", all.length, series[0].bags() - 1, band, family.rejected(),
                worst, family.minP()));
        boolean signs = true;
        boolean untested = false;
        for (int d = 0; d < 3; d++) {
            CouplingSeries s = series[d];
            String sep = d > 0 ? "; " : "";
            measured.append(String.format("%sd_in=%d: %.3f +- %.3f", sep, d + 1, s.slope(), s.slopeStderr()));
            expected.append(String.format("%sd_in=%d: %d (exact %.3f)", sep, d + 1, d + 1 - 4, s.exactSlope()));
            evidence.append(String.format("; d_in=%d: %d sigma_W in %.0f..%.0f, predicted S/B (|exact u_4| / exact stderr)"
                    + " >= %.0f at %d (best %.2f), exact stderr / bag stderr %.1f..%.1f, observed median S/B (bag spread) %.1f,"
                    + " background's slope %.2f, mean u_4 / exact %.2f..%.2f", d + 1, s.sigmaW().length, s.sigmaW()[0],
                    s.sigmaW()[s.sigmaW().length - 1], minSb, s.predictedAbove(minSb), s.bestPredicted(),
                    s.errorRatioRange()[0], s.errorRatioRange()[1], s.medianSignalToBackground(),
                    s.backgroundSlope(), s.ratioRange()[0], s.ratioRange()[1]));
            if (!tested[d]) {
                untested = true;
                evidence.append(" [slope untested: theory predicts too few sigma_W above background]");
            } else if (!s.negativeWherePredicted(minSb)) {
                signs = false;
                evidence.append(" [u_4 not negative]");
            }
        }
        Verdict verdict = !family.passes() || !signs ? Verdict.FAIL : untested ? Verdict.INCONCLUSIVE : Verdict.PASS;
        return new ClaimResult("flow exponent: |u_4| ~ sigma_W^-(4 - d_in) at sigma_b = 1, u_4 < 0 (conditional estimator)",
                "least-squares slope of log|mean u_4| on log sigma_W; mean u_4 - exact per sigma_W", expected.toString(),
                measured.toString(), verdict, evidence.toString(), calibrated);
    }

    @Override
    public boolean pValuesAreBounds() {
        return true;
    }
}

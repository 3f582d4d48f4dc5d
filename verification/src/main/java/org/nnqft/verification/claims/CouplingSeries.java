package org.nnqft.verification.claims;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;
import org.nnqft.numerics.analysis.CouplingResult;
import org.nnqft.numerics.analysis.Couplings;
import org.nnqft.numerics.math.stats.PowerLawFit;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.theory.CouplingIntegrals;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.verification.FamilyTest;
import org.nnqft.verification.Lab;
import org.nnqft.verification.Measurement;

/**
 * Mean u_4 against sigma_W at one width: one run per sigma_W, all with the same seed, so every
 * point is computed from the same networks' standard normals.
 *
 * <p>Why the slope's error is a jackknife over bags: sharing the networks makes the points' errors
 * strongly correlated. At sigma_b = 1 a rare network with a large b0 can lift one bag's u_4 several
 * fold at every sigma_W at once (seen in the fast tier at d_in = 3: mean u_4 3.6 times its exact
 * value at all seven sigma_W, with a bag spread to match); that moves the level but hardly the
 * slope. A fit that treated the points as independent would call them noise-dominated; leaving one
 * bag out at a time and refitting measures the slope's own spread, outliers included.
 *
 * <p>Two errors per point: {@code stderr}, the bag spread's, which the members' Student-t tests use
 * (they are about this sample), and {@code exactStderr}, the exact theory's standard error of the
 * mean u_4 at this sample size ({@link ExactCouplingErrors}), which alone decides where the signal
 * is predicted above its background: the decision to test or call a claim inconclusive is then the
 * theory's, the same on every seed.
 *
 * @param stderr         bag standard deviation of the bags' u_4 over sqrt(bags)
 * @param exactStderr    the exact standard error of mean u_4 over bags x nets networks
 * @param slopeJackknife the slope refitted with each bag left out in turn
 * @param bagValues      per sigma_W, every bag's own u_4 (a mean over that bag's networks: u_4 is linear in the sums)
 */
record CouplingSeries(double[] sigmaW, double[] mean, double[] stderr, double[] exact, double[] exactStderr,
        double[] slopeJackknife, double[][] bagValues) {

    /** Bags behind every point and the jackknife: the statistics below are Student-t with bags - 1 degrees of freedom. */
    int bags() {
        return slopeJackknife.length;
    }

    TDistribution reference() {
        return new TDistribution(bags() - 1);
    }

    /** Two-sided p-value of "the measured slope equals {@code expected}", Student-t on the jackknife error. */
    double slopePValue(double expected) {
        return FamilyTest.twoSided((slope() - expected) / slopeStderr(), reference());
    }

    /**
     * The magnitude family: at every sigma_W, t = (mean u_4 - exact) / bag stderr. A wrong level
     * (a dropped 1/N) hides behind a right slope; this cannot.
     */
    double[] magnitudeT() {
        double[] t = new double[mean.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (mean[i] - exact[i]) / stderr[i];
        }
        return t;
    }

    /** Two-sided p-values of {@link #magnitudeT()}; a zero error (all bags alike) gives 0, evidence against. */
    double[] magnitudePValues() {
        double[] t = magnitudeT();
        double[] p = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            p[i] = Double.isNaN(t[i]) ? 0 : FamilyTest.twoSided(t[i], reference());
        }
        return p;
    }

    /**
     * The magnitude family where the bag spread cannot be trusted (sigma_b = 1: the rare networks
     * with a large b0 carry the variance, and no bag of a few thousand contains them): at every
     * sigma_W, the median of the bags' u_4 against the exact value, in units of one bag's exact
     * standard deviation ({@link MedianOfMeansBound}, a p-value bound at every tail for any
     * distribution). One bag's u_4 is the mean of X over its networks (docs/theory.md 6), so its
     * standard deviation is the grand mean's exact error times sqrt(bags).
     */
    double[] magnitudeMedianPValues() {
        return MedianOfMeansBound.pValues(bagValues, exact, bagSd());
    }

    /** The largest median distance of {@link #magnitudeMedianPValues()}, in bag standard deviations. */
    double worstMedianDistance() {
        return MedianOfMeansBound.worst(bagValues, exact, bagSd());
    }

    /** One bag's exact standard deviation per sigma_W: the grand mean's exact error times sqrt(bags). */
    private double[] bagSd() {
        double root = Math.sqrt(bags());
        return Arrays.stream(exactStderr).map(e -> e * root).toArray();
    }

    /** The smallest and largest mean u_4 / exact over sigma_W. */
    double[] ratioRange() {
        return ratioRange(mean, exact);
    }

    /**
     * One magnitude p-value for calibration: the sigma_W in the middle of the sweep. The sweep's
     * points share their networks and move together (their p-values agree to 1e-2), so pooling all
     * of them would count one draw many times.
     */
    double middleMagnitudePValue() {
        return magnitudePValues()[mean.length / 2];
    }

    /**
     * How many sigma_W the theory predicts above {@code threshold}: |exact u_4| over its exact
     * standard error at this sample size (docs/theory.md 6). Neither depends on the draw, so the
     * decision is the same on every seed, and a fault that kills the measured u_4 cannot make the
     * claim inconclusive.
     */
    int predictedAbove(double threshold) {
        int c = 0;
        for (int i = 0; i < mean.length; i++) {
            c += predictedSignalToBackground(i) >= threshold ? 1 : 0;
        }
        return c;
    }

    /** |exact u_4| / exact stderr at the i-th sigma_W. */
    double predictedSignalToBackground(int i) {
        return Math.abs(exact[i]) / exactStderr[i];
    }

    /** The largest predicted signal-to-background over sigma_W. */
    double bestPredicted() {
        double best = 0;
        for (int i = 0; i < mean.length; i++) {
            best = Math.max(best, predictedSignalToBackground(i));
        }
        return best;
    }

    /** The smallest and largest exact stderr / bag stderr over sigma_W: how far the bag spread misses the tail. */
    double[] errorRatioRange() {
        return ratioRange(exactStderr, stderr);
    }

    /** The smallest and largest a[i] / b[i]. */
    private static double[] ratioRange(double[] a, double[] b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            lo = Math.min(lo, a[i] / b[i]);
            hi = Math.max(hi, a[i] / b[i]);
        }
        return new double[] {lo, hi};
    }

    /** Whether u_4 is negative, exact and measured, at every sigma_W the theory predicts above {@code threshold}. */
    boolean negativeWherePredicted(double threshold) {
        for (int i = 0; i < mean.length; i++) {
            if (exact[i] >= 0 || (predictedSignalToBackground(i) >= threshold && !(mean[i] < 0))) {
                return false;
            }
        }
        return true;
    }

    static CouplingSeries measure(Lab lab, List<ExperimentSpec> runs) {
        int n = runs.size();
        double[] s = new double[n];
        double[] mean = new double[n];
        double[] se = new double[n];
        double[] exact = new double[n];
        double[] exactSe = new double[n];
        int bags = runs.get(0).bags();
        double[][] leaveOut = new double[bags][n];
        double[][] bagValues = new double[n][bags];
        for (int i = 0; i < n; i++) {
            ExperimentSpec spec = runs.get(i);
            Measurement m = lab.measure(spec);
            CouplingIntegrals integrals = Couplings.integrals(spec, null);
            // one exact theory for the run and its leave-one-out copies: they share its memo
            ExactMoments theory = m.theory().orElseThrow(
                    () -> new IllegalStateException("the coupling claims need the exact theory of " + m.label()));
            CouplingResult r = Couplings.of(m.sums(), integrals, theory).get(0);
            if (r.exact() == null) {
                throw new IllegalStateException("the coupling claims need the exact theory of " + m.label());
            }
            s[i] = spec.sigmaW();
            mean[i] = r.mean();
            se[i] = r.stderr();
            exact[i] = r.exact();
            exactSe[i] = ExactCouplingErrors.of(spec, integrals, theory);
            for (int b = 0; b < bags; b++) {
                leaveOut[b][i] = Couplings.of(without(m.sums(), b), integrals, theory).get(0).mean();
                // the mean is the unweighted average of the bag values, so a bag's own value is what its removal took away
                bagValues[i][b] = bags * mean[i] - (bags - 1) * leaveOut[b][i];
            }
        }
        double[] jack = new double[bags];
        for (int b = 0; b < bags; b++) {
            jack[b] = levelSlope(s, leaveOut[b]);
        }
        return new CouplingSeries(s, mean, se, exact, exactSe, jack, bagValues);
    }

    /** The sums of the first width with one bag removed. */
    private static EnsembleSums without(EnsembleSums sums, int bag) {
        MomentSums[] all = sums.byWidthAndBag()[0];
        MomentSums[] rest = new MomentSums[all.length - 1];
        for (int b = 0, j = 0; b < all.length; b++) {
            if (b != bag) {
                rest[j++] = all[b];
            }
        }
        return new EnsembleSums(sums.spec(), sums.layout(), new MomentSums[][] {rest}, sums.timing());
    }

    /** Unweighted least-squares slope of log|y| on log x; NaN if some y is 0. */
    static double levelSlope(double[] x, double[] y) {
        double[] relative = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            relative[i] = Math.abs(y[i]);
        }
        // equal relative errors: every point weighs the same in log space
        return PowerLawFit.of(x, y, relative, 0).slope();
    }

    /** The measured slope, every sigma_W weighing the same. */
    double slope() {
        return levelSlope(sigmaW, mean);
    }

    /** The exact curve's slope over the same sigma_W, weighted the same way. */
    double exactSlope() {
        return levelSlope(sigmaW, exact);
    }

    /** Jackknife standard error of {@link #slope()}. */
    double slopeStderr() {
        int b = slopeJackknife.length;
        double avg = Arrays.stream(slopeJackknife).average().orElseThrow();
        double ss = Arrays.stream(slopeJackknife).map(v -> (v - avg) * (v - avg)).sum();
        return Math.sqrt((b - 1.0) / b * ss);
    }

    /**
     * The background's own slope (log of the bag stderr on log sigma_W): where it equals the
     * signal's, a slope cannot tell signal from noise, so a matching slope proves nothing by itself.
     */
    double backgroundSlope() {
        return levelSlope(sigmaW, stderr);
    }

    /** Median over sigma_W of |mean| / stderr: the per-point signal-to-background. */
    double medianSignalToBackground() {
        double[] r = new double[mean.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.abs(mean[i]) / stderr[i];
        }
        Arrays.sort(r);
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }
}

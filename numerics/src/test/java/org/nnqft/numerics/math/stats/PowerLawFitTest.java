package org.nnqft.numerics.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PowerLawFitTest {
    private static final double[] N = {2, 5, 10, 50, 100, 500, 1000};

    @Test
    void recoversAnExactPowerLawOfEitherSign() {
        double[] y = new double[N.length];
        double[] se = new double[N.length];
        for (int i = 0; i < N.length; i++) {
            y[i] = -13.4 * Math.pow(N[i], -1);
            se[i] = 0.01 * Math.abs(y[i]);
        }
        PowerLawFit fit = PowerLawFit.of(N, y, se, 5);
        assertThat(fit.slope()).isCloseTo(-1, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(Math.log(13.4), within(1e-12));
        assertThat(fit.count()).isEqualTo(N.length);
        assertThat(fit.chiSquare()).isCloseTo(0, within(1e-18));
    }

    @Test
    void slopeErrorIsTheWeightedLeastSquaresOne() {
        double[] y = {1, 0.5, 0.3, 0.1};
        double[] x = {1, 2, 3, 10};
        double[] se = {0.01, 0.02, 0.01, 0.005};
        double[] s = weightedSums(x, y, se);
        double expected = Math.sqrt(s[0] / (s[0] * s[2] - s[1] * s[1]));
        assertThat(PowerLawFit.of(x, y, se, 5).slopeStderr()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void pointsBelowTheThresholdAreLeftOutAndCounted() {
        double[] y = {1.0, 0.5, 0.01, 0.25};
        double[] x = {1, 2, 3, 4};
        double[] se = {0.01, 0.01, 0.01, 0.01};
        PowerLawFit fit = PowerLawFit.of(x, y, se, 5);
        assertThat(fit.used()).containsExactly(true, true, false, true);
        assertThat(fit.count()).isEqualTo(3);
        assertThat(PowerLawFit.of(x, new double[] {0.01, 0.02, 1, 0.01}, se, 5).fitted()).isFalse();
    }

    @Test
    void slopeOfAnotherCurveUsesTheSamePoints() {
        double[] y = {1.0, 0.5, 0.01, 0.25};
        double[] x = {1, 2, 3, 4};
        double[] se = {0.01, 0.01, 0.01, 0.01};
        PowerLawFit fit = PowerLawFit.of(x, y, se, 5);
        double[] other = {1, 0.25, 1e6, 1.0 / 16};
        assertThat(fit.slopeOf(x, other, se)).isCloseTo(-2, within(1e-12));
    }

    @Test
    void theStatedErrorCoversTheTruthAtItsNominalRate() {
        // 2000 noisy power laws with 5% Gaussian errors: |slope + 1| > 2 se should happen in
        // 4.55% of them (91 expected, binomial sd 9.3). The bounds [60, 125] are 3.3 and 3.7 sd
        // out: a false alarm about once in 2000 runs; the seed is fixed, so the run is repeatable.
        SplittableRandom rng = new SplittableRandom(11);
        int outside = 0;
        for (int r = 0; r < 2000; r++) {
            double[] y = new double[N.length];
            double[] se = new double[N.length];
            for (int i = 0; i < N.length; i++) {
                double truth = 3 / N[i];
                se[i] = 0.05 * truth;
                y[i] = truth + se[i] * rng.nextGaussian();
            }
            PowerLawFit fit = PowerLawFit.of(N, y, se, 5);
            outside += Math.abs(fit.slope() + 1) > 2 * fit.slopeStderr() ? 1 : 0;
        }
        assertThat(outside).isBetween(60, 125);
    }

    @Test
    void errorsSpanningManyDecadesStillFit() {
        // a planted fault gives values known to 1e-9 beside others known to 10%: the weights span
        // sixteen decades, which a covariance-inverting least squares calls singular
        double[] x = {2, 5, 10, 50};
        double[] y = new double[4];
        double[] se = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = 7 * Math.pow(x[i], 1.5);
            se[i] = y[i] * Math.pow(10, -1 - 3 * i);
        }
        PowerLawFit fit = PowerLawFit.of(x, y, se, 5);
        assertThat(fit.slope()).isCloseTo(1.5, within(1e-9));
        assertThat(fit.slopeStderr()).isPositive().isLessThan(1e-6);
    }

    /** Slope, intercept and chi-square of scattered points, against the closed-form weighted fit. */
    @Test
    void scatteredPointsGiveTheClosedFormWeightedFit() {
        double[] x = {1, 2, 3, 10, 30};
        double[] y = {-1.1, -0.45, -0.36, -0.09, -0.04};
        double[] se = {0.01, 0.03, 0.02, 0.005, 0.004};
        double[] s = weightedSums(x, y, se);
        double det = s[0] * s[2] - s[1] * s[1];
        double slope = (s[0] * s[4] - s[1] * s[3]) / det;
        double intercept = (s[2] * s[3] - s[1] * s[4]) / det;
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) {
            double r = Math.log(Math.abs(y[i])) - intercept - slope * Math.log(x[i]);
            chi2 += r * r * Math.pow(y[i] / se[i], 2);
        }
        PowerLawFit fit = PowerLawFit.of(x, y, se, 5);
        assertThat(fit.slope()).isCloseTo(slope, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(intercept, within(1e-12));
        assertThat(fit.chiSquare()).isCloseTo(chi2, within(1e-9 * chi2)).isGreaterThan(1);
        assertThat(fit.minSignalToBackground()).isEqualTo(5);
    }

    @Test
    void twoPointsGiveTheLineThroughThemWithThePropagatedError() {
        double[] x = {2, 8, 3};
        double[] y = {0.5, 0.125, 1e-9};
        double[] se = {0.01, 0.005, 1};
        PowerLawFit fit = PowerLawFit.of(x, y, se, 5);
        assertThat(fit.used()).containsExactly(true, true, false);
        double dx = Math.log(4);
        assertThat(fit.slope()).isCloseTo(-1, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(Math.log(0.5) + Math.log(2), within(1e-12));
        assertThat(fit.slopeStderr()).isCloseTo(Math.sqrt(Math.pow(0.01 / 0.5, 2) + Math.pow(0.005 / 0.125, 2)) / dx,
                within(1e-12));
        assertThat(fit.chiSquare()).isZero();
        assertThat(fit.fitted()).isTrue();
    }

    @Test
    void thresholdIncludesItsEdgeAndAZeroErrorIsNoEvidence() {
        double[] x = {1, 2, 3, 4};
        double[] y = {1, 0.5, 0.05, 0.25};
        double[] se = {0.2, 0, 0.01, 0.05};
        // 1 = 5 x 0.2 and 0.25 = 5 x 0.05 sit on the threshold; 0.05 is 5 x 0.01; se 0 is left out
        PowerLawFit fit = PowerLawFit.of(x, y, se, 5);
        assertThat(fit.used()).containsExactly(true, false, true, true);
        PowerLawFit one = PowerLawFit.of(new double[] {1, 2}, new double[] {1, 0.1}, new double[] {0.1, 0.1}, 5);
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.fitted()).isFalse();
        assertThat(one.slope()).isNaN();
        assertThat(one.slopeStderr()).isNaN();
    }

    @Test
    void badArgumentsAreRefused() {
        double[] ok = {1, 2, 3};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PowerLawFit.of(ok, new double[] {1, 2}, ok, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PowerLawFit.of(ok, ok, new double[] {1, 2}, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PowerLawFit.of(new double[] {1, 0, 3}, ok, ok, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x=0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PowerLawFit.of(ok, ok, new double[] {1, -1e-300, 3}, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stderr=");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PowerLawFit.of(ok, ok, new double[] {1, Double.NaN, 3}, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The weighted least squares' sums for log|y| on log x, weights (y / se)^2: S_w, S_wx, S_wxx,
     * S_wy, S_wxy.
     */
    private static double[] weightedSums(double[] x, double[] y, double[] se) {
        double[] s = new double[5];
        for (int i = 0; i < x.length; i++) {
            double w = Math.pow(y[i] / se[i], 2);
            double lx = Math.log(x[i]);
            double ly = Math.log(Math.abs(y[i]));
            s[0] += w;
            s[1] += w * lx;
            s[2] += w * lx * lx;
            s[3] += w * ly;
            s[4] += w * lx * ly;
        }
        return s;
    }
}

package org.nnqft.numerics.math.stats;

import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * A power law |y| = A x^slope fitted as a straight line in log|y| against log x (docs/theory.md 6).
 * Only points whose signal stands above its background take part: |y| >= minSignalToBackground
 * times the standard error of y. Below that the log of a noisy value is biased (by about
 * -(se/y)^2 / 2) and its error is not Gaussian, so such points would fit the noise, not the law.
 *
 * <p>The line is weighted least squares: log|y| has standard error se/|y|, and every row of the
 * design is divided by it before Hipparchus' QR-based least squares (a generalised least squares
 * with a diagonal covariance, without inverting that covariance, whose entries can span many
 * decades). The slope's standard error is the one those known errors imply, (X^T W X)^-1, not a
 * residual estimate, which with a handful of points would itself
 * be too noisy to build a band on; {@code chiSquare} over {@code used - 2} degrees of freedom says
 * whether the line describes the points.
 *
 * @param slope       fitted exponent, NaN when fewer than two points qualify
 * @param slopeStderr its standard error from the points' errors
 * @param intercept   fitted log A
 * @param used        which points took part
 * @param chiSquare   weighted residual sum of squares
 * @param minSignalToBackground the threshold the points had to pass
 */
public record PowerLawFit(double slope, double slopeStderr, double intercept, boolean[] used, double chiSquare,
        double minSignalToBackground) {

    /**
     * @param x       abscissae, all > 0
     * @param y       values, of any sign (their magnitude is fitted)
     * @param yStderr standard errors of y, all >= 0
     */
    public static PowerLawFit of(double[] x, double[] y, double[] yStderr, double minSignalToBackground) {
        if (x.length != y.length || y.length != yStderr.length) {
            throw new IllegalArgumentException("x, y and their errors need the same length");
        }
        boolean[] used = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0) || !(yStderr[i] >= 0)) {
                throw new IllegalArgumentException("need x > 0 and stderr >= 0; got x=" + x[i] + " stderr=" + yStderr[i]);
            }
            used[i] = yStderr[i] > 0 && Math.abs(y[i]) >= minSignalToBackground * yStderr[i];
        }
        return fit(x, y, relativeErrors(y, yStderr), used, minSignalToBackground);
    }

    /** How many points took part. */
    public int count() {
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        return n;
    }

    /** Whether at least two points qualified, so that there is a slope. */
    public boolean fitted() {
        return count() >= 2;
    }

    /**
     * The slope another curve (an exact prediction, say) has over the same points with the same
     * weights, so the two slopes are comparable even where the curve is not a pure power law.
     */
    public double slopeOf(double[] x, double[] yOther, double[] yStderr) {
        return fit(x, yOther, relativeErrors(yOther, yStderr), used, minSignalToBackground).slope;
    }

    private static double[] relativeErrors(double[] y, double[] yStderr) {
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = yStderr[i] / Math.abs(y[i]);
        }
        return r;
    }

    private static PowerLawFit fit(double[] x, double[] y, double[] logErr, boolean[] used, double threshold) {
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        if (n < 2) {
            return new PowerLawFit(Double.NaN, Double.NaN, Double.NaN, used.clone(), Double.NaN, threshold);
        }
        double[] ly = new double[n];
        double[][] lx = new double[n][1];
        double[] var = new double[n];
        double[] wy = new double[n];
        double[][] wx = new double[n][2];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (used[i]) {
                ly[j] = Math.log(Math.abs(y[i]));
                lx[j][0] = Math.log(x[i]);
                var[j] = logErr[i] * logErr[i];
                wy[j] = ly[j] / logErr[i];
                wx[j][0] = 1 / logErr[i];
                wx[j][1] = lx[j][0] / logErr[i];
                j++;
            }
        }
        if (n == 2) {
            // two points: the line through them, with the propagated error of its slope
            double dx = lx[1][0] - lx[0][0];
            double slope = (ly[1] - ly[0]) / dx;
            return new PowerLawFit(slope, Math.sqrt(var[0] + var[1]) / Math.abs(dx), ly[0] - slope * lx[0][0],
                    used.clone(), 0, threshold);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(wy, wx);
        double[] beta = ols.estimateRegressionParameters();
        // unscaled by the residual variance: the errors are known
        double[][] cov = ols.estimateRegressionParametersVariance();
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double r = ly[i] - beta[0] - beta[1] * lx[i][0];
            chi2 += r * r / var[i];
        }
        return new PowerLawFit(beta[1], Math.sqrt(cov[1][1]), beta[0], used.clone(), chi2, threshold);
    }
}

package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnqft.numerics.math.stats.PowerLawFit;
import org.nnqft.reports.figure.Axis;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Layer;
import org.nnqft.reports.figure.Palette;
import org.nnqft.reports.figure.Panel;

/**
 * ELS Figure 2 analogue: |mean u_4| against sigma_W on log-log axes, one panel per width with
 * shared axes, each with the points' error bars, the fitted power law over the points it used, the
 * exact curve where theory gives it, and ELS's predicted slope through the fit's centre.
 */
final class CouplingChart {
    private CouplingChart() {
    }

    /** @param sample the caption's end: the sample, and the verdicts of the claims it illustrates */
    static Figure of(String name, String title, String sample, List<CouplingFit> fits) {
        List<Panel> panels = new ArrayList<>();
        for (CouplingFit f : fits) {
            List<Layer> layers = new ArrayList<>();
            double[] y = abs(f.u4());
            double[] lo = new double[y.length];
            double[] hi = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                lo[i] = y[i] - f.stderr()[i];
                hi[i] = y[i] + f.stderr()[i];
            }
            layers.add(Layer.errors("|u₄| measured", 0, f.sigmaW(), y, lo, hi));
            PowerLawFit fit = f.shown();
            if (fit.fitted()) {
                double[] x = usedRange(f.sigmaW(), fit);
                layers.add(Layer.line(String.format(Locale.ROOT, "%s: slope %.2f ± %.2f",
                        f.aboveThreshold() ? "fit" : "fit of all points", fit.slope(), fit.slopeStderr()),
                        f.aboveThreshold() ? Layer.Style.DASHED : Layer.Style.DOTTED, 1, x,
                        new double[] {power(fit, fit.slope(), x[0], x), power(fit, fit.slope(), x[1], x)}));
                int predicted = f.predictedSlope();
                layers.add(Layer.line("ELS: slope d_in − 4 = " + predicted, Layer.Style.DOTTED, Palette.BLACK, x,
                        new double[] {power(fit, predicted, x[0], x), power(fit, predicted, x[1], x)}));
            }
            if (f.exact() != null) {
                layers.add(Layer.line(Double.isFinite(f.exactSlope())
                        ? String.format(Locale.ROOT, "exact: slope %.2f", f.exactSlope()) : "exact",
                        Layer.Style.LINE, 2, f.sigmaW(), abs(f.exact())));
            }
            panels.add(new Panel("N = " + f.width(), Axis.log("σ_W (weight scale)"), Axis.log("|mean u₄| (dimensionless)"),
                    layers));
        }
        String caption = "|mean u_4| over the multisets against sigma_W, one panel per width N, axes shared. Error bars: "
                + "one standard error of mean u_4 (bag spread). Dashed: weighted least-squares power law over the points "
                + "with |u_4| >= " + Table.fixed(CouplingFit.minSignalToBackground(), 0) + " standard errors (dotted: "
                + "over all points where fewer than " + CouplingFit.minPoints() + " pass, a description and no "
                + "evidence), its slope and error in the legend. Solid: the exact u_4. Black dotted: ELS's predicted "
                + "slope d_in - 4 (Eq. 13) through the fit's centre. Sample: " + sample;
        return new Figure(name, title, caption, panels, Math.min(3, panels.size()), 360, 300, true, true);
    }

    /**
     * The power law of this slope through the fit's value at the geometric centre of the fitted
     * range, evaluated at s: the fit itself at its own slope, the prediction beside it.
     */
    private static double power(PowerLawFit fit, double slope, double s, double[] range) {
        double centre = Math.sqrt(range[0] * range[1]);
        double atCentre = Math.exp(fit.intercept()) * Math.pow(centre, fit.slope());
        return atCentre * Math.pow(s / centre, slope);
    }

    private static double[] abs(double[] v) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            a[i] = Math.abs(v[i]);
        }
        return a;
    }

    /** The smallest and largest sigma_W the fit used: the line is drawn only where it was fitted. */
    private static double[] usedRange(double[] sigmaW, PowerLawFit fit) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < sigmaW.length; i++) {
            if (fit.used()[i]) {
                lo = Math.min(lo, sigmaW[i]);
                hi = Math.max(hi, sigmaW[i]);
            }
        }
        return new double[] {lo, hi};
    }
}

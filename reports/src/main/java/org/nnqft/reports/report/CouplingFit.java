package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.nnqft.numerics.math.stats.PowerLawFit;
import org.nnqft.reports.results.CouplingEntry;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.CouplingsRun;
import org.nnqft.verification.bands.Bands;

/**
 * The flow exponent of ELS Figure 2 at one width: log|u_4| against log sigma_W fitted as a
 * straight line through the points that stand above their error (the verification's threshold,
 * from the bands file, so the report and the verdicts select the same points).
 *
 * @param exact      the exact mean u_4 per sigma_W, or null where any is unknown
 * @param fit        the fit over the points above the threshold
 * @param allPoints  the fit over every point, shown only when too few points pass the threshold
 *                   (then the slope describes the sample, not the flow), else null
 * @param exactSlope the exact curve's slope over the same points, NaN without exact values or fit
 * @param dIn        input dimension: the scaling prediction of the slope is d_in - 4
 */
record CouplingFit(int width, int dIn, double[] sigmaW, double[] u4, double[] stderr, double[] exact, PowerLawFit fit,
        PowerLawFit allPoints, double exactSlope) {

    static double minSignalToBackground() {
        return Bands.standard().value("minSignalToBackground");
    }

    /** The fewest points a slope claim needs (bands file): with fewer the report falls back to all points. */
    static int minPoints() {
        return (int) Bands.standard().value("minFitPoints");
    }

    /** The fit to draw: above the threshold if that has enough points, else over all points. */
    PowerLawFit shown() {
        return allPoints == null ? fit : allPoints;
    }

    /** Whether the drawn fit is evidence, i.e. made of points above their error. */
    boolean aboveThreshold() {
        return allPoints == null;
    }

    /** One fit per width of the file, by width. */
    static List<CouplingFit> of(CouplingsFile file) {
        TreeSet<Integer> widths = new TreeSet<>();
        file.runs().forEach(r -> r.results().forEach(e -> widths.add(e.width())));
        int dIn = file.runs().getFirst().spec().dIn();
        double threshold = minSignalToBackground();
        List<CouplingFit> fits = new ArrayList<>();
        for (int width : widths) {
            List<CouplingEntry> points = file.runs().stream().map(CouplingsRun::results).flatMap(List::stream)
                    .filter(e -> e.width() == width && e.sigmaW() > 0 && Double.isFinite(e.meanU4()))
                    .sorted(Comparator.comparingDouble(CouplingEntry::sigmaW)).toList();
            double[] x = points.stream().mapToDouble(CouplingEntry::sigmaW).toArray();
            double[] y = points.stream().mapToDouble(CouplingEntry::meanU4).toArray();
            double[] se = points.stream().mapToDouble(CouplingEntry::stderr).toArray();
            boolean allExact = !points.isEmpty() && points.stream().allMatch(e -> e.exact() != null);
            double[] exact = allExact ? points.stream().mapToDouble(CouplingEntry::exact).toArray() : null;
            PowerLawFit fit = PowerLawFit.of(x, y, se, threshold);
            PowerLawFit all = fit.count() < minPoints() ? PowerLawFit.of(x, y, se, 0) : null;
            PowerLawFit shown = all == null ? fit : all;
            double exactSlope = exact != null && shown.fitted() ? shown.slopeOf(x, exact, se) : Double.NaN;
            fits.add(new CouplingFit(width, dIn, x, y, se, exact, fit, all, exactSlope));
        }
        return fits;
    }

    /** The scaling prediction for the slope of log|u_4| on log sigma_W (docs/theory.md 5). */
    int predictedSlope() {
        return dIn - 4;
    }
}

package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.spec.Architecture;

/**
 * Every erf/ReLU exact value carries the difference to a doubled-node evaluation, and is withheld
 * above 1e-8 relative. The estimate itself is held to an independent reference: at d_in = 1 and
 * sigma_b = 0 every erf hidden moment is a one-dimensional integral over the weight a ~ N(0, sigma_W^2),
 * which Hipparchus' adaptive Gauss-Legendre integrates to about 1e-15.
 */
class CheckedExactTest {
    private static final double[][] FOUR = {{0.3}, {0.7}, {-0.5}, {0.9}};

    private static double[][] twice(double[][] x) {
        double[][] out = new double[2 * x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
            out[x.length + i] = x[i];
        }
        return out;
    }

    @Test
    void aNormalSettingHasItsValueWithASmallEstimate() {
        double[][] x = {{0.3}, {0.7}, {0.7}, {-0.5}};
        for (Architecture arch : new Architecture[] {Architecture.ERF, Architecture.RELU}) {
            ExactValue v = CheckedExact.of(arch, 1, 1.5, 1, 5).expectation(x);
            // the value is the ordinary evaluation, bit for bit
            assertThat(v.value()).as("%s", arch).isEqualTo(ExactMoments.of(arch, 1, 1.5, 1, 5).expectation(x));
            assertThat(v.reason()).isNull();
            assertThat(v.error()).as("%s", arch).isLessThan(1e-12 * Math.abs(v.value()));
        }
        ExactValue gauss = CheckedExact.of(Architecture.GAUSS, 1, 1.5, 1, 5).expectation(x);
        assertThat(gauss.error()).as("closed form").isZero();
    }

    @Test
    void farBeyondTheValidatedRangeTheValueIsWithheldWithTheReason() {
        // sigma_W = 3000 at sigma_b = 1: the Price rule's capped 16 nodes miss by 3e-7 relative
        double[][] x = {{0.3}, {0.7}, {-0.5}, {0.3}, {0.7}, {-0.5}};
        ExactValue v = CheckedExact.of(Architecture.ERF, 1, 3000, 1, 5).expectation(x);
        assertThat(v.value()).isNull();
        assertThat(v.error()).isPositive();
        assertThat(v.reason()).contains("quadrature error estimate").contains("exceeds 1e-08");
        // odd orders vanish by symmetry, exactly, whatever the steepness
        assertThat(CheckedExact.of(Architecture.ERF, 1, 3000, 1, 5).expectation(new double[][] {{0.3}, {0.7}, {0.1}})
                .value()).isZero();
    }

    @Test
    void theEstimateTracksTheTrueErrorAgainstHipparchus() {
        // sigma_W = 10: well inside (estimate ~1e-11); 100: beyond, where the estimate reads 1.8e-8
        for (double sw : new double[] {10, 100}) {
            double[][] x = twice(FOUR);
            int width = 3;
            double primary = ExactMoments.of(Architecture.ERF, 1, sw, 0, width).expectation(x);
            double reference = new ExactMoments(new OneDimensionalErf(sw), sw, 0, width).expectation(x);
            ExactValue checked = CheckedExact.of(Architecture.ERF, 1, sw, 0, width).expectation(x);
            double estimate = checked.error();
            double actual = Math.abs(primary - reference);
            // the doubled rule is far more accurate, so primary's error is the estimate: within a factor 3,
            // up to the reference's own 1e-14
            assertThat(actual).as("sigma_W %s", sw).isLessThan(3 * estimate + 1e-14 * Math.abs(reference));
            assertThat(estimate).as("sigma_W %s", sw).isLessThan(3 * actual + 1e-14 * Math.abs(reference));
            assertThat(checked.value() == null).as("withheld at sigma_W %s", sw)
                    .isEqualTo(estimate > CheckedExact.TOLERANCE * Math.abs(reference));
        }
    }

    /** H_m = E[prod erf(a x_i)], a ~ N(0, sigma_W^2): d_in = 1, sigma_b = 0, by adaptive quadrature. */
    private record OneDimensionalErf(double sigmaW) implements HiddenMoments {
        @Override
        public double h(double[][] points) {
            if (points.length % 2 != 0) {
                return 0;
            }
            if (points.length == 0) {
                return 1;
            }
            double steepest = 0;
            for (double[] p : points) {
                steepest = Math.max(steepest, Math.abs(p[0]));
            }
            // even integrand: twice the half line, cut geometrically from the scale 1 / steepest where erf turns
            IterativeLegendreGaussIntegrator rule = new IterativeLegendreGaussIntegrator(16, 1e-15, 1e-300, 2, 64);
            double sum = 0;
            double lo = 0;
            for (double hi = 0.05 / steepest; lo < 12 * sigmaW; hi *= 2) {
                double top = Math.min(hi, 12 * sigmaW);
                sum += rule.integrate(Integer.MAX_VALUE, a -> {
                    double prod = Math.exp(-a * a / (2 * sigmaW * sigmaW)) / (Math.sqrt(2 * Math.PI) * sigmaW);
                    for (double[] p : points) {
                        prod *= org.hipparchus.special.Erf.erf(a * p[0]);
                    }
                    return prod;
                }, lo, top);
                lo = top;
            }
            return 2 * sum;
        }
    }
}

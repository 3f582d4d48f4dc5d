package org.nnqft.numerics.math.quadrature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Solid angles and Gaussian moments of cones with known values. */
class ConeIntegralTest {
    /** The positive orthant holds 1/2^r of the sphere: pi / 2 in R^3, pi^2 / 8 in R^4, 1 in R^1. */
    @Test
    void orthantSolidAngles() {
        for (int r = 1; r <= 4; r++) {
            double[][] axes = new double[r][r];
            for (int i = 0; i < r; i++) {
                axes[i][i] = 1;
            }
            double sphere = 2 * Math.pow(Math.PI, r / 2.0) / Math.exp(org.hipparchus.special.Gamma.logGamma(r / 2.0));
            assertThat(ConeIntegral.angular(axes, g -> 1, 0, 10)).as("r=%d", r).isCloseTo(sphere / (1 << r), within(1e-13));
        }
    }

    /**
     * A wedge between two half-planes at angle t in R^3 (times R) holds the fraction t / (2 pi) of the
     * sphere; a thin one (t = 0.01) and an almost flat one (t = pi - 0.01) are the hard shapes.
     */
    @Test
    void wedgesOfAnyOpening() {
        for (double opening : new double[] {0.01, 1, Math.PI / 2, Math.PI - 0.01}) {
            // Normals of the two half-planes bounding {angle in [0, opening]} in the (x, y) plane, and a
            // third face z >= -x-ish far away is not wanted: use z free, so the cone is the wedge times R.
            double[][] normals = {{0, 1, 0}, {Math.sin(opening), -Math.cos(opening), 0}, {0, 0, 1}};
            double expected = 4 * Math.PI * opening / (2 * Math.PI) / 2;
            assertThat(ConeIntegral.angular(normals, g -> 1, 0, 12)).as("opening=%s", opening)
                    .isCloseTo(expected, within(1e-12));
        }
    }

    /** E[g_1^2 ; g > 0] over the positive orthant of R^3 is 1/8 of E[g_1^2] = 1/8. */
    @Test
    void gaussianMomentOverAnOrthant() {
        double[][] axes = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double value = ConeIntegral.radial(2, 3) * ConeIntegral.angular(axes, g -> g[0] * g[0], 2, 10);
        assertThat(value).isCloseTo(1.0 / 8, within(1e-14));
    }
}

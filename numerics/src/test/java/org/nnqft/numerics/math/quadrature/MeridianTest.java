package org.nnqft.numerics.math.quadrature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/** The exact meridian integrals against Hipparchus' adaptive Gauss-Legendre integration. */
class MeridianTest {
    @Test
    void monomialIntegralsMatchAdaptiveQuadrature() {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(8, 1e-14, 1e-15);
        for (int degree : new int[] {0, 1, 2, 5, 10, 18}) {
            double[] row = new double[degree + 1];
            double[] cp = new double[degree + 2];
            double[] sp = new double[degree + 2];
            for (double low : new double[] {-Math.PI / 2, -1.2, -0.3, 0, 0.7, 1.5}) {
                Meridian.powers(low, degree, row, cp, sp);
                for (int t = 0; t <= degree; t++) {
                    int a = degree - t;
                    int b = t;
                    double expected = integrator.integrate(100_000,
                            x -> Math.pow(Math.cos(x), a) * Math.pow(Math.sin(x), b), low, Math.PI / 2);
                    assertThat(row[t]).as("D=%d t=%d low=%s", degree, t, low).isCloseTo(expected, within(1e-13));
                }
            }
        }
    }
}

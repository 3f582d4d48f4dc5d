package org.nnqft.numerics.math.quadrature;

import java.util.Arrays;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * A composite Gauss-Legendre rule: Hipparchus' n-point rule on every panel between consecutive
 * breakpoints. Breakpoints go where the integrand is not smooth (a kink, a change of scale), so
 * that each panel sees an analytic function and converges exponentially in n.
 *
 * @param nodes   abscissae, increasing
 * @param weights the matching weights; they sum to the length of the interval
 */
public record LegendreRule(double[] nodes, double[] weights) {
    /** The factory caches each n's rule, which its high-precision variant computes in BigDecimal. */
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    /**
     * @param breakpoints panel ends, at least two; sorted and deduplicated here
     * @param n           Gauss points per panel
     */
    public static LegendreRule on(double[] breakpoints, int n) {
        double[] b = Arrays.stream(breakpoints).sorted().distinct().toArray();
        if (b.length < 2 || n < 1 || !Double.isFinite(b[0]) || !Double.isFinite(b[b.length - 1])) {
            throw new IllegalArgumentException("need two finite breakpoints and n >= 1, got "
                    + Arrays.toString(breakpoints) + ", n=" + n);
        }
        GaussIntegrator unit;
        synchronized (FACTORY) {
            unit = FACTORY.legendreHighPrecision(n);
        }
        int panels = b.length - 1;
        double[] nodes = new double[panels * n];
        double[] weights = new double[panels * n];
        for (int p = 0; p < panels; p++) {
            double half = (b[p + 1] - b[p]) / 2;
            double mid = (b[p + 1] + b[p]) / 2;
            for (int i = 0; i < n; i++) {
                nodes[p * n + i] = mid + half * unit.getPoint(i);
                weights[p * n + i] = half * unit.getWeight(i);
            }
        }
        return new LegendreRule(nodes, weights);
    }

    public int size() {
        return nodes.length;
    }
}

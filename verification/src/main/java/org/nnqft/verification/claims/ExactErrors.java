package org.nnqft.verification.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.nnqft.numerics.analysis.ProductError;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.verification.Measurement;

/**
 * Exact standard errors of the plain estimator (docs/theory.md 6). One network's product
 * P = f(x_1)...f(x_n) has variance G^(2n)(x_1, x_1, ..., x_n, x_n) - G^(n)^2, and the covariance
 * of two products is G^(2n) over the union of their points minus the product of their means.
 *
 * <p>Why: at small widths with sigma_b = 1 the Gauss-net's products are so heavy tailed that the
 * bag spread misses the rare large networks that carry the variance (measured: 0.15 against an
 * exact 3.4 for m_4 at N = 5), so a test built on it rejects correct code. The exact error has no
 * such blind spot.
 */
final class ExactErrors {
    /** Above this order the full covariance of a multiset average costs too much; see {@link #ofAverage}. */
    private static final int FULL_COVARIANCE_MAX_ORDER = 4;

    /**
     * Exact expectations by (ensemble, width, points). They depend on neither seed nor sample size,
     * and the 2n-point ones behind an error are the costliest numbers a claim computes, so
     * calibration's seeds share them here rather than recompute them per seed.
     */
    private static final Map<List<Object>, Double> EXPECTATIONS = new ConcurrentHashMap<>();

    private ExactErrors() {
    }

    /** The exact expectation of one measurement's ensemble at one width, memoised across runs of the same ensemble. */
    static ToDoubleFunction<double[][]> memoised(Measurement m, int width) {
        ExactMoments exact = m.exact(width).orElseThrow();
        var spec = m.spec();
        return points -> EXPECTATIONS.computeIfAbsent(List.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), width,
                Arrays.deepToString(points)), k -> exact.expectation(points));
    }

    /** Standard error of the mean of P over {@code networks} networks. */
    static double ofMean(ExactMoments exact, double[][] points, long networks) {
        return ofMean(exact::expectation, points, networks);
    }

    static double ofMean(ToDoubleFunction<double[][]> exact, double[][] points, long networks) {
        return ProductError.ofMean(exact::applyAsDouble, points, exact.applyAsDouble(points), networks);
    }

    /**
     * Standard error of the average over multisets of (mean P_i - g0_i) / g0_i, the papers' mean m.
     * Up to order 4 from the full covariance; beyond it from the Cauchy-Schwarz bound
     * sd(sum_i c_i P_i) <= sum_i |c_i| sd(P_i), which overstates the error only by the lack of
     * correlation between multisets (they are strongly positively correlated, so little): an
     * overstated error makes a test more conservative, never a false alarm more likely.
     */
    static double ofAverageM(ExactMoments exact, List<double[][]> multisets, double[] g0, long networks) {
        return ofAverageM(exact::expectation, multisets, g0, networks);
    }

    static double ofAverageM(ToDoubleFunction<double[][]> exact, List<double[][]> multisets, double[] g0, long networks) {
        int m = multisets.size();
        int order = multisets.get(0).length;
        if (order > FULL_COVARIANCE_MAX_ORDER) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += ofMean(exact, multisets.get(i), networks) / Math.abs(g0[i]);
            }
            return sum / m;
        }
        double[] mean = new double[m];
        for (int i = 0; i < m; i++) {
            mean[i] = exact.applyAsDouble(multisets.get(i));
        }
        double var = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                double cov = exact.applyAsDouble(ProductError.union(multisets.get(i), multisets.get(j))) - mean[i] * mean[j];
                var += (i == j ? 1 : 2) * cov / (g0[i] * g0[j]);
            }
        }
        return Math.sqrt(Math.max(0, var) / networks) / m;
    }
}

package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * The exact variance and covariance of the conditional estimator's per-network values against
 * networks drawn by the scalar backend itself (the estimator the claims run), at small widths where
 * the 1/N structure (which neurons coincide) carries most of the variance, and at Figure 2's
 * sigma_b = 0.
 *
 * <p>The statistic is z = (sample covariance - exact) / its standard error, the latter from the
 * sample: Var of the centred products (X - mean X)(Y - mean Y) over n. It is asymptotically normal;
 * a pass needs |z| < 4.5, false-alarm rate 6.8e-6 per comparison, 6 comparisons per setting
 * (three variances and three covariances), at most 4.1e-5 per setting. The seeds are fixed, so
 * the outcome is deterministic; sigma_b is kept small at the Gauss-net's widths 2 and 3 so the
 * products' fourth moments, which the sample standard error relies on, are within reach.
 */
class ConditionalMomentsMonteCarloTest {
    static final int NETWORKS = 300_000;
    static final int[][] MULTISETS = {{0, 0, 1, 2}, {0, 1, 2, 2}, {0, 0, 0, 0}};
    static final double Z_MAX = 4.5;

    @Test
    void gaussWidthTwo() {
        Setting s = new Setting(Architecture.GAUSS, 1, 1.0, 0.1, 2, new double[][] {{0.3}, {-0.2}, {0.1}}, 201);
        assertMatches(s, ConditionalMoments.gauss(1, 1.0, 0.1, 2, s.inputs));
    }

    @Test
    void gaussWidthThreeTwoDimensional() {
        double[][] x = {{0.2, -0.1}, {0.1, 0.3}, {-0.2, 0.1}};
        Setting s = new Setting(Architecture.GAUSS, 2, 1.2, 0.2, 3, x, 202);
        assertMatches(s, ConditionalMoments.gauss(2, 1.2, 0.2, 3, x));
    }

    /** ELS Figure 2's regime: sigma_b = 0, the published 0.01-scaled inputs, where the variance is small against the mean. */
    @Test
    void gaussFigureTwoRegime() {
        double[][] x = {{-0.01}, {0.006}, {0.01}};
        Setting s = new Setting(Architecture.GAUSS, 1, 5.0, 0.0, 10, x, 203);
        assertMatches(s, ConditionalMoments.gauss(1, 5.0, 0.0, 10, x));
    }

    /** The same code through erf's hidden moments (Price's theorem): bounded activations, so sigma_b = 1 is fine. */
    @Test
    void erfWidthTwo() {
        double[][] x = {{-1}, {0.2}, {0.6}};
        Setting s = new Setting(Architecture.ERF, 1, 1.0, 1.0, 2, x, 204);
        assertMatches(s, ConditionalMoments.of(Architecture.ERF, 1, 1.0, 1.0, 2, x));
    }

    /**
     * The planted fault: the hidden moment at eight points, the partition class in which all four
     * kernel factors share one neuron, dropped. The same sample must reject it.
     */
    @Test
    void droppingTheOneNeuronClassIsRejected() {
        Setting s = new Setting(Architecture.GAUSS, 1, 1.0, 0.1, 2, new double[][] {{0.3}, {-0.2}, {0.1}}, 201);
        GaussHiddenMoments right = new GaussHiddenMoments(1, 1.0, 0.1);
        HiddenMoments faulty = points -> points.length == 8 ? 0 : right.h(points);
        double worst = worstZ(s, new ConditionalMoments(faulty, 1.0, 0.1, 2, s.inputs));
        assertThat(worst).as("worst |z| with the one-neuron class dropped").isGreaterThan(20);
    }

    record Setting(Architecture arch, int dIn, double sigmaW, double sigmaB, int width, double[][] inputs, long seed) {
        /** Per-network conditional estimates on {@link #MULTISETS}, drawn by the scalar backend. */
        double[][] sample() {
            var spec = new SpecBuilder().arch(arch).dIn(dIn).sigmaW(sigmaW).sigmaB(sigmaB).widths(width).inputs(inputs)
                    .orders(4).bags(2).nets(NETWORKS).seed(seed).estimator(Estimator.CONDITIONAL).build();
            Ensemble e = Ensemble.of(spec);
            BlockRunner runner = new ScalarBackend().runner(e);
            MomentLayout layout = e.layout();
            double[][] out = new double[MULTISETS.length][NETWORKS];
            for (int n = 0; n < NETWORKS; n++) {
                MomentSums one = new MomentSums(layout);
                runner.run(new Block(width, 0, n, 1), one);
                for (int m = 0; m < MULTISETS.length; m++) {
                    out[m][n] = one.sum(layout.id(MULTISETS[m]));
                }
            }
            return out;
        }
    }

    private static void assertMatches(Setting s, ConditionalMoments exact) {
        assertThat(worstZ(s, exact)).as("worst |z| of the sample covariances against the exact ones").isLessThan(Z_MAX);
    }

    /** The largest |z| over every variance and covariance of the three multisets. */
    private static double worstZ(Setting s, ConditionalMoments exact) {
        double[][] x = s.sample();
        double worst = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < MULTISETS.length; i++) {
            for (int j = i; j < MULTISETS.length; j++) {
                double[] c = sampleCovariance(x[i], x[j]);
                double want = exact.covariance(MULTISETS[i], MULTISETS[j]);
                double z = (c[0] - want) / c[1];
                report.append(String.format("%n(%d,%d): sample %.6g +- %.3g, exact %.6g, z %.2f", i, j, c[0], c[1], want, z));
                worst = Math.max(worst, Math.abs(z));
            }
        }
        System.out.println(s.arch() + " N=" + s.width() + " sigma_b=" + s.sigmaB() + report);
        return worst;
    }

    /** The sample covariance and its standard error, sqrt(Var[(X - mean X)(Y - mean Y)] / n). */
    static double[] sampleCovariance(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double p = (x[i] - mx) * (y[i] - my);
            sum += p;
            sumSq += p * p;
        }
        double cov = sum / (n - 1);
        double mean = sum / n;
        return new double[] {cov, Math.sqrt((sumSq / n - mean * mean) / n)};
    }
}

package org.nnqft.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * The power scan's planted errors are what they claim (FaultyBackend): bit for bit the scalar
 * backend at size 0; a scale s multiplies every order-n product by s^n where f is linear in W1
 * (sigma_b = 0); the kurtosis error's signs are fair and independent of the weights, leave E[w^2]
 * and raise E[w^4] by (1 + a^2). The paired identities are exact up to rounding; the moment checks
 * are 5-standard-error bands (two-sided 5.7e-7 each; {@value #STAT_CHECKS} of them, so a false
 * alarm at most 5e-6 for this test class).
 */
class PlantedErrorTest {
    private static final int STAT_CHECKS = 8;
    private static final double Z = 5;
    private static final ExperimentSpec PLAIN = new SpecBuilder().widths(3, 17).orders(1, 2, 3, 4).bags(2).nets(300).build();
    private static final ExperimentSpec CONDITIONAL = new SpecBuilder().widths(3, 17).orders(2, 4).bags(2).nets(300)
            .estimator(Estimator.CONDITIONAL).build();

    @Test
    void atSizeZeroBothErrorsDrawTheScalarBackendsBits() {
        for (ExperimentSpec spec : List.of(PLAIN, CONDITIONAL)) {
            double[][][] reference = means(spec, new ScalarBackend());
            for (Backend b : List.of(FaultyBackend.outputScale(1), FaultyBackend.outputKurtosis(0))) {
                assertThat(means(spec, b)).as(b.name()).isDeepEqualTo(reference);
            }
        }
    }

    @Test
    void aScaleMultipliesEveryOrderNProductBySToTheN() {
        // at sigma_b = 0 every network's f is s times the correct one, on both estimators (the conditional's
        // W1 variance is s^2 times): a paired identity, so exact up to rounding
        double s = 1.02;
        for (ExperimentSpec spec : List.of(at(PLAIN).sigmaB(0).build(), at(CONDITIONAL).sigmaB(0).build())) {
            double[][][] correct = means(spec, new ScalarBackend());
            double[][][] scaled = means(spec, FaultyBackend.outputScale(s));
            MomentLayout layout = new MomentLayout(spec.k(), spec.orders());
            for (int n : spec.orders()) {
                forEach(layout, n, correct, (c, wb, id) -> assertThat(scaled[wb[0]][wb[1]][id]).as("order %d", n)
                        .isCloseTo(Math.pow(s, n) * c, within(1e-12 * (1 + Math.abs(c)))));
            }
        }
    }

    @Test
    void theKurtosisErrorRaisesOrderNByItsWeightMomentAtWidthOne() {
        // width 1, sigma_b = 0: f = sqrt(1 + a r) f_correct per network, so the networks' products at a and -a add
        // to (1 + a r)^(n/2) + (1 - a r)^(n/2) times the correct ones: 2, 2 (1 + a^2), 2 (1 + 3 a^2) at n = 2, 4, 6
        // (exact, since r^2 = 1): the W1 moments the FaultyBackend comment states. A planted error that did nothing
        // would give 2 at every order, which the order-4 and order-6 identities reject
        double a = 0.5;
        ExperimentSpec spec = new SpecBuilder().arch(Architecture.ERF).dIn(1).widths(1).sigmaB(0).orders(2, 4, 6).bags(2)
                .nets(1000).build();
        double[][][] correct = means(spec, new ScalarBackend());
        double[][][] plus = means(spec, FaultyBackend.outputKurtosis(a));
        double[][][] minus = means(spec, FaultyBackend.outputKurtosis(-a));
        double[] factor = {0, 0, 1, 0, 1 + a * a, 0, 1 + 3 * a * a};
        MomentLayout layout = new MomentLayout(spec.k(), spec.orders());
        for (int n : spec.orders()) {
            forEach(layout, n, correct, (c, wb, id) -> assertThat(plus[wb[0]][wb[1]][id] + minus[wb[0]][wb[1]][id])
                    .as("order %d", n).isCloseTo(2 * factor[n] * c, within(1e-12 * (1 + Math.abs(c)))));
        }
    }

    @Test
    void theKurtosisErrorsSignsAreFairAndLeaveTheVarianceWhileRaisingTheFourthMoment() {
        for (double a : new double[] {0.3, 1}) {
            Moments m = outputFactors(FaultyBackend.outputKurtosis(a), 1 << 18);
            assertThat(Math.abs(m.sign.mean())).as("mean r").isLessThan(Z * m.sign.stderr());
            assertThat(Math.abs(m.signTimesG2.mean())).as("mean r g^2").isLessThan(Z * m.signTimesG2.stderr());
            assertThat(Math.abs(m.second.mean() - 1)).as("E[v^2]").isLessThan(Z * m.second.stderr());
            assertThat(Math.abs(m.fourth.mean() - 3 * (1 + a * a))).as("E[v^4]").isLessThan(Z * m.fourth.stderr());
            // the band resolves the error: the Gaussian's 3 lies outside it
            assertThat(Math.abs(m.fourth.mean() - 3)).as("E[v^4] against 3").isGreaterThan(Z * m.fourth.stderr());
        }
    }

    private static SpecBuilder at(ExperimentSpec s) {
        return new SpecBuilder().widths(s.widths()).orders(s.orders()).bags(s.bags()).nets(s.nets()).estimator(s.estimator());
    }

    /** Every (width, bag, multiset id)'s mean over its networks: what the analysis reads. */
    private static double[][][] means(ExperimentSpec spec, Backend backend) {
        EnsembleSums sums = Engine.run(spec, backend, Progress.NONE);
        double[][][] m = new double[spec.widths().length][spec.bags()][sums.layout().size()];
        for (int w = 0; w < m.length; w++) {
            for (int b = 0; b < m[w].length; b++) {
                for (int id = 0; id < m[w][b].length; id++) {
                    m[w][b][id] = sums.bag(w, b).mean(id);
                }
            }
        }
        return m;
    }

    private interface Check {
        void at(double correct, int[] widthAndBag, int id);
    }

    /** The check on every (width, bag) and every multiset of order n. */
    private static void forEach(MomentLayout layout, int n, double[][][] correct, Check check) {
        for (int w = 0; w < correct.length; w++) {
            for (int b = 0; b < correct[w].length; b++) {
                for (int id = layout.offset(n); id < layout.offset(n) + layout.count(n); id++) {
                    check.at(correct[w][b][id], new int[] {w, b}, id);
                }
            }
        }
    }

    /** Running mean and standard error of one quantity. */
    private static final class Mean {
        private double sum;
        private double sum2;
        private long n;

        void add(double v) {
            sum += v;
            sum2 += v * v;
            n++;
        }

        double mean() {
            return sum / n;
        }

        double stderr() {
            double m = mean();
            return Math.sqrt((sum2 / n - m * m) / (n - 1));
        }
    }

    private record Moments(Mean sign, Mean signTimesG2, Mean second, Mean fourth) {
    }

    /**
     * The planted output factor v of every output weight of {@code networks} width-4 networks, at the
     * addresses the forward pass reads: g the weight's own variate, r its sign.
     */
    private static Moments outputFactors(FaultyBackend backend, int networks) {
        int width = 4;
        CounterStream stream = CounterStream.of(7, width, 0);
        ParameterLayout params = new ParameterLayout(1, width);
        Moments m = new Moments(new Mean(), new Mean(), new Mean(), new Mean());
        double[] out = new double[width + 1];
        int[] words = new int[4];
        for (int n = 0; n < networks; n++) {
            BoxMuller.fill(stream, n, params.outputBase(), out, 0, width + 1);
            for (int j = 0; j < width; j++) {
                double g = out[j];
                double v = backend.outputFactor(stream, n, j, g, words);
                int r = FaultyBackend.sign(stream, n, j, words);
                m.sign.add(r);
                m.signTimesG2.add(r * g * g);
                m.second.add(v * v);
                m.fourth.add(v * v * v * v);
            }
        }
        return m;
    }
}

package org.nnqft.numerics.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.ParameterLayout;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

/** The scalar backend computes the network the stream addresses, written out here from scratch. */
class ScalarBackendTest {

    @ParameterizedTest
    @CsvSource({"GAUSS,1,3", "ERF,2,5", "RELU,3,4", "GAUSS,2,1", "RELU,1,7"})
    void orderOneSumsAreTheOutputsOfTheAddressedNetwork(Architecture arch, int dIn, int width) {
        double[][] inputs = new double[3][dIn];
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < dIn; c++) {
                inputs[i][c] = 0.3 * (i + 1) - 0.2 * c;
            }
        }
        ExperimentSpec spec = new SpecBuilder().arch(arch).dIn(dIn).sigmaW(1.3).sigmaB(0.7).muW(0.1).muB(-0.2)
                .widths(width).inputs(inputs).orders(1).bags(2).nets(10).seed(99).build();
        Ensemble e = Ensemble.of(spec);
        int network = 6;
        int bag = 1;
        MomentSums sums = new MomentSums(e.layout());
        new ScalarBackend().runner(e).run(new Block(width, bag, network, 1), sums);

        CounterStream s = CounterStream.of(99, width, bag);
        ParameterLayout p = new ParameterLayout(dIn, width);
        for (int i = 0; i < 3; i++) {
            double f = -0.2 + 0.7 * BoxMuller.gaussian(s, network, p.b1());
            for (int j = 0; j < width; j++) {
                double z = -0.2 + 0.7 * BoxMuller.gaussian(s, network, p.b0(j));
                double norm2 = 0;
                for (int c = 0; c < dIn; c++) {
                    z += (0.1 + 1.3 / Math.sqrt(dIn) * BoxMuller.gaussian(s, network, p.w0(j, c))) * inputs[i][c];
                    norm2 += inputs[i][c] * inputs[i][c];
                }
                double h = switch (arch) {
                    case GAUSS -> Math.exp(z) / Math.exp(0.49 + 1.69 / dIn * norm2);
                    case ERF -> Erf.erf(z);
                    case RELU -> Math.max(0, z);
                };
                f += (0.1 + 1.3 / Math.sqrt(width) * BoxMuller.gaussian(s, network, p.w1(j))) * h;
            }
            assertThat(sums.sum(1 + i)).isCloseTo(f, within(1e-12 * Math.max(1, Math.abs(f))));
        }
    }

    @Test
    void conditionalEstimateIsTheAverageOverTheOutputLayer() {
        // Given the hidden layer, averaging f(x1)^2 f(x2)^2 over many output layers drawn by hand
        // must approach the conditional estimate of the same network (5 standard errors).
        double[][] inputs = {{0.4}, {-0.8}};
        ExperimentSpec spec = new SpecBuilder().arch(Architecture.ERF).widths(4).inputs(inputs)
                .orders(4).bags(2).nets(1).estimator(Estimator.CONDITIONAL).seed(5).build();
        Ensemble e = Ensemble.of(spec);
        MomentLayout layout = e.layout();
        MomentSums sums = new MomentSums(layout);
        new ScalarBackend().runner(e).run(new Block(4, 0, 0, 1), sums);
        int id = layout.offset(4) + 2; // multiset (0, 0, 1, 1)
        assertThat(layout.elements(id)).containsExactly(0, 0, 1, 1);

        CounterStream s = CounterStream.of(5, 4, 0);
        ParameterLayout p = new ParameterLayout(1, 4);
        double[][] h = new double[4][2];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 2; i++) {
                h[j][i] = Erf.erf(BoxMuller.gaussian(s, 0, p.b0(j)) + BoxMuller.gaussian(s, 0, p.w0(j, 0)) * inputs[i][0]);
            }
        }
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        int draws = 400_000;
        double sum = 0;
        double sumSq = 0;
        for (int d = 0; d < draws; d++) {
            double b1 = rng.nextGaussian();
            double f0 = b1;
            double f1 = b1;
            for (int j = 0; j < 4; j++) {
                double w1 = rng.nextGaussian() / 2;
                f0 += w1 * h[j][0];
                f1 += w1 * h[j][1];
            }
            double v = f0 * f0 * f1 * f1;
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / draws;
        double se = Math.sqrt((sumSq / draws - mean * mean) / draws);
        assertThat(sums.sum(id)).isCloseTo(mean, within(5 * se));
    }
}

package org.nnqft.verification.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.analysis.Analysis;
import org.nnqft.numerics.analysis.MultisetResult;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.numerics.theory.ExactMoments;

/**
 * The exact standard errors agree with the bag spread where the latter is reliable (light tails:
 * sigma_b = 0.3, N = 20). With 40 bags, (bag se / exact se)^2 is chi-square over 39 degrees of
 * freedom divided by 39 if the exact error is right: the band [0.35, 2.1] holds it with
 * probability 1 - 1e-4 on each side, so a factor-of-two error in the formula would fail.
 */
class ExactErrorsTest {
    private static final double LOW = 0.35;
    private static final double HIGH = 2.1;

    @Test
    void exactErrorsMatchTheBagSpreadWhereTailsAreLight() {
        ExperimentSpec spec = new SpecBuilder().sigmaB(0.3).widths(20).orders(2, 4).bags(40).nets(2000).seed(3).build();
        List<OrderResult> rs = Analysis.of(Engine.run(spec, new ScalarBackend(), Progress.NONE));
        ExactMoments exact = ExactMoments.gauss(1, 1, 0.3, 20);
        long networks = 40L * 2000;
        double[][] inputs = spec.inputs();
        for (OrderResult r : rs) {
            List<double[][]> points = new ArrayList<>();
            double[] g0 = new double[r.multisets().size()];
            for (int j = 0; j < g0.length; j++) {
                MultisetResult m = r.multisets().get(j);
                points.add(pointsOf(m.points(), inputs));
                g0[j] = m.g0();
            }
            // one multiset (the first) and the average over the order
            MultisetResult first = r.multisets().get(0);
            double ratio = first.stderr() / ExactErrors.ofMean(exact, points.get(0), networks);
            assertThat(ratio * ratio).as("order %d multiset", r.order()).isBetween(LOW, HIGH);
            double avg = r.meanM().stderr() / ExactErrors.ofAverageM(exact, points, g0, networks);
            assertThat(avg * avg).as("order %d average", r.order()).isBetween(LOW, HIGH);
        }
    }

    private static double[][] pointsOf(int[] idx, double[][] inputs) {
        double[][] p = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            p[i] = inputs[idx[i]];
        }
        return p;
    }
}

package org.nnqft.numerics.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

class TwoSidedQuantileTest {
    @Test
    void leavesAlphaOverTestsInBothTailsTogether() {
        for (int tests : new int[] {1, 6, 126}) {
            double z = TwoSidedQuantile.normal(1e-4, tests);
            assertThat(2 * new NormalDistribution().cumulativeProbability(-z)).isCloseTo(1e-4 / tests, within(1e-12 / tests));
            double t = TwoSidedQuantile.student(1e-4, tests, 19);
            assertThat(2 * new TDistribution(19).cumulativeProbability(-t)).isCloseTo(1e-4 / tests, within(1e-11 / tests));
        }
        // the textbook 1.96 at 5 %, one test
        assertThat(TwoSidedQuantile.normal(0.05, 1)).isCloseTo(1.95996, within(1e-5));
    }

    @Test
    void studentIsWiderThanNormalAndTendsToIt() {
        assertThat(TwoSidedQuantile.student(1e-4, 6, 19)).isGreaterThan(TwoSidedQuantile.normal(1e-4, 6) + 1);
        assertThat(TwoSidedQuantile.student(1e-4, 6, 1_000_000)).isCloseTo(TwoSidedQuantile.normal(1e-4, 6), within(1e-4));
    }
}

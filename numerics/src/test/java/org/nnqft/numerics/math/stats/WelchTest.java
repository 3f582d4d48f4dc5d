package org.nnqft.numerics.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WelchTest {
    @Test
    void identicalSamplesAreNoChangeAndShiftedOnesAre() {
        double[] a = {1, 2, 3, 4};
        assertThat(Welch.pValue(a, a.clone())).isCloseTo(1, within(1e-12));
        assertThat(Welch.pValue(a, new double[] {11, 12, 13, 14})).isLessThan(1e-4);
        // t = -1.095 on 6 degrees of freedom (equal variances): two-sided p = 0.315
        assertThat(Welch.pValue(a, new double[] {2, 3, 4, 5})).isCloseTo(0.3153, within(1e-3));
    }

    @Test
    void withoutSpreadOnlyEqualityIsNoChange() {
        assertThat(Welch.pValue(new double[] {5, 5}, new double[] {5, 5, 5})).isEqualTo(1);
        assertThat(Welch.pValue(new double[] {5, 5}, new double[] {6, 6})).isEqualTo(0);
    }

    @Test
    void fewerThanTwoValuesIsNotATest() {
        assertThat(Welch.pValue(new double[] {1}, new double[] {1, 2})).isNaN();
        assertThat(Welch.pValue(new double[] {1, 2}, new double[0])).isNaN();
    }
}

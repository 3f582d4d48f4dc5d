package org.nnqft.numerics.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {
    @Test
    void stepsDownAndStaysMonotone() {
        // sorted 0.001, 0.01, 0.03, 0.04 over m = 4: 0.004, 0.03, max(0.06, 0.03), max(0.04, 0.06)
        double[] a = Holm.adjust(new double[] {0.03, 0.001, 0.04, 0.01});
        assertThat(a[1]).isCloseTo(0.004, within(1e-12));
        assertThat(a[3]).isCloseTo(0.03, within(1e-12));
        assertThat(a[0]).isCloseTo(0.06, within(1e-12));
        assertThat(a[2]).isCloseTo(0.06, within(1e-12));
    }

    @Test
    void untestedRowsStayUntestedAndDoNotCount() {
        double[] a = Holm.adjust(new double[] {Double.NaN, 0.2});
        assertThat(a[0]).isNaN();
        assertThat(a[1]).isEqualTo(0.2);
    }

    @Test
    void capsAtOne() {
        assertThat(Holm.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
    }

    @Test
    void rejectsStepDownWhileEachAdjustedPValueIsBelowAlpha() {
        // adjusted 0.06, 0.004, 0.06, 0.03: two below 0.05, one below 0.01, none at 0.004 itself (strict)
        double[] p = {0.03, 0.001, 0.04, 0.01};
        assertThat(Holm.rejected(p, 0.05)).isEqualTo(2);
        assertThat(Holm.rejected(p, 0.01)).isEqualTo(1);
        assertThat(Holm.rejected(p, 0.004)).isZero();
        // step-down stops at the first failure: 0.03 alone would pass, but it comes after 0.026 * 2 = 0.052
        assertThat(Holm.rejected(new double[] {0.03, 0.026}, 0.05)).isZero();
        assertThat(Holm.rejected(new double[] {Double.NaN, 0.02}, 0.05)).isEqualTo(1);
    }
}

package org.nnqft.reports.gate;

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
}

package org.nnqft.numerics.math.quadrature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LegendreRuleTest {

    @Test
    void integratesPolynomialsOfDegree2nMinus1OnEveryPanelExactly() {
        LegendreRule rule = LegendreRule.on(new double[] {3, -1, 0.5, 0.5, 2}, 5);
        assertThat(rule.size()).as("3 panels after sorting and deduplication").isEqualTo(15);
        for (int i = 1; i < rule.size(); i++) {
            assertThat(rule.nodes()[i]).isGreaterThan(rule.nodes()[i - 1]);
        }
        // x^9 - 2 x^4 + 1 over [-1, 3]: (3^10 - 1) / 10 - 2 (3^5 + 1) / 5 + 4
        double sum = 0;
        for (int i = 0; i < rule.size(); i++) {
            double x = rule.nodes()[i];
            sum += rule.weights()[i] * (Math.pow(x, 9) - 2 * Math.pow(x, 4) + 1);
        }
        assertThat(sum).isCloseTo((59049.0 - 1) / 10 - 2 * 244.0 / 5 + 4, within(1e-9));
    }

    @Test
    void aKinkOnAPanelEdgeCostsNothing() {
        // |x - 0.3| is two polynomials once 0.3 is a breakpoint; without it the rule converges slowly
        LegendreRule split = LegendreRule.on(new double[] {-1, 0.3, 1}, 4);
        LegendreRule whole = LegendreRule.on(new double[] {-1, 1}, 4);
        double exact = (1.3 * 1.3 + 0.7 * 0.7) / 2;
        assertThat(integrate(split)).isCloseTo(exact, within(1e-14));
        assertThat(Math.abs(integrate(whole) - exact)).isGreaterThan(1e-3);
    }

    private static double integrate(LegendreRule rule) {
        double sum = 0;
        for (int i = 0; i < rule.size(); i++) {
            sum += rule.weights()[i] * Math.abs(rule.nodes()[i] - 0.3);
        }
        return sum;
    }

    @Test
    void rejectsADegenerateInterval() {
        assertThatThrownBy(() -> LegendreRule.on(new double[] {1, 1}, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegendreRule.on(new double[] {0, Double.POSITIVE_INFINITY}, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

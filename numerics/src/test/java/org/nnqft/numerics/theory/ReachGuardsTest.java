package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.spec.Architecture;

/**
 * What callers use to tell "no exact value here" from a value: the reach guards of ExactMoments,
 * and the identity check of CouplingIntegrals. The analysis tests use them; these pin them here.
 */
class ReachGuardsTest {
    /** Five generic points in d_in = 4: with the bias, the ReLU pre-activations span 5 dimensions. */
    private static final double[][] FIVE_DIMENSIONS = {
        {0.3, 0, 0, 0}, {0, 0.5, 0, 0}, {0, 0, -0.4, 0}, {0, 0, 0, 0.6}, {0.2, 0.1, 0.3, -0.2}};

    @Test
    void reachedPointsGiveTheValueAndUnreachedOnesNull() {
        ExactMoments relu = ExactMoments.of(Architecture.RELU, 4, 1, 0.5, 10);
        assertThat(relu.width()).isEqualTo(10);
        assertThat(relu.atWidth(30).width()).isEqualTo(30);
        double[][] two = {FIVE_DIMENSIONS[0], FIVE_DIMENSIONS[1], FIVE_DIMENSIONS[0], FIVE_DIMENSIONS[1]};
        assertThat(relu.expectationIfReached(two)).isEqualTo(relu.expectation(two)).isPositive();
        assertThat(relu.cumulantIfReached(two)).isEqualTo(relu.cumulant(two)).isNotZero();
        double[][] six = {FIVE_DIMENSIONS[0], FIVE_DIMENSIONS[1], FIVE_DIMENSIONS[2], FIVE_DIMENSIONS[3],
            FIVE_DIMENSIONS[4], FIVE_DIMENSIONS[4]};
        assertThatThrownBy(() -> relu.expectation(six)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(relu.expectationIfReached(six)).isNull();
        assertThat(relu.cumulantIfReached(six)).isNull();
    }

    @Test
    void integralsDescribeOnlyTheirOwnEnsembleAndInputs() {
        double[][] inputs = {{0.2}, {0.9}};
        CouplingIntegrals i = CouplingIntegrals.of(Architecture.GAUSS, 1, 1.5, 1, inputs, null);
        assertThat(i.describes(Architecture.GAUSS, 1, 1.5, 1, new double[][] {{0.2}, {0.9}})).isTrue();
        assertThat(i.describes(Architecture.ERF, 1, 1.5, 1, inputs)).isFalse();
        assertThat(i.describes(Architecture.GAUSS, 2, 1.5, 1, inputs)).isFalse();
        assertThat(i.describes(Architecture.GAUSS, 1, 1.6, 1, inputs)).isFalse();
        assertThat(i.describes(Architecture.GAUSS, 1, 1.5, 0.5, inputs)).isFalse();
        assertThat(i.describes(Architecture.GAUSS, 1, 1.5, 1, new double[][] {{0.2}, {0.8}})).isFalse();
    }
}

package org.nnqft.numerics.math.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpreadTest {
    @Test
    void spreadUsesTheSampleVarianceAndRefusesOneBag() {
        Spread s = Spread.of(new double[] {1, 2, 3, 4});
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.std()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(s.stderr()).isCloseTo(Math.sqrt(5.0 / 3) / 2, within(1e-15));
        assertThatThrownBy(() -> Spread.of(new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 1");
    }
}

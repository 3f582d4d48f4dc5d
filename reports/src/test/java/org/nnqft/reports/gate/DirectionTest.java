package org.nnqft.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectionTest {
    @Test
    void theUnitDecides() {
        assertThat(Direction.of("ops/s", "thrpt")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of("ops/ns", "thrpt")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of("ns/op", "avgt")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of("us/op", "sample")).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Direction.of("s/op", "ss")).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void theModeDecidesAnOddUnit() {
        assertThat(Direction.of("furlongs", "thrpt")).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.of("furlongs", "avgt")).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void worseIsPositive() {
        assertThat(Direction.LOWER_IS_BETTER.worsening(10, 12)).isEqualTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Direction.HIGHER_IS_BETTER.worsening(10, 12)).isEqualTo(-0.2, org.assertj.core.api.Assertions.within(1e-12));
    }
}

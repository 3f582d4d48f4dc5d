package org.nnqft.reports.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinTest {
    @Test
    void whatWinAnsiLacksIsSpelledOut() {
        assertThat(Latin.of("10⁻³")).isEqualTo("10^-3");
        assertThat(Latin.of("2×10¹²")).isEqualTo("2×10^12");
        assertThat(Latin.of("mean |m₄| (dimensionless)")).isEqualTo("mean |m4| (dimensionless)");
        assertThat(Latin.of("σ_W (weight scale)")).isEqualTo("sigma_W (weight scale)");
        assertThat(Latin.of("ELS: ∝ 1/N")).isEqualTo("ELS: ~ 1/N");
        assertThat(Latin.of("ELS: slope d_in − 4 = -3")).isEqualTo("ELS: slope d_in - 4 = -3");
        assertThat(Latin.of("slope -2.95 ± 0.03, N = 10")).isEqualTo("slope -2.95 ± 0.03, N = 10");
    }

}

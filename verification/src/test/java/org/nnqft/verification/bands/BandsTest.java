package org.nnqft.verification.bands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BandsTest {
    @Test
    void everyBandHasAReasonAndTheRateIsTheStatedOne() {
        Bands b = Bands.standard();
        assertThat(b.version()).isPositive();
        assertThat(b.bands()).isNotEmpty();
        b.bands().forEach((name, band) -> assertThat(band.rationale()).as(name).hasSizeGreaterThan(40));
        assertThat(b.alpha()).isEqualTo(1e-4);
        // two-sided normal quantile at 1e-4
        assertThat(b.z(1)).isCloseTo(3.8906, within(1e-4));
        // Student-t with 19 degrees of freedom at 1e-4 / 6 (the flow claim's six slope tests of old): the
        // normal quantile there, 4.31, would have been a family-wise rate of 2.3e-3
        assertThat(b.z(6)).isCloseTo(4.3054, within(1e-4));
        assertThat(b.t(6, 19)).isCloseTo(5.7111, within(1e-4));
    }

    @Test
    void anUnknownBandIsAnErrorNotAZero() {
        assertThatThrownBy(() -> Bands.standard().value("noSuchBand")).hasMessageContaining("noSuchBand");
    }
}

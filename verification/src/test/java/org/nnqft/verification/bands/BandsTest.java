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
    }

    @Test
    void anUnknownBandIsAnErrorNotAZero() {
        assertThatThrownBy(() -> Bands.standard().value("noSuchBand")).hasMessageContaining("noSuchBand");
    }
}

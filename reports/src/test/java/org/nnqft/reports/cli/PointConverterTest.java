package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class PointConverterTest {
    private final PointConverter converter = new PointConverter();

    @Test
    void coordinatesSplitOnCommas() {
        assertThat(converter.convert("-1,1")).containsExactly(-1.0, 1.0);
        assertThat(converter.convert(" 0.5 , -2e-3 ,7")).containsExactly(0.5, -0.002, 7.0);
        assertThat(converter.convert("3")).containsExactly(3.0);
    }

    @Test
    void rejectsEmptyAndNonNumericCoordinates() {
        assertThatThrownBy(() -> converter.convert("1,,2")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("1,")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("1,x")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'x'");
    }
}

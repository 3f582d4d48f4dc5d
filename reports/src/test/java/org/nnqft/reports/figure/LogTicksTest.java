package org.nnqft.reports.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogTicksTest {
    @Test
    void aWideRangeGetsDecades() {
        assertThat(LogTicks.values(0.003, 2000)).containsExactly(0.01, 0.1, 1.0, 10.0, 100.0, 1000.0);
    }

    @Test
    void veryWideRangesThinTheDecadesToAtMostEight() {
        List<Double> v = LogTicks.values(1e-12, 1e12);
        assertThat(v).hasSizeLessThanOrEqualTo(LogTicks.MOST).contains(1.0);
        assertThat(v.get(1) / v.get(0)).isCloseTo(1e5, org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    @Test
    void aNarrowRangeGetsOneTwoFiveSteps() {
        assertThat(LogTicks.values(1, 8)).containsExactly(1.0, 2.0, 5.0);
        assertThat(LogTicks.values(0.9, 30)).containsExactly(1.0, 2.0, 5.0, 10.0, 20.0);
    }

    @Test
    void aRangeInsideOneDecadeGetsEveryDigit() {
        assertThat(LogTicks.values(2.5, 4.5)).containsExactly(3.0, 4.0);
    }

    @Test
    void labelsArePlainDecimalsOrPowersOfTenNeverENotation() {
        assertThat(LogTicks.powers(List.of(0.01, 1.0, 1000.0))).isFalse();
        assertThat(LogTicks.label(0.01, false)).isEqualTo("0.01");
        assertThat(LogTicks.label(300, false)).isEqualTo("300");
        assertThat(LogTicks.label(7 * 0.1, false)).isEqualTo("0.7");
        assertThat(LogTicks.label(3 * 0.01, false)).isEqualTo("0.03");
        assertThat(LogTicks.powers(List.of(1e-5, 1e-3))).isTrue();
        assertThat(LogTicks.label(1e-5, true)).isEqualTo("10⁻⁵");
        assertThat(LogTicks.label(1e-2, true)).isEqualTo("10⁻²");
        assertThat(LogTicks.label(2e6, true)).isEqualTo("2×10⁶");
        assertThat(LogTicks.label(1, true)).isEqualTo("10⁰");
        for (double v : LogTicks.values(1e-9, 1e9)) {
            assertThat(LogTicks.label(v, true)).doesNotContain("E").doesNotContain("e");
        }
    }
}

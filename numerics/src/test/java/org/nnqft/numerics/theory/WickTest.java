package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WickTest {
    @Test
    void matchingCountsAreDoubleFactorials() {
        assertThat(Wick.perfectMatchings(0)).hasNumberOfRows(1);
        assertThat(Wick.perfectMatchings(2)).hasNumberOfRows(1);
        assertThat(Wick.perfectMatchings(4)).hasNumberOfRows(3);
        assertThat(Wick.perfectMatchings(6)).hasNumberOfRows(15);
        assertThat(Wick.perfectMatchings(8)).hasNumberOfRows(105);
        assertThat(Wick.perfectMatchings(10)).hasNumberOfRows(945);
        assertThat(Wick.perfectMatchings(5)).isEmpty();
    }

    @Test
    void everyMatchingIsValidAndAllAreDistinct() {
        for (int n = 2; n <= 10; n += 2) {
            Set<String> seen = new HashSet<>();
            for (int[][] matching : Wick.perfectMatchings(n)) {
                assertThat(matching).hasNumberOfRows(n / 2);
                boolean[] covered = new boolean[n];
                for (int[] pair : matching) {
                    assertThat(pair).hasSize(2);
                    assertThat(pair[0]).isLessThan(pair[1]);
                    for (int p : pair) {
                        assertThat(covered[p]).as("point %d used twice", p).isFalse();
                        covered[p] = true;
                    }
                }
                assertThat(seen.add(Arrays.deepToString(matching))).isTrue();
            }
        }
    }

    @Test
    void matchingsAreCachedPerOrder() {
        assertThat(Wick.perfectMatchings(6)).isSameAs(Wick.perfectMatchings(6));
    }

    @Test
    void g0HandValues() {
        double c = 1.7;
        double[][] constant = {{c, c}, {c, c}};
        assertThat(Wick.g0(new int[] {0, 1, 0, 1}, constant)).isCloseTo(3 * c * c, within(1e-12));
        assertThat(Wick.g0(new int[] {0, 0, 0, 0, 1, 1}, constant)).isCloseTo(15 * c * c * c, within(1e-12));
        assertThat(Wick.g0(new int[] {0, 1, 1}, constant)).isZero();
        assertThat(Wick.g0(new int[] {}, constant)).isEqualTo(1.0);

        double[][] k = {{2, 0.5, 0.25}, {0.5, 3, 0.1}, {0.25, 0.1, 5}};
        assertThat(Wick.g0(new int[] {0, 2}, k)).isEqualTo(0.25);
        // (0,1)(2,2) + (0,2)(1,2) + (0,2)(1,2): the second and third pair point 0 with a copy of 2.
        double expected = 0.5 * 5 + 0.25 * 0.1 + 0.25 * 0.1;
        assertThat(Wick.g0(new int[] {0, 1, 2, 2}, k)).isCloseTo(expected, within(1e-15));
        // E[z^4] = 3 sigma^4 for a single Gaussian.
        assertThat(Wick.g0(new int[] {1, 1, 1, 1}, k)).isCloseTo(27.0, within(1e-12));
    }

    @Test
    void negativeOrderIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Wick.perfectMatchings(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -2");
    }
}

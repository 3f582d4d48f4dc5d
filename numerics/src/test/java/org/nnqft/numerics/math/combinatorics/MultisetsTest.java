package org.nnqft.numerics.math.combinatorics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MultisetsTest {
    @Test
    void countsMatchThePublishedSizesForSixInputs() {
        long[] expected = {1, 6, 21, 56, 126, 252, 462};
        for (int n = 0; n <= 6; n++) {
            assertThat(Multisets.count(6, n)).as("n=%d", n).isEqualTo(expected[n]);
            assertThat(Multisets.of(6, n)).as("n=%d", n).hasNumberOfRows((int) expected[n]);
        }
    }

    @Test
    void tuplesAreSortedDistinctAndInLexicographicOrder() {
        for (int k = 1; k <= 5; k++) {
            for (int n = 0; n <= 5; n++) {
                int[][] all = Multisets.of(k, n);
                assertThat((long) all.length).isEqualTo(Multisets.count(k, n));
                for (int i = 0; i < all.length; i++) {
                    int[] t = all[i];
                    assertThat(t).hasSize(n);
                    for (int j = 0; j < n; j++) {
                        assertThat(t[j]).isBetween(0, k - 1);
                        if (j > 0) {
                            assertThat(t[j]).isGreaterThanOrEqualTo(t[j - 1]);
                        }
                    }
                    if (i > 0) {
                        // Strictly increasing in lexicographic order also proves they are distinct.
                        assertThat(Arrays.compare(all[i - 1], t)).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void smallCaseByHand() {
        assertThat(Multisets.of(3, 2)).isDeepEqualTo(new int[][] {
            {0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}});
        assertThat(Multisets.of(4, 0)).isDeepEqualTo(new int[][] {{}});
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Multisets.count(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multisets.of(3, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

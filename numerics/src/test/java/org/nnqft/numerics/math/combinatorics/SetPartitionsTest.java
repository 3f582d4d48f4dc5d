package org.nnqft.numerics.math.combinatorics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetPartitionsTest {
    @Test
    void countsAreBellNumbers() {
        int[] bell = {1, 1, 2, 5, 15, 52, 203, 877, 4140};
        for (int n = 0; n < bell.length; n++) {
            assertThat(SetPartitions.of(n)).as("n=%d", n).hasNumberOfRows(bell[n]);
        }
    }

    @Test
    void evenBlockCountsMatchTheMomentCounts() {
        // Order 6: {6}, 15 x {4,2} and 15 x {2,2,2} make 31 (OEIS A005046).
        int[] expected = {1, 0, 1, 0, 4, 0, 31, 0, 379};
        for (int n = 0; n < expected.length; n++) {
            assertThat(SetPartitions.evenBlocks(n)).as("n=%d", n).hasNumberOfRows(expected[n]);
        }
    }

    @Test
    void eachPartitionCoversEveryPointOnceAndAllAreDistinct() {
        for (int n = 1; n <= 7; n++) {
            Set<String> seen = new HashSet<>();
            for (int[] partition : SetPartitions.of(n)) {
                int union = 0;
                for (int block : partition) {
                    assertThat(block).isNotZero();
                    assertThat(union & block).isZero();
                    union |= block;
                }
                assertThat(union).isEqualTo((1 << n) - 1);
                int[] sorted = partition.clone();
                Arrays.sort(sorted);
                assertThat(seen.add(Arrays.toString(sorted))).isTrue();
            }
        }
    }

    @Test
    void sizesOutsideZeroToMaxAreRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SetPartitions.of(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to " + SetPartitions.MAX_N);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SetPartitions.of(SetPartitions.MAX_N + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got " + (SetPartitions.MAX_N + 1));
    }
}

package org.nnqft.numerics.theory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.math.combinatorics.SetPartitions;
import org.nnqft.numerics.math.quadrature.GaussLegendre;

/** The mutation profile's cache reset finds every cache it names, and empties it. */
class FreshStaticCachesTest {
    @Test
    void emptiesEveryCache() throws ReflectiveOperationException {
        int[][][] matchings = Wick.perfectMatchings(6);
        int[][] partitions = SetPartitions.of(4);
        double[][] rule = GaussLegendre.reference(7);
        new FreshStaticCaches().beforeEach(null);
        assertThat(Wick.perfectMatchings(6)).isNotSameAs(matchings).isEqualTo(matchings);
        assertThat(SetPartitions.of(4)).isNotSameAs(partitions).isEqualTo(partitions);
        assertThat(GaussLegendre.reference(7)).isNotSameAs(rule).isEqualTo(rule);
    }
}

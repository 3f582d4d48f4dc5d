package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;

/** Every lane draws the scalar stream's variate of its network. */
class LaneGaussiansTest {

    @Test
    void lanesDrawTheScalarVariates() {
        int lanes = LaneGaussians.D.length();
        LaneGaussians g = new LaneGaussians();
        double[] out = new double[2 * lanes];
        double worst = 0;
        for (int seed = 0; seed < 3; seed++) {
            CounterStream s = CounterStream.of(seed, 10 + seed, seed);
            for (int first = 0; first < 40_000; first += lanes) {
                g.start(s, first);
                for (int index = 0; index < 12; index += 2) {
                    g.pair(index, out, 0);
                    for (int l = 0; l < lanes; l++) {
                        double c = BoxMuller.gaussian(s, first + l, index);
                        double sn = BoxMuller.gaussian(s, first + l, index + 1);
                        worst = Math.max(worst, Math.abs(out[l] - c) / Math.max(1, Math.abs(c)));
                        worst = Math.max(worst, Math.abs(out[lanes + l] - sn) / Math.max(1, Math.abs(sn)));
                    }
                }
            }
        }
        // measured worst: 3e-15
        assertThat(worst).isLessThan(1e-14);
    }
}

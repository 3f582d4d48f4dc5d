package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.random.BoxMuller;
import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.RadiusUniform;

/**
 * Every lane draws the scalar stream's variate of its network, for double and float lanes, at any
 * first network (odd ones too) and any run of pairs, and in the rare lanes whose radius is refined.
 */
class LaneGaussiansTest {
    /**
     * Float lanes: u1 near 1 rounded to float keeps few bits of 1 - u1, so the smallest radii
     * carry an absolute error near 2^-24 / r; measured worst 1.3e-5 (absolute, relative above 1).
     */
    private static final double FLOAT_TOLERANCE = 3e-5;

    @Test
    void lanesDrawTheScalarVariates() {
        double worst = 0;
        double worstFloat = 0;
        int[] pairs = {0, 2, 4, 10, 6, 20, 12};
        for (int seed = 0; seed < 3; seed++) {
            CounterStream s = CounterStream.of(seed, 10 + seed, seed);
            for (int first = 3 * seed + 1; first < 30_000; first += 13) {
                int count = 1 + first % pairs.length;
                worst = Math.max(worst, doubleLanes(s, first, pairs, count));
                worstFloat = Math.max(worstFloat, floatLanes(s, first, pairs, count));
            }
        }
        // measured worst: 3e-15
        assertThat(worst).isLessThan(1e-14);
        assertThat(worstFloat).isLessThan(FLOAT_TOLERANCE);
    }

    @Test
    void refinedLanesDrawTheScalarTail() {
        // about one pair in 2^20 has its radius cell refined: find some and put them in every lane
        CounterStream s = CounterStream.of(12, 34, 5);
        int found = 0;
        for (int network = 0; found < 4; network++) {
            for (int pair = 0; pair < 64; pair++) {
                if (!RadiusUniform.refines(s.bits(network, 2 * pair))) {
                    continue;
                }
                found++;
                double[] z = new double[2];
                z[0] = BoxMuller.gaussian(s, network, 2 * pair);
                z[1] = BoxMuller.gaussian(s, network, 2 * pair + 1);
                // u1 < 2^-20, so r > sqrt(40 ln 2) = 5.27
                assertThat(Math.hypot(z[0], z[1])).isGreaterThan(5.26);
                int[] at = {2 * pair};
                for (int lane = 0; lane < FloatLaneGaussians.F.length(); lane++) {
                    int first = network - lane;
                    if (first < 0) {
                        break;
                    }
                    if (lane < LaneGaussians.D.length()) {
                        // the unrefined midpoint would be 5e-11 off: this resolves the patch
                        assertThat(doubleLanes(s, first, at, 1)).isLessThan(1e-14);
                    }
                    assertThat(floatLanes(s, first, at, 1)).isLessThan(FLOAT_TOLERANCE);
                }
            }
        }
    }

    /** Worst deviation of the double lanes from the scalar variates, relative above 1. */
    private static double doubleLanes(CounterStream s, int first, int[] evenIndex, int count) {
        int lanes = LaneGaussians.D.length();
        LaneGaussians g = new LaneGaussians();
        double[] out = new double[2 * lanes * count];
        g.start(s, first);
        g.pairs(evenIndex, count, out, 0);
        double worst = 0;
        for (int i = 0; i < count; i++) {
            for (int l = 0; l < lanes; l++) {
                for (int v = 0; v < 2; v++) {
                    double z = BoxMuller.gaussian(s, first + l, evenIndex[i] + v);
                    double lane = out[(2 * i + v) * lanes + l];
                    worst = Math.max(worst, Math.abs(lane - z) / Math.max(1, Math.abs(z)));
                }
            }
        }
        return worst;
    }

    private static double floatLanes(CounterStream s, int first, int[] evenIndex, int count) {
        int lanes = FloatLaneGaussians.F.length();
        FloatLaneGaussians g = new FloatLaneGaussians();
        float[] out = new float[2 * lanes * count];
        g.start(s, first);
        g.pairs(evenIndex, count, out, 0);
        double worst = 0;
        for (int i = 0; i < count; i++) {
            for (int l = 0; l < lanes; l++) {
                for (int v = 0; v < 2; v++) {
                    double z = BoxMuller.gaussian(s, first + l, evenIndex[i] + v);
                    double lane = out[(2 * i + v) * lanes + l];
                    worst = Math.max(worst, Math.abs(lane - z) / Math.max(1, Math.abs(z)));
                }
            }
        }
        return worst;
    }
}

package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.moments.WickEstimates;

/**
 * LaneWick's chunked sums have the bits of the recursion formed network by network with the same
 * FMAs (Math.fma, one chain per multiset in the layout's term order), each lane's values added
 * group by group and the lanes added in order; and they agree with the scalar reference
 * {@link WickEstimates}. Block sizes leave the last group part-filled (its surplus lanes hold NaN,
 * which must not leak), fill a chunk exactly, or span two chunks; lane counts 8 and 16 (the
 * double and float engines), odd k, zero and non-zero means, gapped orders.
 */
class LaneWickTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        int v = LaneGaussians.D.length();
        for (int lanes : new int[] {v, 2 * v}) {
            for (int networks : new int[] {1, 37, LaneWick.CHUNK, LaneWick.CHUNK + 3 * lanes + 5}) {
                b.add(Arguments.of(3, new int[] {2, 4, 6}, false, lanes, networks));
                b.add(Arguments.of(5, new int[] {4}, false, lanes, networks));
                b.add(Arguments.of(3, new int[] {2, 6}, true, lanes, networks));
                b.add(Arguments.of(2, new int[] {1, 2, 3, 4, 5}, true, lanes, networks));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "k={0} orders {1} mean={2} lanes={3} networks={4}")
    @MethodSource("cases")
    void sumsHaveTheBitsOfTheLaneWiseRecursion(int k, int[] orders, boolean withMean, int lanes, int networks) {
        MomentLayout layout = new MomentLayout(k, orders);
        SplittableRandom rng = new SplittableRandom(31L * k + networks + lanes);
        double[][] cov = new double[networks][];
        double[][] mean = new double[networks][];
        for (int n = 0; n < networks; n++) {
            cov[n] = symmetric(k, rng);
            mean[n] = withMean ? rng.doubles(k, -0.5, 0.5).toArray() : null;
        }
        LaneWick wick = new LaneWick(layout, lanes, withMean);
        MomentSums got = new MomentSums(layout);
        // two blocks through one instance: the second must start afresh
        for (int block = 0; block < 2; block++) {
            for (int g = 0; g < networks; g += lanes) {
                int valid = Math.min(lanes, networks - g);
                wick.add(laneMajor(cov, g, valid, lanes, k * k), withMean ? laneMajor(mean, g, valid, lanes, k) : null, valid);
            }
            wick.drainInto(got, networks);
        }

        double[] perLane = lanewise(layout, cov, mean, lanes);
        MomentSums expected = new MomentSums(layout);
        expected.addSums(perLane, networks);
        expected.addSums(perLane, networks);
        WickEstimates scalar = new WickEstimates(layout);
        double[] reference = new double[layout.size()];
        double[] scale = new double[layout.size()];
        for (int n = 0; n < networks; n++) {
            double[] w = scalar.of(cov[n], mean[n]);
            for (int id = 0; id < w.length; id++) {
                reference[id] += 2 * w[id];
                scale[id] += 2 * Math.abs(w[id]);
            }
        }
        assertThat(got.networks()).isEqualTo(2L * networks);
        for (int id : layout.summedIds()) {
            boolean vanishes = !withMean && layout.elements(id).length % 2 == 1;
            assertThat(got.sum(id)).as("id %d", id).isEqualTo(expected.sum(id));
            assertThat(got.sum(id)).as("id %d against the scalar reference", id)
                    .isCloseTo(reference[id], within(1e-13 * scale[id]));
            if (!vanishes) {
                assertThat(got.sum(id)).as("id %d is formed", id).isNotZero();
            }
        }
    }

    /** Each lane's sum over its networks, formed network by network, then the lanes in order. */
    private static double[] lanewise(MomentLayout layout, double[][] cov, double[][] mean, int lanes) {
        int k = layout.k();
        double[][] laneAcc = new double[lanes][layout.size()];
        double[] w = new double[layout.size()];
        for (int n = 0; n < cov.length; n++) {
            w[0] = 1;
            for (int id = 1; id < layout.size(); id++) {
                int[] s = layout.elements(id);
                double v = mean[n] == null ? 0 : mean[n][s[0]] * w[layout.rest1(id)];
                for (int j = 1; j < s.length; j++) {
                    v = Math.fma(cov[n][s[0] * k + s[j]], w[layout.rest2(id)[j - 1]], v);
                }
                w[id] = v;
                laneAcc[n % lanes][id] = v + laneAcc[n % lanes][id];
            }
        }
        double[] sums = new double[layout.size()];
        for (int id = 0; id < sums.length; id++) {
            for (int l = 0; l < lanes; l++) {
                sums[id] += laneAcc[l][id];
            }
        }
        return sums;
    }

    private static double[] symmetric(int k, SplittableRandom rng) {
        double[] c = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                c[i * k + j] = i == j ? rng.nextDouble(0.5, 1.5) : rng.nextDouble(-0.4, 0.4);
                c[j * k + i] = c[i * k + j];
            }
        }
        return c;
    }

    /** Networks g .. g + valid - 1 as entry-major lanes; the surplus lanes are NaN. */
    private static double[] laneMajor(double[][] perNetwork, int g, int valid, int lanes, int entries) {
        double[] out = new double[entries * lanes];
        Arrays.fill(out, Double.NaN);
        for (int l = 0; l < valid; l++) {
            for (int e = 0; e < entries; e++) {
                out[e * lanes + l] = perNetwork[g + l][e];
            }
        }
        return out;
    }
}

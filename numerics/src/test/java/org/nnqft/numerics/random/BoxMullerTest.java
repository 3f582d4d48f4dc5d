package org.nnqft.numerics.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Normal variates: their moments and distribution, with bands for a false alarm of 1e-6 or less. */
class BoxMullerTest {
    private static final int N = 1 << 21;

    private static double[] sample(CounterStream s) {
        double[] z = new double[N];
        for (int net = 0; net < N / 1024; net++) {
            BoxMuller.fill(s, net, 0, z, net * 1024, 1024);
        }
        return z;
    }

    @Test
    void momentsAreStandardNormal() {
        double[] z = sample(CounterStream.of(42, 100, 0));
        double m1 = 0;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : z) {
            m1 += v;
            m2 += v * v;
            m3 += v * v * v;
            m4 += v * v * v * v;
        }
        m1 /= N;
        m2 /= N;
        m3 /= N;
        m4 /= N;
        // standard errors of the raw moments of N(0,1): sqrt(Var[z^p] / N) with
        // Var z = 1, Var z^2 = 2, Var z^3 = 15, Var z^4 = 96; 5.3 sd is a two-sided 1.2e-7 each
        double band = 5.3 / Math.sqrt(N);
        assertThat(m1).isCloseTo(0, org.assertj.core.data.Offset.offset(band));
        assertThat(m2).isCloseTo(1, org.assertj.core.data.Offset.offset(band * Math.sqrt(2)));
        assertThat(m3).isCloseTo(0, org.assertj.core.data.Offset.offset(band * Math.sqrt(15)));
        assertThat(m4).isCloseTo(3, org.assertj.core.data.Offset.offset(band * Math.sqrt(96)));
    }

    @Test
    void distributionPassesKolmogorovSmirnov() {
        double[] z = sample(CounterStream.of(5, 3, 9));
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), z, false);
        assertThat(p).isGreaterThan(1e-6);
    }

    @Test
    void tailFrequencyMatchesTheNormalTail() {
        // P(|z| > 4) = 6.33e-5: with 2^21 draws, 132.8 expected; Poisson band for a 1e-6 alarm
        double[] z = sample(CounterStream.of(9, 1, 1));
        long tail = java.util.Arrays.stream(z).filter(v -> Math.abs(v) > 4).count();
        double expected = 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(4)) * N;
        assertThat((double) tail).isBetween(expected - 5 * Math.sqrt(expected), expected + 5 * Math.sqrt(expected));
    }

    @Test
    void eachVariateIsAddressableOnItsOwn() {
        CounterStream s = CounterStream.of(3, 7, 2);
        double[] block = new double[9];
        BoxMuller.fill(s, 12, 4, block, 0, 9);
        for (int i = 0; i < 9; i++) {
            assertThat(BoxMuller.gaussian(s, 12, 4 + i)).isEqualTo(block[i]);
        }
        assertThatThrownBy(() -> BoxMuller.fill(s, 0, 3, block, 0, 2)).hasMessageContaining("even");
    }

    @Test
    void pairedVariatesAreUncorrelated() {
        double[] z = sample(CounterStream.of(8, 8, 8));
        double c = 0;
        for (int i = 0; i < N; i += 2) {
            c += z[i] * z[i + 1];
        }
        // mean of N/2 products of independent N(0,1): sd sqrt(2/N); 5.3 sd
        assertThat(Math.abs(c / (N / 2))).isLessThan(5.3 * Math.sqrt(2.0 / N));
    }
}

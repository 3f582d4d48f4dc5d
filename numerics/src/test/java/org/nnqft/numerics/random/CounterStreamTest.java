package org.nnqft.numerics.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Statistical checks of the stream. Each test's band is set for a false-alarm rate of at most
 * 1e-6 under a perfect generator (the seeds are fixed, so a pass is reproducible).
 */
class CounterStreamTest {
    private static final double ALARM = 1e-6;

    @Test
    void sameAddressSameBitsDifferentAddressDifferentBits() {
        CounterStream a = CounterStream.of(7, 10, 3);
        CounterStream b = CounterStream.of(7, 10, 3);
        assertThat(a.bits(5, 11)).isEqualTo(b.bits(5, 11));
        assertThat(a.bits(5, 11)).isNotEqualTo(a.bits(5, 12)).isNotEqualTo(a.bits(6, 11));
        assertThat(a.bits(5, 11)).isNotEqualTo(CounterStream.of(7, 10, 4).bits(5, 11))
                .isNotEqualTo(CounterStream.of(7, 11, 3).bits(5, 11))
                .isNotEqualTo(CounterStream.of(8, 10, 3).bits(5, 11));
        assertThat(a.seedWord(5)).isNotEqualTo(a.bits(5, 0)).isNotEqualTo(a.seedWord(6));
    }

    @Test
    void uniformAlongParameters() {
        CounterStream s = CounterStream.of(1, 1000, 0);
        int[] counts = new int[256];
        int n = 1 << 20;
        for (int i = 0; i < n; i++) {
            counts[(int) (Uniform.closedOpen(s.bits(0, i)) * 256)]++;
        }
        assertChiSquareUniform(counts, n);
    }

    @Test
    void uniformAcrossNetworksAtOneParameter() {
        // the SIMD backend reads one parameter of many networks at once: those must be uniform too
        CounterStream s = CounterStream.of(3, 2, 5);
        int[] counts = new int[256];
        int n = 1 << 20;
        for (int net = 0; net < n; net++) {
            counts[(int) (s.bits(net, 7) >>> 56)]++;
        }
        assertChiSquareUniform(counts, n);
    }

    @Test
    void lowBitsAreUniformToo() {
        CounterStream s = CounterStream.of(11, 50, 1);
        int[] counts = new int[256];
        int n = 1 << 20;
        for (int i = 0; i < n; i++) {
            counts[(int) (s.bits(i >>> 10, i & 1023) & 0xFF)]++;
        }
        assertChiSquareUniform(counts, n);
    }

    @Test
    void neighbouringStreamsAreUncorrelated() {
        // correlation of two independent uniform sequences: sd 1/sqrt(12 n) around 0 after centring
        int n = 1 << 20;
        CounterStream[] streams = {CounterStream.of(1, 10, 0), CounterStream.of(1, 10, 1),
            CounterStream.of(1, 11, 0), CounterStream.of(2, 10, 0)};
        for (int a = 0; a < streams.length; a++) {
            for (int b = a + 1; b < streams.length; b++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += (Uniform.closedOpen(streams[a].bits(i >>> 8, i & 255)) - 0.5)
                            * (Uniform.closedOpen(streams[b].bits(i >>> 8, i & 255)) - 0.5);
                }
                double r = sum / n * 12;
                // |r| < 5.4 / sqrt(n): two-sided 6.6e-8 per pair, 4e-7 for the six pairs
                assertThat(Math.abs(r)).as("streams %d, %d", a, b).isLessThan(5.4 / Math.sqrt(n));
            }
        }
    }

    private static void assertChiSquareUniform(int[] counts, int n) {
        double expected = (double) n / counts.length;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        double critical = new ChiSquaredDistribution(counts.length - 1).inverseCumulativeProbability(1 - ALARM);
        assertThat(chi2).isLessThan(critical);
    }
}

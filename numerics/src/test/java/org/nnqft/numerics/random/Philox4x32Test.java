package org.nnqft.numerics.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.rng.core.source32.Philox4x32;
import org.junit.jupiter.api.Test;

/** The suite's Philox4x32-10 bit for bit against two independent references. */
class Philox4x32Test {

    /**
     * Random123's known-answer vectors for philox4x32_10: file tests/kat_vectors of
     * github.com/DEShawResearch/random123 (commit 9545ff6413f2, 2022), lines
     * "philox4x32 10 CTR0..CTR3 KEY0 KEY1 OUT0..OUT3", copied as published.
     */
    private static final String[] KAT = {
        "00000000 00000000 00000000 00000000 00000000 00000000   6627e8d5 e169c58d bc57ac4c 9b00dbd8",
        "ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff   408f276d 41c83b0e a20bc7c6 6d5451fd",
        "243f6a88 85a308d3 13198a2e 03707344 a4093822 299f31d0   d16cfe09 94fdcceb 5001e420 24126ea1",
    };

    @Test
    void matchesRandom123KnownAnswers() {
        for (String line : KAT) {
            String[] f = line.trim().split("\\s+");
            int[] v = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                v[i] = Integer.parseUnsignedInt(f[i], 16);
            }
            int[] out = new int[4];
            org.nnqft.numerics.random.Philox4x32.block(v[4], v[5], v[0], v[1], v[2], v[3], out, 0);
            assertThat(out).as(line).containsExactly(v[6], v[7], v[8], v[9]);
        }
    }

    @Test
    void matchesCommonsRngOnRandomKeysAndCounters() {
        SplittableRandom r = new SplittableRandom(20261202);
        int[] out = new int[4];
        for (int t = 0; t < 20_000; t++) {
            int k0 = r.nextInt();
            int k1 = r.nextInt();
            int[] c = {r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt()};
            org.nnqft.numerics.random.Philox4x32.block(k0, k1, c[0], c[1], c[2], c[3], out, 0);
            Philox4x32 reference = new Philox4x32(seedBefore(k0, k1, c));
            for (int w = 0; w < 4; w++) {
                assertThat(out[w]).as("trial %d word %d", t, w).isEqualTo(reference.nextInt());
            }
        }
    }

    @Test
    void streamWordsAreCommonsRngLongsAtTheirCounter() {
        // word 0 of pair q of network n is nextLong at counter (q, n, 0, 0), word 1 the next one
        SplittableRandom r = new SplittableRandom(7);
        for (int t = 0; t < 2_000; t++) {
            CounterStream s = CounterStream.of(r.nextLong(), 1 + r.nextInt(10_000), r.nextInt(1000));
            int network = r.nextInt(Integer.MAX_VALUE);
            int pair = r.nextInt(1 << 30);
            Philox4x32 reference = new Philox4x32(seedBefore(s.key0(), s.key1(), new int[] {pair, network, 0, 0}));
            assertThat(s.bits(network, 2 * pair)).isEqualTo(reference.nextLong());
            assertThat(s.bits(network, 2 * pair + 1)).isEqualTo(reference.nextLong());
            int level = 1 + r.nextInt(RadiusUniform.DEEPEST);
            Philox4x32 extension = new Philox4x32(seedBefore(s.key0(), s.key1(), new int[] {pair, network, level, 0}));
            assertThat(s.radiusWord(network, pair, level)).isEqualTo(extension.nextLong());
        }
    }

    /** Commons RNG increments its 128-bit counter before the first block: seed it one below. */
    private static int[] seedBefore(int k0, int k1, int[] counter) {
        int[] c = counter.clone();
        for (int i = 0; i < 4; i++) {
            if (c[i]-- != 0) {
                break;
            }
        }
        return new int[] {k0, k1, c[0], c[1], c[2], c[3]};
    }
}

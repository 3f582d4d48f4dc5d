package org.nnqft.reports.cli;

import org.nnqft.numerics.random.CounterStream;
import org.nnqft.numerics.random.Philox4x32;

/**
 * The suite's stream words in the order of one axis, for external test batteries: word p of
 * <ul>
 *   <li>index: network p / 2^33, variate index p mod 2^33 (word i & 1 of pair i >>> 1), so one
 *       network's consecutive variate words;
 *   <li>network: variate index p / 2^32, network p mod 2^32, so one variate of consecutive
 *       networks, the order the SIMD backend's lanes cut across;
 *   <li>bag: with t = bag + p, variate index t / 2^31 of network 0 in bag t mod 2^31, so one
 *       variate of consecutive bags (consecutive keys).
 * </ul>
 */
final class RawWords {
    enum Axis {
        INDEX, NETWORK, BAG
    }

    private final long seed;
    private final int width;
    private final int bag;
    private final Axis axis;
    private final CounterStream stream;
    private final int[] block = new int[4];
    private long position;

    RawWords(long seed, int width, int bag, Axis axis) {
        this.seed = seed;
        this.width = width;
        this.bag = bag;
        this.axis = axis;
        this.stream = CounterStream.of(seed, width, bag);
    }

    long next() {
        long p = position++;
        return switch (axis) {
            case INDEX -> word(stream, (int) (p >>> 33), p & ((1L << 33) - 1));
            case NETWORK -> word(stream, (int) p, p >>> 32);
            case BAG -> {
                long t = bag + p;
                yield word(CounterStream.of(seed, width, (int) (t & Integer.MAX_VALUE)), 0, t >>> 31);
            }
        };
    }

    /** Word of variate index {@code index} (0 .. 2^33) of a network. */
    private long word(CounterStream s, int network, long index) {
        s.block(network, (int) (index >>> 1), 0, block, 0);
        int at = 2 * (int) (index & 1);
        return Philox4x32.join(block[at], block[at + 1]);
    }
}

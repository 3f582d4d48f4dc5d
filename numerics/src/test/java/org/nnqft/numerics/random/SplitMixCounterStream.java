package org.nnqft.numerics.random;

/**
 * The suite's stream before issue 12, kept only as the planted fault of the Hamming-distance test
 * (RngHammingTest): its network axis steps by gamma 2^32, whose few bit transitions show at 2^28
 * draws.
 *
 * <p>Each (seed, width, bag) gets its own key and its own odd Weyl increment; the bits at counter
 * c are {@code mix64(key + c * gamma)}. This is SplittableRandom's generator (Steele, Lea, Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014) evaluated at a counter instead of
 * being stepped. Distinct increments per stream keep two streams from sharing a run of values,
 * which a common increment would allow whenever two keys differ by a multiple of it.
 *
 * <p>The counter of parameter {@code index} of network {@code network} is
 * {@code network << 32 | index}.
 */
final class SplitMixCounterStream {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long key;
    private final long gamma;

    private SplitMixCounterStream(long key, long gamma) {
        this.key = key;
        this.gamma = gamma;
    }

    /** The stream of one bag of one width of an experiment. */
    static SplitMixCounterStream of(long seed, int width, int bag) {
        long k = mix64(seed + GOLDEN);
        k = mix64(k + GOLDEN * (1 + (long) width));
        k = mix64(k ^ (GOLDEN * (1 + (long) bag)));
        return new SplitMixCounterStream(k, mixGamma(k + GOLDEN));
    }

    public long key() {
        return key;
    }

    /** The odd increment; vectorised backends broadcast it with {@link #key()}. */
    public long gamma() {
        return gamma;
    }

    public static long counter(int network, int index) {
        return ((long) network << 32) | (index & 0xFFFFFFFFL);
    }

    public long bits(long counter) {
        return mix64(key + counter * gamma);
    }

    public long bits(int network, int index) {
        return bits(counter(network, index));
    }

    /** Stafford's variant 13 finaliser, as in SplitMix64. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** SplittableRandom's rule: an odd increment with enough bit transitions to mix well. */
    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        z = (z ^ (z >>> 33)) | 1L;
        return Long.bitCount(z ^ (z >>> 1)) < 24 ? z ^ 0xAAAAAAAAAAAAAAAAL : z;
    }
}

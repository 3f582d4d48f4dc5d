package org.nnqft.numerics.spec;

/** Where a backend's random parameters come from. */
public enum Rng {
    /**
     * The suite's counter-based stream ({@link org.nnqft.numerics.random.CounterStream}): every
     * backend draws the very same networks. The default, and the only source of scalar and simd.
     */
    SUITE,
    /**
     * The backend library's own generator (nd4j: Nd4j's Gaussian fill, seeded per block): other
     * networks from the same distribution, for speed comparisons as a library user would run them.
     */
    NATIVE;

    public String id() {
        return Ids.id(this);
    }

    public static Rng parse(String text) {
        return Ids.parse(Rng.class, "rng", text);
    }
}

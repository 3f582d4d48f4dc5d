package org.nnqft.numerics.backend;

/** Plain Java, one network at a time: the readable reference every other backend must match. */
public final class ScalarBackend implements Backend {
    public static final String NAME = "scalar";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BlockRunner runner(Ensemble ensemble) {
        return new ScalarRunner(ensemble);
    }
}

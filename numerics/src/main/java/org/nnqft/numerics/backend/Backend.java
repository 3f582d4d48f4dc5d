package org.nnqft.numerics.backend;

/**
 * The only place that knows how network outputs are computed. Every backend draws its parameters
 * from the same {@link org.nnqft.numerics.random.CounterStream} addresses, so all backends compute
 * the very same networks; the scalar backend is the reference the others are tested against.
 */
public interface Backend {
    String name();

    /** A runner for one worker thread: it owns scratch space and is not thread-safe. */
    BlockRunner runner(Ensemble ensemble);
}

package org.nnqft.numerics.engine;

/** Told after each finished block; called from worker threads. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}

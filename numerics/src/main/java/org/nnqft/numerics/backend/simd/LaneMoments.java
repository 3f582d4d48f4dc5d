package org.nnqft.numerics.backend.simd;

import org.nnqft.numerics.moments.MomentSums;

/** Per-lane estimates of one group of networks, summed across lanes and groups of a block. */
public interface LaneMoments {
    /**
     * Adds a group's estimates. {@code values} is the plain estimator's outputs (k x lanes) or the
     * conditional estimator's covariance (k x k x lanes), {@code mean} the conditional mean
     * (k x lanes) or null; lanes from {@code valid} on are not networks of the block.
     */
    void add(double[] values, double[] mean, int valid);

    /** Adds the block's sums over {@code networks} networks and starts afresh. */
    void drainInto(MomentSums into, int networks);
}

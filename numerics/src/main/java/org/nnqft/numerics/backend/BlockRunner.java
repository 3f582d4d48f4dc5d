package org.nnqft.numerics.backend;

import org.nnqft.numerics.moments.MomentSums;

/** Draws the networks of a block, computes their estimates and adds them to the sums. */
public interface BlockRunner {
    void run(Block block, MomentSums into);
}

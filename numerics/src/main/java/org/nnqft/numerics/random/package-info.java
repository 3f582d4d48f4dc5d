/**
 * The counter-based random stream (Philox4x32-10 keyed by seed, addressed by network and index)
 * and the uniforms and Gaussians drawn from it.
 *
 * <p>May import (of ours): math. Enforced by ArchitectureTest; see docs/design.md.
 */
package org.nnqft.numerics.random;

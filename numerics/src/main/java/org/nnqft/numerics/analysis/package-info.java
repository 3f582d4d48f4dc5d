/**
 * From moment sums to statistics: per-order moments and their errors (bag spread or exact),
 * couplings and their errors. The step after the engine, before the claims; its general statistics
 * (spread, power-law fits) live in math.stats.
 *
 * <p>May import (of ours): engine, theory, moments, spec, math. Enforced by ArchitectureTest; see
 * docs/design.md.
 */
package org.nnqft.numerics.analysis;

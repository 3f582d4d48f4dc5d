/**
 * Moment accumulation: the multiset layout of orders over the inputs, per-network products
 * (plain estimator) or Wick sums (conditional estimator), and their running sums.
 *
 * <p>May import (of ours): spec, math. Enforced by ArchitectureTest; see docs/design.md.
 */
package org.nnqft.numerics.moments;

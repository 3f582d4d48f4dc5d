/**
 * Moment accumulation: the multiset layout of orders over the inputs, per-network products
 * (plain estimator) or Wick sums (conditional estimator), and their running sums.
 */
package org.nnqft.numerics.moments;

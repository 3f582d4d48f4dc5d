/**
 * From moment sums to statistics: per-order moments and their errors (bag spread or exact),
 * couplings, power-law fits of their scaling with width. The step after the engine, before the
 * claims.
 */
package org.nnqft.numerics.analysis;

/**
 * Vectors held as plain double arrays: their dot product, which the kernels and the cone quadrature
 * share.
 *
 * <p>May import: nothing of ours.
 */
package org.nnqft.numerics.math.linear;

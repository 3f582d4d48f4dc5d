/**
 * Exact theory: Gaussian-process kernels and the exact finite-width moments of gauss, erf and ReLU
 * networks, by Wick contraction over set partitions and quadrature; what the claims compare with.
 */
package org.nnqft.numerics.theory;

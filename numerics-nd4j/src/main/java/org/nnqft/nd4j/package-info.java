/**
 * The ND4J backend, found through {@link org.nnqft.numerics.backend.BackendProvider}: the same
 * blocks and moment sums as the scalar and SIMD backends, computed with ND4J arrays.
 */
package org.nnqft.nd4j;

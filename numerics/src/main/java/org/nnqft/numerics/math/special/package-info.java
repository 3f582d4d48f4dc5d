/**
 * Special functions in double precision where Hipparchus' are too slow for an inner loop: the error
 * function that the scalar backend evaluates per hidden unit, the SIMD backend lane by lane and the
 * theory in its quadratures, so all three compute the same function.
 *
 * <p>May import: nothing of ours.
 */
package org.nnqft.numerics.math.special;

/**
 * The SIMD backend on jdk.incubator.vector: one network per lane, double and float twins, IEEE
 * operations only (no VectorOperators.EXP), so that a block gives the same bits compiled or
 * interpreted.
 */
package org.nnqft.numerics.backend.simd;

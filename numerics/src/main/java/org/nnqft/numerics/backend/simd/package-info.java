/**
 * The SIMD backend on jdk.incubator.vector: one network per lane, double and float twins, IEEE
 * operations only (no VectorOperators.EXP), so that a block gives the same bits compiled or
 * interpreted.
 *
 * <p>May import (of ours): backend, moments, random, spec, math. Enforced by ArchitectureTest; see
 * docs/design.md.
 */
package org.nnqft.numerics.backend.simd;

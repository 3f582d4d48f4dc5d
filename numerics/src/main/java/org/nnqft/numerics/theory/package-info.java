/**
 * Exact theory: Gaussian-process kernels and the exact finite-width moments of gauss, erf and ReLU
 * networks, by Wick contraction over set partitions and quadrature (from math); the coupling
 * integrals I_4; what the claims compare with.
 *
 * <p>May import (of ours): spec, math; never backend, engine, moments or analysis, so that the theory
 * is judged apart from the code it checks. Enforced by ArchitectureTest; see docs/design.md.
 */
package org.nnqft.numerics.theory;

/**
 * The math layer at the bottom of numerics: general numerics that know nothing of networks or of
 * the physics (quadrature, combinatorics, special functions, vectors, statistics), each area in a
 * package of its own as Hipparchus has them. Every other package of numerics, and verification and
 * reports, may stand on it.
 *
 * <p>May import: nothing of ours outside {@code math} (the JDK and Hipparchus only), and no cycle
 * between its own packages. Enforced by ArchitectureTest; see docs/design.md.
 */
package org.nnqft.numerics.math;

/**
 * Quadrature rules: Gauss-Legendre (Hipparchus' rules, cached and mapped onto intervals), composite
 * rules on panels, geometric grading toward walls, a polar rule for steps through the origin, exact
 * meridian integrals of trigonometric monomials, and Gaussian integrals of homogeneous functions
 * over polyhedral cones. The theory's exact moments and coupling integrals are built from them.
 *
 * <p>May import: {@code math.linear}; nothing else of ours.
 */
package org.nnqft.numerics.math.quadrature;

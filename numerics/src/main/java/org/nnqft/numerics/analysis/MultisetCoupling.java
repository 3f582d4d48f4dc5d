package org.nnqft.numerics.analysis;

/**
 * The effective coupling u_4 = -DeltaG4 / I_4 (ELS Eq. 8) on one multiset of four inputs at one
 * width.
 *
 * @param points  the input indices of the multiset, sorted
 * @param i4      I_4, the integral of the product of the four K_W (docs/theory.md section 5)
 * @param deltaG4 mean over bags of G^(4) minus the Gaussian-process value G0^(4)
 * @param u4      -deltaG4 / i4; null where I_4 cancels to 0 (an erf I_4 that vanishes by symmetry,
 *                {@link org.nnqft.numerics.theory.CouplingIntegrals#cancels}), where u_4 is undefined
 * @param stderr  standard error of u4: bag standard deviation of G^(4) / sqrt(bags) / |i4|; null
 *                with u4
 * @param exact   -kappa_4 / i4 with the exact finite-width cumulant; null with u4 and where no
 *                exact theory is known
 */
public record MultisetCoupling(int[] points, double i4, double deltaG4, Double u4, Double stderr, Double exact) {
}

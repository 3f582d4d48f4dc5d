package org.nnqft.reports.results;

import org.nnqft.numerics.theory.CouplingIntegrals;

/**
 * How I_4 was computed. u_4 of erf and relu scales with the cutoff (their kernels do not decay),
 * so a value is meaningful only together with it.
 *
 * @param region where I_4 is integrated: "R^d" (Gauss-net) or "box [-L, L]^d"
 * @param method "closed form" or the quadrature rule
 * @param cutoff L, or null for all of R^d
 */
public record IntegralEntry(String region, String method, Double cutoff) {

    static IntegralEntry of(CouplingIntegrals i) {
        return new IntegralEntry(i.region(), i.method(), i.cutoff());
    }
}

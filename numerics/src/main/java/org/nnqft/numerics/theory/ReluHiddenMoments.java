package org.nnqft.numerics.theory;

import org.nnqft.numerics.math.linear.Dot;
import org.nnqft.numerics.math.quadrature.ConeIntegral;
import org.nnqft.numerics.math.quadrature.Meridian;

/**
 * Hidden moments of the ReLU-net, H_m = E[max(z_1, 0) ... max(z_m, 0)] with z_i = a . x_i + c,
 * a ~ N(0, sigmaW^2 / dIn I), c ~ N(0, sigmaB^2) (docs/theory.md section 4).
 *
 * <p>Write z_i = g . v_i for a standard Gaussian g in R^r, r the rank of the points' pre-activations
 * ({@link Support#rankSpace}). The product of the max(z_i, 0) vanishes outside the convex cone
 * {g : g . v_i >= 0 for all i}, is the polynomial prod_i (g . v_i)^{k_i} inside it, and is positively
 * homogeneous of degree m. In polar coordinates g = R omega the radial integral is therefore exact,
 * (2 pi)^{-r/2} int_0^inf R^{m+r-1} e^{-R^2/2} dR = (2 pi)^{-r/2} 2^{(m+r-2)/2} Gamma((m+r)/2), and what
 * remains is a polynomial over the cone's trace on the sphere, integrated by {@link ConeIntegral}: the
 * ReLU kinks are the cone's faces, so no quadrature node ever straddles one, and the same formula holds
 * for sigmaB = 0 (HMS's setting) and sigmaB > 0 alike.
 *
 * <p>Accuracy, measured against runs with doubled nodes, the arc-cosine kernel (m = 2) and Monte Carlo
 * (ReluHiddenMomentsTest): relative error below 1e-12 for m <= 8 at d_in = 1..3, sigmaW in [0.5, 3],
 * sigmaB in {0, 0.5, 1}, on the published inputs and random points of norm <= 2; with a bias at d_in = 3
 * the error grows once sigmaW / sigmaB exceeds about 40 (4e-9 at 200).
 */
public final class ReluHiddenMoments implements HiddenMoments {
    /** Cap on meridian nodes (cost grows as their square): steepness 60 and beyond. */
    private static final int MAX_NODES = 160;
    private final int dIn;
    private final double sigmaW;
    private final double sigmaB;
    /** 1 normally; 2 doubles the nodes (convergence checks). */
    private final int refinement;

    /** @throws IllegalArgumentException if dIn < 1, sigmaW <= 0 or sigmaB < 0 */
    public ReluHiddenMoments(int dIn, double sigmaW, double sigmaB) {
        this(dIn, sigmaW, sigmaB, 1);
    }

    ReluHiddenMoments(int dIn, double sigmaW, double sigmaB, int refinement) {
        HiddenMoments.requireParameters(dIn, sigmaW, sigmaB);
        if (refinement < 1) {
            throw new IllegalArgumentException("refinement must be >= 1, got " + refinement);
        }
        this.dIn = dIn;
        this.sigmaW = sigmaW;
        this.sigmaB = sigmaB;
        this.refinement = refinement;
    }

    @Override
    public double h(double[][] points) {
        Support support = Support.of(points);
        int m = support.order();
        if (m == 0) {
            return 1;
        }
        double[][] v = support.rankSpace(dIn, sigmaW, sigmaB);
        int r = v[0].length;
        for (double[] vi : v) {
            if (Dot.product(vi, vi) == 0) {
                return 0; // z_i = 0 identically: max(0, 0) = 0
            }
        }
        int[] k = support.multiplicity();
        ConeIntegral.Homogeneous product = g -> {
            double prod = 1;
            for (int i = 0; i < v.length; i++) {
                double z = Dot.product(g, v[i]);
                for (int j = 0; j < k[i]; j++) {
                    prod *= z;
                }
            }
            return prod;
        };
        if (r == 4 && sigmaB > 0) {
            double[][] w = aSpace(support);
            if (w[0].length == 3) {
                // The meridian's entry angle atan(-psi . w_j / sigmaB) turns within an angle of about
                // sigmaB / |w_j|, so the nodes grow with that steepness. Measured against 320 nodes at
                // d_in = 3: 16 nodes reach 1e-15 at steepness 1 but 5e-10 at 6 and 4e-6 at 23; this rule
                // keeps 1e-14 up to sigmaW / sigmaB = 40 and 4e-9 at 200, where the cap binds.
                int nodes = refinement * (12 + m / 2 + (int) Math.ceil(4 * steepness(w)));
                return ConeIntegral.radial(m, 4) * biasMeridians(w, k, Math.min(nodes, refinement * MAX_NODES));
            }
        }
        // On each piece the integrand is a polynomial of degree m over |x|^{m+r} with |x| near 1:
        // smooth, and the nodes grow with the degree.
        int nodes = refinement * (8 + m / 2);
        if (r > 4) {
            throw new UnsupportedOperationException("relu hidden moments for pre-activations spanning at most "
                    + "4 dimensions, not " + r);
        }
        return ConeIntegral.radial(m, r) * ConeIntegral.angular(v, product, m, nodes);
    }

    /** Largest |w_i| / sigmaB: how sharply a meridian's entry angle turns across psi-space. */
    private double steepness(double[][] w) {
        double most = 0;
        for (double[] wi : w) {
            most = Math.max(most, Math.sqrt(Dot.product(wi, wi)) / sigmaB);
        }
        return most;
    }

    /** The weight part sqrt(s) x_i of the pre-activations, in coordinates of its span. */
    private double[][] aSpace(Support support) {
        return new Support(support.points(), support.multiplicity()).rankSpace(dIn, sigmaW, 0);
    }

    /**
     * The angular integral over the cone in R^4 = (weights, bias), swept by meridians from the bias axis:
     * omega = cos(a) psi + sin(a) e_bias with psi on the unit sphere of the (3-dimensional) weight space.
     * Every z_i has the same positive bias component sigmaB, so the axis is inside the cone and a meridian
     * enters it at a_lo(psi) = max_i atan(-psi . w_i / sigmaB). The integral along the meridian (of a
     * trigonometric polynomial) is by Gauss-Legendre; the maximum is attained by the point with the smallest
     * projection psi . w_j, so psi-space splits into the convex cones {psi . (w_l - w_j) >= 0}, each
     * integrated by simplices (ConeIntegral, degree 0). This is a three-dimensional problem where the direct
     * decomposition of the four-dimensional cone (wide when sigmaB dominates) would be a slow one.
     */
    private double biasMeridians(double[][] w, int[] k, int nodes) {
        int p = w.length;
        int degree = 2;
        for (int kk : k) {
            degree += kk;
        }
        final int degreeFinal = degree;
        double total = 0;
        for (int jj = 0; jj < p; jj++) {
            final int j = jj;
            final double[] wj = w[j];
            double[][] region = new double[p - 1][];
            int row = 0;
            for (int l = 0; l < p; l++) {
                if (l != j) {
                    region[row++] = new double[] {w[l][0] - wj[0], w[l][1] - wj[1], w[l][2] - wj[2]};
                }
            }
            double[] coef = new double[degreeFinal + 1];
            double[] monomial = new double[degreeFinal + 1];
            double[] cp = new double[degreeFinal + 2];
            double[] sp = new double[degreeFinal + 2];
            ConeIntegral.Homogeneous meridian = x -> {
                double norm = Math.sqrt(Dot.product(x, x));
                // P(c, s) = c^2 prod_i (a_i c + sigmaB s)^{k_i}, coefficients of c^{D-t} s^t.
                java.util.Arrays.fill(coef, 0);
                coef[0] = 1;
                int deg = 2;
                double aj = 0;
                for (int i = 0; i < p; i++) {
                    double ai = Dot.product(x, w[i]) / norm;
                    if (i == j) {
                        aj = ai;
                    }
                    for (int e = 0; e < k[i]; e++) {
                        for (int t = deg; t >= 0; t--) {
                            coef[t + 1] += sigmaB * coef[t];
                            coef[t] *= ai;
                        }
                        deg++;
                    }
                }
                double low = Math.atan(-aj / sigmaB); // (-d) / n == -(d / n) exactly: same bits
                Meridian.powers(low, degreeFinal, monomial, cp, sp);
                double sum = 0;
                for (int t = 0; t <= degreeFinal; t++) {
                    sum += coef[t] * monomial[t];
                }
                return sum;
            };
            total += ConeIntegral.angular(region, meridian, 0, nodes);
        }
        return total;
    }

}

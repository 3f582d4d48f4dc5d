package org.nnqft.numerics.math.quadrature;

import java.util.Arrays;
import org.nnqft.numerics.math.quadrature.GaussLegendre.Nodes1d;

/**
 * Nodes and weights for E[prod_i f_i(g . v_i)] over a standard Gaussian g in R^r, r = 1 or 2, where each
 * f_i steps steeply (but smoothly) across its wall g . v_i = 0, as erf(z) does for large slopes.
 *
 * <p>A tensor Gauss-Hermite rule converges slowly here: measured, erf(x)^8 needs 120 nodes for 5e-9 at
 * slope 1, and erf(3x)^2 needs 320 for 5e-10, because the integrand grows fast off the real axis. Every
 * wall passes through the origin, so in polar coordinates the steps sit at R = 0 radially and at fixed
 * angles around it. The rule therefore takes
 *
 * <ul>
 *   <li>radially, Gauss-Legendre pieces refined geometrically toward 0 (down to {@code finest} times
 *       the narrowest step width) and tail pieces out to R = 10.5, where R e^{-R^2/2} is below 1e-22;
 *   <li>for r = 2, at each radius, the circle cut at the 2p wall directions, each arc refined toward its
 *       ends down to {@code finest} / (steepness R): the step across a wall is a slab of fixed width,
 *       which subtends an angle shrinking as 1 / R (capped at R = 4, beyond which the weight is below
 *       1e-3 of the total and such resolution is not needed).
 * </ul>
 *
 * The rule depends on the walls (the support of a multiset) but not on the f_i, so the values of each
 * f_i on the nodes can be computed once and reused for every power and every multiset on that support.
 */
public final class PolarRule {
    /** Radial cuts above the refined core, at the Gaussian's own scale, out to where it is negligible. */
    private static final double[] TAIL = {2, 3.5, 5.5, 8, 10.5};
    /** Radius beyond which the angular refinement stops growing. */
    private static final double REACH = 4;

    public final int rank;
    /** Node coordinates, {@code rank} per node. */
    public final double[] coords;
    public final double[] weights;
    public final int size;

    private PolarRule(int rank, double[] coords, double[] weights, int size) {
        this.rank = rank;
        this.coords = coords;
        this.weights = weights;
        this.size = size;
    }

    /**
     * @param v         the walls' normals, one row per distinct point, of dimension r = 1 or 2, spanning R^r
     * @param steepness the largest slope across a wall, max |v_i| for erf(g . v_i)
     * @param n         Gauss-Legendre points per piece
     * @param finest    the finest piece, as a fraction of the narrowest step width 1 / steepness
     */
    public static PolarRule build(double[][] v, double steepness, int n, double finest) {
        int r = v[0].length;
        Nodes1d radial = radial(steepness, n, r, finest);
        return switch (r) {
            case 1 -> line(radial);
            case 2 -> circle(v, steepness, n, finest, radial);
            default -> throw new IllegalArgumentException("polar rule for rank 1 or 2, not " + r);
        };
    }

    /** R^{r-1} e^{-R^2/2} dR on [0, 10.5], refined toward 0 to finest / steepness. */
    private static Nodes1d radial(double steepness, int n, int r, double finest) {
        double[] core = Grading.cuts(0, TAIL[0], finest / steepness, true, false);
        double[] cuts = new double[core.length + TAIL.length - 1];
        System.arraycopy(core, 0, cuts, 0, core.length);
        System.arraycopy(TAIL, 1, cuts, core.length, TAIL.length - 1);
        Nodes1d rule = GaussLegendre.onPieces(cuts, n);
        for (int k = 0; k < rule.size; k++) {
            double x = rule.x[k];
            rule.w[k] *= Math.pow(x, r - 1) * Math.exp(-x * x / 2);
        }
        return rule;
    }

    /** Rank 1: the half-line rule on both sides of the one wall, g = 0. */
    private static PolarRule line(Nodes1d radial) {
        double norm = 1 / Math.sqrt(2 * Math.PI);
        double[] coords = new double[2 * radial.size];
        double[] weights = new double[2 * radial.size];
        for (int k = 0; k < radial.size; k++) {
            coords[2 * k] = radial.x[k];
            coords[2 * k + 1] = -radial.x[k];
            weights[2 * k] = radial.w[k] * norm;
            weights[2 * k + 1] = radial.w[k] * norm;
        }
        return new PolarRule(1, coords, weights, coords.length);
    }

    private static PolarRule circle(double[][] v, double steepness, int n, double finest, Nodes1d radial) {
        double[] walls = new double[2 * v.length];
        for (int i = 0; i < v.length; i++) {
            double t = Math.atan2(v[i][1], v[i][0]) + Math.PI / 2;
            walls[2 * i] = t;
            walls[2 * i + 1] = t + Math.PI;
        }
        double[] arcs = circleCuts(walls);
        double norm = 1 / (2 * Math.PI);
        double[] coords = new double[0];
        double[] weights = new double[0];
        int size = 0;
        for (int k = 0; k < radial.size; k++) {
            double rad = radial.x[k];
            Nodes1d angles = new Nodes1d(n * arcs.length);
            for (int i = 0; i + 1 < arcs.length; i++) {
                double[] pieces = Grading.cuts(arcs[i], arcs[i + 1], finest / (steepness * Math.min(rad, REACH)),
                        true, true);
                for (int z = 0; z + 1 < pieces.length; z++) {
                    GaussLegendre.append(pieces[z], pieces[z + 1], n, angles);
                }
            }
            if (size + angles.size > weights.length) {
                int capacity = Math.max(2 * weights.length, size + angles.size);
                weights = Arrays.copyOf(weights, capacity);
                coords = Arrays.copyOf(coords, 2 * capacity);
            }
            for (int j = 0; j < angles.size; j++) {
                double t = angles.x[j];
                weights[size] = radial.w[k] * angles.w[j] * norm;
                coords[2 * size] = rad * Math.cos(t);
                coords[2 * size + 1] = rad * Math.sin(t);
                size++;
            }
        }
        return new PolarRule(2, Arrays.copyOf(coords, 2 * size), Arrays.copyOf(weights, size), size);
    }

    /** The wall angles as sorted cut points of one turn, the first repeated a turn later. */
    private static double[] circleCuts(double[] angles) {
        double[] a = new double[angles.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = angles[i] - 2 * Math.PI * Math.floor(angles[i] / (2 * Math.PI));
        }
        Arrays.sort(a);
        // Walls closer than 1e-12 are one wall: a sliver arc carries no weight.
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (k == 0 || a[i] - a[k - 1] > 1e-12) {
                a[k++] = a[i];
            }
        }
        double[] out = Arrays.copyOf(a, k + 1);
        out[k] = a[0] + 2 * Math.PI;
        return out;
    }
}

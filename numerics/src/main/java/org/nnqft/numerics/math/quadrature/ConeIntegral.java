package org.nnqft.numerics.math.quadrature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.nnqft.numerics.math.linear.Dot;

/**
 * Gaussian integrals of positively homogeneous functions over a polyhedral cone,
 * int_C F(g) phi(g) dg with C = {g in R^r : g . v_i >= 0 for all i}, F(t g) = t^m F(g) for t > 0,
 * and phi the standard normal density, for r = 1 to 4.
 *
 * <p>In polar form the radial integral is exact, (2 pi)^{-r/2} 2^{(m+r-2)/2} Gamma((m+r)/2), and for a
 * cone over a simplex with edge rays R_0..R_{r-1} the angular part is
 * |det R| int over the unit simplex of F(sum_j l_j R_j) / |sum_j l_j R_j|^{m+r} dl: the cone is cut into
 * such simplicial cones. Its extreme rays are found by brute force (each (r-1)-subset of the faces), the
 * cross-section is fanned from a ray (polygon for r = 3; for r = 4 each facet polygon is fanned and coned
 * from a ray off it), and every simplicial cone wider than {@link #WIDEST} radians along an edge is halved
 * across that edge, so that |sum l_j R_j| stays near 1 and the integrand is smooth on every piece whatever
 * the cone's shape: thin and elongated cones (steep for meridian sweeps) and wide ones alike. Each piece
 * is integrated by Gauss-Legendre in collapsed (Duffy) coordinates on the simplex.
 */
public final class ConeIntegral {
    /** Largest angle between two rays of one piece. */
    static final double WIDEST = Math.PI / 4;
    /** Relative tolerance for incidence tests (a ray on a face) and for dropping flat pieces. */
    private static final double TOLERANCE = 1e-10;

    /** A function on R^r, positively homogeneous of some degree. */
    public interface Homogeneous {
        double value(double[] g);
    }

    private ConeIntegral() {
    }

    /**
     * The angular part int_{C cap S^{r-1}} F(omega) d omega of the cone integral (multiply by the radial
     * factor for the Gaussian integral).
     *
     * @param v      the faces' normals, r-dimensional and spanning R^r (so the cone is pointed)
     * @param f      the integrand, homogeneous of degree m
     * @param degree m
     * @param nodes  Gauss-Legendre nodes per simplex coordinate
     */
    public static double angular(double[][] v, Homogeneous f, int degree, int nodes) {
        return angular(v, f, degree, nodes, WIDEST);
    }

    /** As {@link #angular(double[][], Homogeneous, int, int)}, with pieces at most {@code widest} across. */
    static double angular(double[][] v, Homogeneous f, int degree, int nodes, double widest) {
        int r = v[0].length;
        double[][] unit = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            unit[i] = scaled(v[i], 1 / Math.sqrt(Dot.product(v[i], v[i])));
        }
        List<double[]> rays = rays(unit, r);
        if (rays.size() < r) {
            return 0; // the cone has no interior
        }
        double total = 0;
        for (double[][] simplex : simplices(unit, rays, r)) {
            for (double[][] piece : subdivide(simplex, widest)) {
                total += simplexIntegral(piece, f, degree, nodes);
            }
        }
        return total;
    }

    /** (2 pi)^{-r/2} int_0^inf t^{m+r-1} e^{-t^2/2} dt. */
    public static double radial(int m, int r) {
        return Math.exp(-r / 2.0 * Math.log(2 * Math.PI) + (m + r - 2) / 2.0 * Math.log(2)
                + org.hipparchus.special.Gamma.logGamma((m + r) / 2.0));
    }

    /** Extreme rays: unit directions on r - 1 independent faces that satisfy every constraint. */
    static List<double[]> rays(double[][] unit, int r) {
        List<double[]> out = new ArrayList<>();
        if (r == 1) {
            for (double s : new double[] {1, -1}) {
                boolean inside = true;
                for (double[] u : unit) {
                    inside &= u[0] * s > 0;
                }
                if (inside) {
                    out.add(new double[] {s});
                }
            }
            return out;
        }
        int q = unit.length;
        int[] subset = new int[r - 1];
        for (int i = 0; i < subset.length; i++) {
            subset[i] = i;
        }
        while (subset != null) {
            double[] n = nullDirection(unit, subset, r);
            if (n != null) {
                for (double s : new double[] {1, -1}) {
                    double[] d = scaled(n, s);
                    boolean inside = true;
                    for (double[] u : unit) {
                        inside &= Dot.product(u, d) >= -TOLERANCE;
                    }
                    if (inside && out.stream().noneMatch(x -> Dot.product(x, d) > 1 - TOLERANCE)) {
                        out.add(d);
                    }
                }
            }
            subset = next(subset, q);
        }
        return out;
    }

    /** The unit vector orthogonal to the chosen r - 1 normals, or null if they are dependent. */
    private static double[] nullDirection(double[][] unit, int[] subset, int r) {
        // Gram-Schmidt on the chosen normals, then on the coordinate axes: the first axis left over
        // spans the orthogonal complement when the normals are independent.
        double[][] basis = new double[r][];
        int k = 0;
        for (int idx : subset) {
            double[] w = orthogonalised(unit[idx], basis, k);
            double norm = Math.sqrt(Dot.product(w, w));
            if (norm < 1e-9) {
                return null;
            }
            basis[k++] = scaled(w, 1 / norm);
        }
        return furthestAxis(basis, k, r);
    }

    /** The coordinate axis with most left after removing the first k basis vectors, normalised. */
    private static double[] furthestAxis(double[][] basis, int k, int r) {
        double[] best = null;
        double bestNorm = 0;
        for (int d = 0; d < r; d++) {
            double[] e = new double[r];
            e[d] = 1;
            double[] w = orthogonalised(e, basis, k);
            double norm = Math.sqrt(Dot.product(w, w));
            if (norm > bestNorm) {
                bestNorm = norm;
                best = scaled(w, 1 / norm);
            }
        }
        return best;
    }

    private static double[] orthogonalised(double[] x, double[][] basis, int k) {
        double[] w = x.clone();
        for (int j = 0; j < k; j++) {
            double p = Dot.product(w, basis[j]);
            for (int i = 0; i < w.length; i++) {
                w[i] -= p * basis[j][i];
            }
        }
        return w;
    }

    /** The cone as simplicial cones over its extreme rays. */
    private static List<double[][]> simplices(double[][] unit, List<double[]> rays, int r) {
        List<double[][]> out = new ArrayList<>();
        switch (r) {
            case 1 -> out.add(new double[][] {rays.get(0)});
            case 2 -> out.add(new double[][] {rays.get(0), rays.get(1)});
            case 3 -> {
                List<double[]> ring = aroundCentre(rays, null);
                for (int i = 1; i + 1 < ring.size(); i++) {
                    out.add(new double[][] {ring.get(0), ring.get(i), ring.get(i + 1)});
                }
            }
            case 4 -> {
                double[] apex = rays.get(0);
                for (double[] face : unit) {
                    List<double[]> on = new ArrayList<>();
                    for (double[] ray : rays) {
                        if (Math.abs(Dot.product(ray, face)) < TOLERANCE) {
                            on.add(ray);
                        }
                    }
                    if (on.size() < 3 || Math.abs(Dot.product(apex, face)) < TOLERANCE) {
                        continue; // not a facet, or one the apex lies on (its cone over the apex is flat)
                    }
                    List<double[]> ring = aroundCentre(on, face);
                    for (int i = 1; i + 1 < ring.size(); i++) {
                        out.add(new double[][] {apex, ring.get(0), ring.get(i), ring.get(i + 1)});
                    }
                }
            }
            default -> throw new IllegalArgumentException("cones of dimension 1 to 4, not " + r);
        }
        return out;
    }

    /**
     * The rays of a convex polygon (r = 3), or of a facet of a 4-dimensional cone (normal {@code face}),
     * in cyclic order: sorted by angle around their mean direction.
     */
    private static List<double[]> aroundCentre(List<double[]> rays, double[] face) {
        int r = rays.get(0).length;
        double[] centre = new double[r];
        for (double[] x : rays) {
            for (int i = 0; i < r; i++) {
                centre[i] += x[i];
            }
        }
        centre = scaled(centre, 1 / Math.sqrt(Dot.product(centre, centre)));
        // An orthonormal frame: the centre, the facet normal (r = 4), then two directions spanning the
        // cross-section in which the rays go round.
        double[][] basis = new double[4][];
        int k = 0;
        basis[k++] = centre;
        if (face != null) {
            double[] f = orthogonalised(face, basis, k);
            basis[k] = scaled(f, 1 / Math.sqrt(Dot.product(f, f)));
            k++;
        }
        double[] a = null;
        for (double[] x : rays) {
            double[] w = orthogonalised(x, basis, k);
            double norm = Math.sqrt(Dot.product(w, w));
            if (norm > 1e-9) {
                a = scaled(w, 1 / norm);
                break;
            }
        }
        if (a == null) {
            return rays; // every ray along the centre: a flat polygon, which carries no volume
        }
        basis[k++] = a;
        double[] b = furthestAxis(basis, k, r);
        final double[] ea = a;
        final double[] eb = b;
        List<double[]> sorted = new ArrayList<>(rays);
        sorted.sort(Comparator.comparingDouble(x -> Math.atan2(Dot.product(x, eb), Dot.product(x, ea))));
        return sorted;
    }

    /** Halves a simplicial cone across its widest edge until no edge is wider than {@code limit}. */
    private static List<double[][]> subdivide(double[][] simplex, double limit) {
        List<double[][]> out = new ArrayList<>();
        List<double[][]> stack = new ArrayList<>();
        stack.add(simplex);
        while (!stack.isEmpty()) {
            double[][] s = stack.removeLast();
            int bi = -1;
            int bj = -1;
            double widest = limit;
            for (int i = 0; i < s.length; i++) {
                for (int j = i + 1; j < s.length; j++) {
                    double angle = Math.acos(Math.clamp(Dot.product(s[i], s[j]), -1.0, 1.0));
                    if (angle > widest) {
                        widest = angle;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                out.add(s);
                continue;
            }
            double[] mid = new double[s[bi].length];
            for (int d = 0; d < mid.length; d++) {
                mid[d] = s[bi][d] + s[bj][d];
            }
            mid = scaled(mid, 1 / Math.sqrt(Dot.product(mid, mid)));
            double[][] left = s.clone();
            double[][] right = s.clone();
            left[bi] = mid;
            right[bj] = mid;
            stack.add(left);
            stack.add(right);
        }
        return out;
    }

    /**
     * |det R| int over the unit simplex of F(sum l_j R_j) / |sum l_j R_j|^{m+r}, by Gauss-Legendre in
     * collapsed coordinates: l_0 = 1 - u_1, l_1 = u_1 (1 - u_2), l_2 = u_1 u_2 (1 - u_3), ... with Jacobian
     * u_1^{r-2} u_2^{r-3} ... (the unit simplex has volume 1/(r-1)! in these coordinates' image).
     */
    private static double simplexIntegral(double[][] rays, Homogeneous f, int degree, int nodes) {
        int r = rays.length;
        if (r == 1) {
            return f.value(rays[0]);
        }
        // |det| of the r rays (the cone over the simplex): Gram-Schmidt volume.
        double volume = 1;
        double[][] basis = new double[r][];
        for (int i = 0; i < r; i++) {
            double[] w = orthogonalised(rays[i], basis, i);
            double norm = Math.sqrt(Dot.product(w, w));
            volume *= norm;
            basis[i] = norm > 0 ? scaled(w, 1 / norm) : w;
        }
        if (volume < TOLERANCE) {
            return 0;
        }
        double[][] ref = GaussLegendre.reference(nodes);
        int dims = r - 1;
        int[] index = new int[dims];
        double[] g = new double[r];
        double sum = 0;
        int total = 1;
        for (int d = 0; d < dims; d++) {
            total *= nodes;
        }
        for (int flat = 0; flat < total; flat++) {
            int rest = flat;
            for (int d = 0; d < dims; d++) {
                index[d] = rest % nodes;
                rest /= nodes;
            }
            // Collapsed coordinates u_d in (0, 1) and barycentric weights.
            double weight = 1;
            double remaining = 1;
            Arrays.fill(g, 0);
            for (int d = 0; d < dims; d++) {
                double u = (ref[0][index[d]] + 1) / 2;
                weight *= ref[1][index[d]] / 2 * remaining;
                double share = remaining * (1 - u);
                for (int c = 0; c < r; c++) {
                    g[c] += share * rays[d][c];
                }
                remaining *= u;
            }
            for (int c = 0; c < r; c++) {
                g[c] += remaining * rays[dims][c];
            }
            double norm2 = Dot.product(g, g);
            double scale = degree + r == 2 * ((degree + r) / 2) ? intPow(norm2, (degree + r) / 2)
                    : intPow(norm2, (degree + r) / 2) * Math.sqrt(norm2);
            sum += weight * f.value(g) / scale;
        }
        return volume * sum;
    }

    private static double intPow(double x, int n) {
        double r = 1;
        for (int i = 0; i < n; i++) {
            r *= x;
        }
        return r;
    }

    private static int[] next(int[] s, int q) {
        int k = s.length;
        int i = k - 1;
        while (i >= 0 && s[i] == q - k + i) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        s[i]++;
        for (int j = i + 1; j < k; j++) {
            s[j] = s[j - 1] + 1;
        }
        return s;
    }

    private static double[] scaled(double[] a, double f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * f;
        }
        return out;
    }
}

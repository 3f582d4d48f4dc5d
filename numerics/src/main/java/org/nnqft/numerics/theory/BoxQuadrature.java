package org.nnqft.numerics.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.nnqft.numerics.math.quadrature.LegendreRule;

/**
 * Integrals over the box [-L, L]^d (d = 1..3) of products of K_W(x, x_i), for many multisets of
 * inputs at once: the kernel values at a node are computed once and shared by every multiset.
 *
 * <p>Coordinates: the box is the union of 2d pyramids with apex at the origin, one per face. On
 * the face x_j = sigma L a point is x = r v with v_j = sigma, the other coordinates of v in
 * [-1, 1] and r in [0, L], so dx = r^(d-1) dr dv and every limit is constant. The kernels of
 * erf and relu depend on x through |x|^2 and x . x_i, so this puts their rough sets on panel
 * edges: the relu kernel has a (1 - cos t)^(3/2) kink where x is parallel to x_i (at
 * sigma_b = 0 on the rays through x_i and -x_i, otherwise at the point x_i), i.e. at fixed v,
 * which is a face breakpoint, or at r = |x_i|_inf, a radial one. The erf kernel is analytic but
 * nearly kinked there, its arcsine's argument coming within w_i^2 / 2 of +-1, w_i the ray width
 * the caller gives; the panels next to these breakpoints shrink geometrically down to w_i / 4,
 * so that every panel is at least its own size away from the nearest singularity in the complex
 * plane and converges geometrically in n (the error falls by about 30 per added point). Radial panels also halve from L down to the inner
 * scale, so a long cutoff (1e5 for erf) costs a few panels per factor of 2. The rule is built for
 * kernels that vary on the scale of the distance from the origin; a narrow peak far from the
 * origin and the inputs (a Gauss-net with a large sigma_W) would need more panels.
 *
 * <p>The sum over nodes is split by direction and reduced in a fixed order, so the result does
 * not depend on how many threads computed it.
 */
final class BoxQuadrature {
    /** Radial halvings from L at most: 2^-80 L is far below any scale a double input can carry. */
    private static final int MAX_HALVINGS = 80;

    /**
     * @param values     the integral for each multiset, in order
     * @param magnitudes the integral of the absolute value of the same integrand: the scale
     *                   against which a value that cancels to nearly 0 is judged
     */
    record Result(double[] values, double[] magnitudes) {
    }

    private BoxQuadrature() {
    }

    /**
     * @param kernel     K_W is its {@link Kernel#weighted} part
     * @param inputs     the points x_i, each of length d in 1..3
     * @param rayWidths  per input, the relative width w_i of the kernel's near-kink along the ray
     *                   through it; positive infinity where there is none
     * @param multisets  each a list of indices into inputs; the integrand is the product over it
     * @param cutoff     L, the half side of the box
     * @param innerScale the smallest length on which the kernel varies near the origin
     * @param n          Gauss points per panel in every coordinate
     */
    static Result integrate(Kernel kernel, double[][] inputs, double[] rayWidths, int[][] multisets, double cutoff,
            double innerScale, int n) {
        int d = inputs[0].length;
        if (d < 1 || d > 3 || !(cutoff > 0) || !(innerScale > 0)) {
            throw new IllegalArgumentException("need d in 1..3, cutoff > 0, innerScale > 0; got d=" + d
                    + " cutoff=" + cutoff + " innerScale=" + innerScale);
        }
        LegendreRule radial = LegendreRule.on(radialBreakpoints(inputs, rayWidths, cutoff, innerScale), n);
        List<double[]> directions = new ArrayList<>();
        List<Double> directionWeights = new ArrayList<>();
        for (int axis = 0; axis < d; axis++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                addFace(inputs, rayWidths, axis, sign, n, directions, directionWeights);
            }
        }
        double[][][] partial = new double[directions.size()][][];
        IntStream.range(0, directions.size()).parallel().forEach(i -> partial[i] =
                along(kernel, inputs, multisets, directions.get(i), directionWeights.get(i), radial));
        double[] values = new double[multisets.length];
        double[] magnitudes = new double[multisets.length];
        for (double[][] p : partial) {
            for (int m = 0; m < values.length; m++) {
                values[m] += p[0][m];
                magnitudes[m] += p[1][m];
            }
        }
        return new Result(values, magnitudes);
    }

    /** The radial integrals (signed and absolute) along one direction v, times its weight. */
    private static double[][] along(Kernel kernel, double[][] inputs, int[][] multisets, double[] v, double weight,
            LegendreRule radial) {
        int d = v.length;
        double[] sums = new double[multisets.length];
        double[] magnitudes = new double[multisets.length];
        Kernel.Ray ray = kernel.along(v, inputs);
        double[] kw = new double[inputs.length];
        for (int q = 0; q < radial.size(); q++) {
            double r = radial.nodes()[q];
            ray.weighted(r, kw);
            double w = weight * radial.weights()[q] * Math.pow(r, d - 1);
            for (int m = 0; m < multisets.length; m++) {
                double product = w;
                for (int i : multisets[m]) {
                    product *= kw[i];
                }
                sums[m] += product;
                magnitudes[m] += Math.abs(product);
            }
        }
        return new double[][] {sums, magnitudes};
    }

    private static double[] radialBreakpoints(double[][] inputs, double[] rayWidths, double cutoff,
            double innerScale) {
        List<Double> b = new ArrayList<>(List.of(0.0, cutoff));
        for (int i = 0; i < inputs.length; i++) {
            double r = maxNorm(inputs[i]);
            if (r > 0) {
                graded(b, r, r * rayWidths[i], r / 2);
            }
        }
        double r = cutoff;
        for (int j = 0; j < MAX_HALVINGS && r > innerScale / 2; j++) {
            r /= 2;
            b.add(r);
        }
        return b.stream().filter(x -> x >= 0 && x <= cutoff).mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Adds {@code at} and, for a near-kink of width {@code width} there, breakpoints at distances
     * width / 4, width / 2, width, ... below {@code reach}, beyond which the ordinary panels do.
     */
    private static void graded(List<Double> b, double at, double width, double reach) {
        b.add(at);
        for (double delta = width / 4; delta < reach; delta *= 2) {
            b.add(at - delta);
            b.add(at + delta);
        }
    }

    /**
     * The directions of one face, x_axis = sign: a tensor rule over its other coordinates, with
     * breakpoints at 0 and where the rays through the inputs and their mirror images cross it.
     */
    private static void addFace(double[][] inputs, double[] rayWidths, int axis, int sign, int n,
            List<double[]> directions, List<Double> weights) {
        int d = inputs[0].length;
        int free = d - 1;
        LegendreRule[] rules = new LegendreRule[free];
        for (int f = 0; f < free; f++) {
            int coordinate = f < axis ? f : f + 1;
            List<Double> b = new ArrayList<>(List.of(-1.0, 0.0, 1.0));
            for (int i = 0; i < inputs.length; i++) {
                double[] x = inputs[i];
                for (int mirror = -1; mirror <= 1; mirror += 2) {
                    double exit = mirror * x[axis];
                    // the ray through mirror * x leaves the box through this face
                    if (exit != 0 && Math.signum(exit) == sign && Math.abs(x[axis]) == maxNorm(x)) {
                        graded(b, sign * x[coordinate] / x[axis], rayWidths[i], 0.5);
                    }
                }
            }
            double[] ends = b.stream().filter(v -> v >= -1 && v <= 1).mapToDouble(Double::doubleValue).toArray();
            rules[f] = LegendreRule.on(ends, n);
        }
        int[] index = new int[free];
        while (true) {
            double[] v = new double[d];
            v[axis] = sign;
            double w = 1;
            for (int f = 0; f < free; f++) {
                int coordinate = f < axis ? f : f + 1;
                v[coordinate] = rules[f].nodes()[index[f]];
                w *= rules[f].weights()[index[f]];
            }
            directions.add(v);
            weights.add(w);
            int f = free - 1;
            while (f >= 0 && index[f] == rules[f].size() - 1) {
                index[f--] = 0;
            }
            if (f < 0) {
                return;
            }
            index[f]++;
        }
    }

    private static double maxNorm(double[] x) {
        double m = 0;
        for (double c : x) {
            m = Math.max(m, Math.abs(c));
        }
        return m;
    }
}

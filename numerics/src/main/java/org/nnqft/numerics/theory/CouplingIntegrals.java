package org.nnqft.numerics.theory;

import java.util.Arrays;
import org.nnqft.numerics.math.combinatorics.Multisets;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.SpecException;

/**
 * I_4(x_1..x_4) = integral of prod_{i=1..4} K_W(x, x_i) dx, the denominator of the ELS effective
 * coupling u_4 = -DeltaG4 / I_4 (docs/theory.md section 5), on every order-4 multiset of the inputs.
 *
 * <p>Gauss-net: over all of R^d_in, in closed form ({@link GaussOverlap}). erf and relu: their
 * K_W does not decay (erf tends to a constant along every ray, relu grows like |x|), so the
 * integral exists only with a cutoff, and I_4 and u_4 depend on it: it is taken over the box
 * [-L, L]^d_in as the authors' code does (their scipy nquad over [-L, L] per coordinate), by
 * Gauss-Legendre quadrature ({@link BoxQuadrature}), for d_in 1 to 3.
 *
 * <p>An erf I_4 can vanish: at sigma_b = 0 the erf kernel is odd in x, and a reflection of the
 * box that maps some inputs to their negatives and fixes the others (the published d_in = 2
 * square has two; the published cube has none) turns the integrand of, e.g., (x_0, x_0, x_0, x_1)
 * into its negative.
 * Quadrature then returns rounding noise, not 0; an I_4 below {@link #CANCELLATION} times the
 * integral of the integrand's absolute value is reported as exactly 0, so that u_4 = -DeltaG4 / I_4
 * is seen to be undefined there rather than computed as a huge number.
 */
public final class CouplingIntegrals {
    /** The cutoffs of the authors' code. */
    public static final double RELU_CUTOFF = 50;
    public static final double ERF_CUTOFF = 1e5;
    public static final double MAX_CUTOFF = 1e6;
    public static final int MAX_QUADRATURE_D_IN = 3;
    /**
     * Gauss points per panel and coordinate. On the published inputs with sigma_W from 0.3 to 20
     * and sigma_b 0 or 1, 8 points stay within 4e-10 relative of a 12-point rule for d_in = 3
     * (relu at sigma_b = 0 converges slowest) and of a 24-point rule for d_in = 1, 2 (erf, where
     * I_4 partly cancels, within 1e-7 of its value and 5e-12 of the integral of |integrand|);
     * the tests bound the error against independent evaluations.
     */
    static final int POINTS = 8;
    /** Relative to the integral of |integrand|: far above the rule's error on that scale (5e-12). */
    static final double CANCELLATION = 1e-9;

    private final Architecture arch;
    private final int dIn;
    private final double sigmaW;
    private final double sigmaB;
    private final double[][] inputs;
    private final Double cutoff;
    private final int[][] multisets;
    private final double[] values;
    private final boolean[] cancels;

    private CouplingIntegrals(Architecture arch, int dIn, double sigmaW, double sigmaB, double[][] inputs,
            Double cutoff, int[][] multisets, double[] values, boolean[] cancels) {
        this.arch = arch;
        this.dIn = dIn;
        this.sigmaW = sigmaW;
        this.sigmaB = sigmaB;
        this.inputs = inputs;
        this.cutoff = cutoff;
        this.multisets = multisets;
        this.values = values;
        this.cancels = cancels;
    }

    /** The authors' cutoff for erf and relu; null for the Gauss-net, which needs none. */
    public static Double defaultCutoff(Architecture arch) {
        return switch (arch) {
            case GAUSS -> null;
            case ERF -> ERF_CUTOFF;
            case RELU -> RELU_CUTOFF;
        };
    }

    /**
     * I_4 on every multiset of 4 of the inputs, in the order of {@link Multisets#of}(k, 4).
     *
     * @param cutoff L for erf and relu, null for their default; must be null for the Gauss-net
     * @throws SpecException naming cutoff or d-in when the integral is not defined or not
     *                       implemented for them
     */
    public static CouplingIntegrals of(Architecture arch, int dIn, double sigmaW, double sigmaB, double[][] inputs,
            Double cutoff) {
        Kernel kernel = Kernels.of(arch, dIn, sigmaW, sigmaB);
        double[][] points = Arrays.stream(inputs).map(double[]::clone).toArray(double[][]::new);
        int[][] multisets = Multisets.of(points.length, 4);
        if (arch == Architecture.GAUSS) {
            if (cutoff != null) {
                throw new SpecException("cutoff", "left out for gauss (its I_4 is over all of R^d_in, in closed form)",
                        cutoff);
            }
            double[] values = new double[multisets.length];
            for (int m = 0; m < multisets.length; m++) {
                double[][] four = Arrays.stream(multisets[m]).mapToObj(i -> points[i]).toArray(double[][]::new);
                values[m] = GaussOverlap.of(sigmaW, four);
            }
            return new CouplingIntegrals(arch, dIn, sigmaW, sigmaB, points, null, multisets, values,
                    new boolean[values.length]);
        }
        double l = cutoff != null ? cutoff : defaultCutoff(arch);
        if (!(l > 0 && l <= MAX_CUTOFF)) {
            throw new SpecException("cutoff", "a number > 0 and <= " + (long) MAX_CUTOFF, cutoff);
        }
        if (dIn > MAX_QUADRATURE_D_IN) {
            throw new SpecException("d-in", "1 to " + MAX_QUADRATURE_D_IN + " for the couplings of " + arch.id()
                    + " (I_4 by quadrature over the cutoff box)", dIn);
        }
        BoxQuadrature.Result box = BoxQuadrature.integrate(kernel, points, rayWidths(arch, sigmaW, sigmaB, points),
                multisets, l, innerScale(sigmaW, sigmaB, points), POINTS);
        double[] values = box.values().clone();
        boolean[] cancels = new boolean[values.length];
        for (int m = 0; m < values.length; m++) {
            if (Math.abs(values[m]) <= CANCELLATION * box.magnitudes()[m]) {
                values[m] = 0;
                cancels[m] = true;
            }
        }
        return new CouplingIntegrals(arch, dIn, sigmaW, sigmaB, points, l, multisets, values, cancels);
    }

    /**
     * The smallest length on which K_W(x, x_i) changes near the origin: the pre-activation
     * k(x, x) = sigmaB^2 + s |x|^2 turns from constant to quadratic at |x| ~ sigmaB / sqrt(s),
     * the erf saturates at |x| ~ 1 / sqrt(s), and the kernel follows x . x_i on the inputs' scale.
     */
    private static double innerScale(double sigmaW, double sigmaB, double[][] inputs) {
        double s = sigmaW * sigmaW / inputs[0].length;
        double scale = 1 / Math.sqrt(s);
        if (sigmaB > 0) {
            scale = Math.min(scale, sigmaB / Math.sqrt(s));
        }
        for (double[] x : inputs) {
            for (double c : x) {
                if (c != 0) {
                    scale = Math.min(scale, Math.abs(c));
                }
            }
        }
        return scale;
    }

    /**
     * How sharply the kernel turns where x passes the ray through x_i. The erf kernel's arcsine has
     * the argument 2 k(x, x_i) / sqrt((1 + 2 k(x, x)) (1 + 2 k_ii)), which along that ray tends to
     * sqrt(1 - w_i^2) with w_i^2 = (1 + 2 sigma_b^2) / (1 + 2 k_ii) - (its value at x = x_i is
     * 1 - w_i^2 / 2 + O(w_i^4)), so the arcsine's branch point lies about w_i away in angle. The
     * relu kernel's kinks are exact and need no grading.
     */
    private static double[] rayWidths(Architecture arch, double sigmaW, double sigmaB, double[][] inputs) {
        double[] w = new double[inputs.length];
        if (arch != Architecture.ERF) {
            Arrays.fill(w, Double.POSITIVE_INFINITY);
            return w;
        }
        double s = sigmaW * sigmaW / inputs[0].length;
        for (int i = 0; i < inputs.length; i++) {
            double kii = Kernels.preActivation(inputs[i], inputs[i], s, sigmaB);
            w[i] = Math.sqrt((1 + 2 * sigmaB * sigmaB) / (1 + 2 * kii));
        }
        return w;
    }

    /** Number of multisets, C(k + 3, 4). */
    public int count() {
        return values.length;
    }

    /** The input indices of multiset {@code index}, sorted. */
    public int[] multiset(int index) {
        return multisets[index].clone();
    }

    /** I_4 of multiset {@code index}; exactly 0 where it {@link #cancels}. */
    public double value(int index) {
        return values[index];
    }

    /**
     * Whether the integrand cancels (or vanishes identically) on multiset {@code index}, so that
     * I_4 is 0 and u_4 undefined there (see the class comment). An I_4 of 0 that does not cancel
     * has underflowed.
     */
    public boolean cancels(int index) {
        return cancels[index];
    }

    /** How many multisets do not cancel: those u_4 is averaged over. */
    public int defined() {
        int n = 0;
        for (boolean c : cancels) {
            n += c ? 0 : 1;
        }
        return n;
    }

    /** L, the half side of the box integrated over; null for the Gauss-net (all of R^d_in). */
    public Double cutoff() {
        return cutoff;
    }

    /** Where the integral is taken, in words: "R^1" or "box [-50, 50]^2". */
    public String region() {
        return cutoff == null ? "R^" + dIn : "box [-" + number(cutoff) + ", " + number(cutoff) + "]^" + dIn;
    }

    /** How it is computed, in words. */
    public String method() {
        return cutoff == null ? "closed form" : "Gauss-Legendre, " + POINTS + " points per panel and coordinate";
    }

    /** Whether these are the integrals of this ensemble and these inputs. */
    public boolean describes(Architecture arch, int dIn, double sigmaW, double sigmaB, double[][] inputs) {
        return this.arch == arch && this.dIn == dIn && Double.compare(this.sigmaW, sigmaW) == 0
                && Double.compare(this.sigmaB, sigmaB) == 0 && Arrays.deepEquals(this.inputs, inputs);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

package org.nnqft.numerics.theory;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Independent evaluations of integrals of products of K_W for the tests: Hipparchus' adaptive
 * (iterative) Gauss-Legendre integrator, nested over Cartesian coordinates of the box, with no
 * code in common with {@link BoxQuadrature} but the kernel. Breakpoints go at 0 and at the inputs'
 * coordinates, and, in two dimensions, the inner integral is split where the line crosses a ray
 * through an input, where the relu kernel at sigma_b = 0 has its kink.
 */
final class CartesianReference {
    private static final int MAX_EVALUATIONS = 10_000_000;
    private static final GaussIntegratorFactory COARSE = new GaussIntegratorFactory();

    private CartesianReference() {
    }

    /**
     * Adaptive Gauss-Legendre of f over [a, b] split at the breakpoints inside it, to 1e-12
     * relative on each piece or 1e-14 of a coarse estimate of the integral of |f| over [a, b] (a
     * piece where f vanishes, as relu's at sigma_b = 0 opposite all inputs, has no relative scale).
     */
    static double adaptive(DoubleUnaryOperator f, double a, double b, double... breakpoints) {
        double[] ends = DoubleStream.concat(DoubleStream.of(a, b), Arrays.stream(breakpoints))
                .filter(x -> x >= a && x <= b).sorted().distinct().toArray();
        double scale = 0;
        for (int i = 0; i + 1 < ends.length; i++) {
            scale += COARSE.legendre(16, ends[i], ends[i + 1]).integrate(x -> Math.abs(f.applyAsDouble(x)));
        }
        double sum = 0;
        for (int i = 0; i + 1 < ends.length; i++) {
            IterativeLegendreGaussIntegrator g = new IterativeLegendreGaussIntegrator(8, 1e-12, 1e-14 * scale + Double.MIN_VALUE);
            sum += g.integrate(MAX_EVALUATIONS, f::applyAsDouble, ends[i], ends[i + 1]);
        }
        return sum;
    }

    /**
     * Integral over [-L, L] of f, for an f that varies on the inputs' scale and then slowly up
     * to a long cutoff: beyond |x| = c, in the variable t = ln |x|.
     */
    static double line(DoubleUnaryOperator f, double cutoff, double c, double... breakpoints) {
        double inner = adaptive(f, -Math.min(c, cutoff), Math.min(c, cutoff), append(breakpoints, 0));
        if (cutoff <= c) {
            return inner;
        }
        DoubleUnaryOperator tail = t -> Math.exp(t) * (f.applyAsDouble(Math.exp(t)) + f.applyAsDouble(-Math.exp(t)));
        return inner + adaptive(tail, Math.log(c), Math.log(cutoff));
    }

    /** Integral over the square [-L, L]^2, x outer and y inner. */
    static double square(Integrand2 f, double cutoff, double[][] inputs) {
        double[] xBreaks = append(Arrays.stream(inputs).mapToDouble(p -> p[0]).toArray(), 0);
        double[] yFixed = append(Arrays.stream(inputs).mapToDouble(p -> p[1]).toArray(), 0);
        return adaptive(x -> {
            double[] yBreaks = Arrays.copyOf(yFixed, yFixed.length + inputs.length);
            for (int i = 0; i < inputs.length; i++) {
                yBreaks[yFixed.length + i] = inputs[i][0] == 0 ? 0 : x * inputs[i][1] / inputs[i][0];
            }
            return adaptive(y -> f.at(x, y), -cutoff, cutoff, yBreaks);
        }, -cutoff, cutoff, xBreaks);
    }

    interface Integrand2 {
        double at(double x, double y);
    }

    private static double[] append(double[] a, double v) {
        double[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }
}

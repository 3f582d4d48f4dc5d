package org.nnqft.numerics.math.quadrature;

import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Gauss-Legendre rules from Hipparchus, built once per size on [-1, 1] and mapped onto intervals.
 * The quadratures of this package call for thousands of small rules on different intervals, so the
 * reference rule is kept rather than asking the factory each time.
 */
public final class GaussLegendre {
    private static final ConcurrentHashMap<Integer, double[][]> RULES = new ConcurrentHashMap<>();

    private GaussLegendre() {
    }

    /** Nodes and weights on [-1, 1]: {@code [0]} the nodes, {@code [1]} the weights. Shared: do not modify. */
    public static double[][] reference(int n) {
        return RULES.computeIfAbsent(n, size -> {
            // The double-precision factory: weights within 1e-14 relative of the BigDecimal rule up to 48
            // points (measured), which costs seconds per size instead of milliseconds.
            GaussIntegrator rule = new GaussIntegratorFactory().legendre(size, -1, 1);
            double[] x = new double[size];
            double[] w = new double[size];
            for (int i = 0; i < size; i++) {
                x[i] = rule.getPoint(i);
                w[i] = rule.getWeight(i);
            }
            return new double[][] {x, w};
        });
    }

    /**
     * Appends the n-point rule on [a, b] to {@code out}: nodes in {@code out.x}, weights in {@code out.w}.
     */
    static void append(double a, double b, int n, Nodes1d out) {
        double[][] ref = reference(n);
        double half = (b - a) / 2;
        double mid = (a + b) / 2;
        for (int i = 0; i < n; i++) {
            out.add(mid + half * ref[0][i], half * ref[1][i]);
        }
    }

    /** The n-point rule on each interval between consecutive cuts. */
    static Nodes1d onPieces(double[] cuts, int n) {
        Nodes1d out = new Nodes1d(n * (cuts.length - 1));
        for (int i = 0; i + 1 < cuts.length; i++) {
            if (cuts[i + 1] > cuts[i]) {
                append(cuts[i], cuts[i + 1], n, out);
            }
        }
        return out;
    }

    /** A growable list of one-dimensional nodes and weights. */
    static final class Nodes1d {
        double[] x;
        double[] w;
        int size;

        Nodes1d(int capacity) {
            x = new double[Math.max(capacity, 4)];
            w = new double[x.length];
        }

        void add(double node, double weight) {
            if (size == x.length) {
                x = java.util.Arrays.copyOf(x, 2 * size);
                w = java.util.Arrays.copyOf(w, 2 * size);
            }
            x[size] = node;
            w[size] = weight;
            size++;
        }
    }
}

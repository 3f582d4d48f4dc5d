package org.nnqft.numerics.math.quadrature;

import java.util.Arrays;

/**
 * Geometric refinement of an interval toward its ends. A Gauss rule converges geometrically for a
 * function analytic around the interval, but an activation that steps across a wall at an end varies
 * on a scale far below the interval's length. Pieces whose length is a fixed fraction of their
 * distance to the wall restore geometric convergence down to a smallest width (hp-refinement).
 */
final class Grading {
    /** Each piece is this many times longer than its neighbour toward the wall. */
    static final double RATIO = 3;

    private Grading() {
    }

    /**
     * Cut points of [a, b], refined toward {@code a} and/or {@code b} down to pieces of width
     * {@code finest}. Without refinement, or when {@code finest} is not small against b - a, just {a, b}.
     */
    static double[] cuts(double a, double b, double finest, boolean atA, boolean atB) {
        double length = b - a;
        int sides = (atA ? 1 : 0) + (atB ? 1 : 0);
        if (sides == 0 || !(finest > 0) || finest * RATIO >= length / sides) {
            return new double[] {a, b};
        }
        // Widths finest, finest * RATIO, ... while the refined zone stays within its share of the interval.
        double[] steps = new double[64];
        int count = 0;
        for (double d = finest; d < length / (sides + 1) && count < steps.length; d *= RATIO) {
            steps[count++] = d;
        }
        double[] out = new double[2 + sides * count];
        int k = 0;
        out[k++] = a;
        if (atA) {
            for (int i = 0; i < count; i++) {
                out[k++] = a + steps[i];
            }
        }
        if (atB) {
            for (int i = count - 1; i >= 0; i--) {
                out[k++] = b - steps[i];
            }
        }
        out[k] = b;
        Arrays.sort(out);
        return out;
    }
}

package org.nnqft.numerics.spec;

/**
 * The input points of the published experiments (docs/theory.md section 2). Gauss-net inputs are scaled
 * by 0.01 because its moments grow like exp(s |x|^2): small inputs keep the signal measurable.
 */
public final class InputSets {
    private InputSets() {
    }

    public static double[][] published(Architecture arch, int dIn) {
        double[][] base = switch (dIn) {
            case 1 -> arch == Architecture.RELU
                    ? column(0.2, 0.4, 0.6, 0.8, 1.0, 1.2)
                    : column(-1, -0.6, -0.2, 0.2, 0.6, 1);
            case 2 -> arch == Architecture.RELU
                    ? new double[][] {{0.5, 0.5}, {0.5, 1}, {1, 0.5}, {1, 1}}
                    : new double[][] {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
            case 3 -> arch == Architecture.RELU
                    ? new double[][] {{0.2, 0.2, 0.2}, {1, 1, 0.2}, {0.2, 1, 1}, {1, 0.2, 1}}
                    : new double[][] {{-1, -1, -1}, {1, 1, -1}, {-1, 1, 1}, {1, -1, 1}};
            default -> throw new SpecException("inputs",
                    "given explicitly for d-in > 3 (published sets exist for d-in 1 to 3)", "none for d-in " + dIn);
        };
        return arch == Architecture.GAUSS ? scale(base, 0.01) : base;
    }

    private static double[][] column(double... xs) {
        double[][] points = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            points[i] = new double[] {xs[i]};
        }
        return points;
    }

    private static double[][] scale(double[][] points, double factor) {
        double[][] scaled = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            scaled[i] = points[i].clone();
            for (int c = 0; c < scaled[i].length; c++) {
                scaled[i][c] *= factor;
            }
        }
        return scaled;
    }
}

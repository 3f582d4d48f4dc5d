package org.nnqft.numerics.spec;

import java.util.Arrays;

/**
 * Everything that defines an experiment: the ensemble, the inputs, what to measure and how much.
 * Every field is checked on construction; a {@link SpecException} names the field as the command
 * line spells it, with its allowed range.
 *
 * @param arch      hidden-layer activation
 * @param dIn       input dimension
 * @param sigmaW    weight scale: W0 ~ N(muW, sigmaW^2 / dIn), W1 ~ N(muW, sigmaW^2 / N)
 * @param sigmaB    bias scale: b0, b1 ~ N(muB, sigmaB^2)
 * @param muW       weight mean (0 in the papers)
 * @param muB       bias mean (0 in the papers)
 * @param widths    hidden widths N, each run as its own ensemble
 * @param inputs    the k input points, each of length dIn
 * @param orders    the n of the n-point functions to report
 * @param bags      independent bags of networks (the spread across bags gives the error bars)
 * @param nets      networks per bag
 * @param seed      root of the counter-based random stream
 * @param estimator how each network's contribution is formed
 * @param backend   which backend computes the outputs
 * @param precision arithmetic of the forward pass
 * @param rng       where the parameters come from: the suite's stream, or the backend's own
 * @param threads   worker threads; results do not depend on it
 */
public record ExperimentSpec(
        Architecture arch,
        int dIn,
        double sigmaW,
        double sigmaB,
        double muW,
        double muB,
        int[] widths,
        double[][] inputs,
        int[] orders,
        int bags,
        int nets,
        long seed,
        Estimator estimator,
        String backend,
        Precision precision,
        Rng rng,
        int threads) {

    public static final int MAX_D_IN = 1024;
    public static final int MAX_WIDTH = 1_000_000;
    public static final int MAX_INPUTS = 12;
    public static final int MAX_ORDER = 8;
    public static final int MAX_BAGS = 100_000;
    public static final int MAX_NETS = 1_000_000_000;
    public static final int MAX_THREADS = 256;

    public ExperimentSpec {
        if (arch == null) {
            throw new SpecException("arch", "one of gauss, erf, relu", null);
        }
        if (dIn < 1 || dIn > MAX_D_IN) {
            throw new SpecException("d-in", "an integer from 1 to " + MAX_D_IN, dIn);
        }
        requireRange("sigma-w", sigmaW, Double.MIN_NORMAL, 1e6, "a number > 0 and <= 1e6");
        requireRange("sigma-b", sigmaB, 0, 1e6, "a number from 0 to 1e6");
        requireRange("mu-w", muW, -1e6, 1e6, "a finite number from -1e6 to 1e6");
        requireRange("mu-b", muB, -1e6, 1e6, "a finite number from -1e6 to 1e6");
        widths = checkWidths(widths);
        inputs = checkInputs(inputs, dIn);
        if (estimator == null) {
            throw new SpecException("estimator", "one of plain, conditional", null);
        }
        orders = checkOrders(orders, estimator);
        if (bags < 2 || bags > MAX_BAGS) {
            throw new SpecException("bags", "an integer from 2 to " + MAX_BAGS
                    + " (the spread across bags gives the error bars)", bags);
        }
        if (nets < 1 || nets > MAX_NETS) {
            throw new SpecException("nets", "an integer from 1 to " + MAX_NETS, nets);
        }
        if (backend == null || backend.isBlank()) {
            throw new SpecException("backend", "a backend name such as scalar", backend);
        }
        if (precision == null) {
            throw new SpecException("precision", "one of double, float", null);
        }
        if (rng == null) {
            throw new SpecException("rng", "one of suite, native", null);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new SpecException("threads", "an integer from 1 to " + MAX_THREADS, threads);
        }
    }

    /**
     * Whether weights and biases have zero means, the papers' ensemble: the one the exact theory
     * describes and whose outputs are symmetric under f -> -f.
     */
    public boolean zeroMeans() {
        return muW == 0 && muB == 0;
    }

    /** The largest order reported; the moment sums carry every order up to it. */
    public int maxOrder() {
        return Arrays.stream(orders).max().orElseThrow();
    }

    /** Number of input points k. */
    public int k() {
        return inputs.length;
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public int[] orders() {
        return orders.clone();
    }

    @Override
    public double[][] inputs() {
        double[][] copy = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            copy[i] = inputs[i].clone();
        }
        return copy;
    }

    private static void requireRange(String name, double v, double lo, double hi, String allowed) {
        if (!(v >= lo && v <= hi)) {
            throw new SpecException(name, allowed, v);
        }
    }

    private static int[] checkWidths(int[] widths) {
        String allowed = "a non-empty list of distinct integers from 1 to " + MAX_WIDTH;
        if (widths == null || widths.length == 0) {
            throw new SpecException("widths", allowed, "nothing");
        }
        int[] sorted = widths.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 1 || sorted[i] > MAX_WIDTH || (i > 0 && sorted[i] == sorted[i - 1])) {
                throw new SpecException("widths", allowed, Arrays.toString(widths));
            }
        }
        return sorted;
    }

    private static double[][] checkInputs(double[][] inputs, int dIn) {
        String allowed = "1 to " + MAX_INPUTS + " points of " + dIn + " finite coordinate"
                + (dIn == 1 ? "" : "s") + " each (d-in = " + dIn + ")";
        if (inputs == null || inputs.length == 0 || inputs.length > MAX_INPUTS) {
            throw new SpecException("inputs", allowed, inputs == null ? "nothing" : inputs.length + " points");
        }
        double[][] copy = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            double[] p = inputs[i];
            if (p == null || p.length != dIn) {
                throw new SpecException("inputs", allowed, "point " + (i + 1) + " = " + Arrays.toString(p));
            }
            for (double c : p) {
                if (!Double.isFinite(c) || Math.abs(c) > 1e6) {
                    throw new SpecException("inputs", allowed + " within +-1e6", "point " + (i + 1) + " = " + Arrays.toString(p));
                }
            }
            copy[i] = p.clone();
        }
        return copy;
    }

    private static int[] checkOrders(int[] orders, Estimator estimator) {
        String allowed = estimator == Estimator.CONDITIONAL
                ? "a non-empty list of even integers from 2 to " + MAX_ORDER + " for the conditional estimator"
                : "a non-empty list of integers from 1 to " + MAX_ORDER;
        if (orders == null || orders.length == 0) {
            throw new SpecException("orders", allowed, "nothing");
        }
        int[] sorted = Arrays.stream(orders).sorted().distinct().toArray();
        for (int n : sorted) {
            boolean ok = n >= 1 && n <= MAX_ORDER && (estimator == Estimator.PLAIN || n % 2 == 0);
            if (!ok) {
                throw new SpecException("orders", allowed, Arrays.toString(orders));
            }
        }
        return sorted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExperimentSpec s
                && arch == s.arch && dIn == s.dIn
                && Double.compare(sigmaW, s.sigmaW) == 0 && Double.compare(sigmaB, s.sigmaB) == 0
                && Double.compare(muW, s.muW) == 0 && Double.compare(muB, s.muB) == 0
                && Arrays.equals(widths, s.widths) && Arrays.deepEquals(inputs, s.inputs)
                && Arrays.equals(orders, s.orders) && bags == s.bags && nets == s.nets
                && seed == s.seed && estimator == s.estimator && backend.equals(s.backend)
                && precision == s.precision && rng == s.rng && threads == s.threads;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths) * 31 + Arrays.deepHashCode(inputs) + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "arch=" + arch.id() + " d-in=" + dIn + " sigma-w=" + sigmaW + " sigma-b=" + sigmaB
                + (muW != 0 || muB != 0 ? " mu-w=" + muW + " mu-b=" + muB : "")
                + " widths=" + Arrays.toString(widths) + " inputs=" + Arrays.deepToString(inputs)
                + " orders=" + Arrays.toString(orders) + " bags=" + bags + " nets=" + nets
                + " seed=" + seed + " estimator=" + estimator.id() + " backend=" + backend
                + " precision=" + precision.id() + (rng == Rng.SUITE ? "" : " rng=" + rng.id()) + " threads=" + threads;
    }
}

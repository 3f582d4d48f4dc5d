package org.nnqft.numerics.analysis;

import java.util.ArrayList;
import java.util.List;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.NonFiniteException;
import org.nnqft.numerics.math.stats.Spread;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.theory.CheckedExact;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.theory.ExactValue;
import org.nnqft.numerics.theory.Kernels;
import org.nnqft.numerics.math.combinatorics.Multisets;
import org.nnqft.numerics.theory.Wick;

/**
 * From moment sums to per-multiset statistics: G0 by Wick over the GP kernel, the bag mean and
 * spread, m_n and its background (ELS), and the exact finite-N expectation with a z-score where
 * theory knows it. G0 and the exact values are those of the zero-mean ensemble (the papers');
 * with non-zero means the exact value is left out.
 *
 * <p>Exact values at zero weight and bias means (ExactMoments.of): the Gauss-net's every order in closed
 * form, erf by Price's theorem, ReLU by an exact radial integral over its cone (docs/theory.md 4). Where a
 * quadrature does not reach, odd orders still get 0 (f -> -f) and order 2 the GP kernel. Every erf and ReLU
 * value carries its quadrature error estimate and is withheld, with the reason, above 1e-8 relative
 * ({@link CheckedExact}). z divides by the plain estimator's exact standard error where theory gives one,
 * else by the bag spread, and says which.
 *
 * <p>A multiset whose G0 is 0 at an even order (the erf kernel between orthogonal inputs, any input 0
 * at sigma_b = 0 for erf and relu) has no m: m, background and mExact are null with the reason, and
 * the order's mean m averages the other multisets. Its z, (mean - exact) / error, is still defined.
 */
public final class Analysis {
    /** Why m, background and mExact are null for a multiset whose Gaussian-process value vanishes. */
    static final String G0_ZERO = "G0 = 0: the Gaussian-process value vanishes (the kernel is 0 between these inputs), "
            + "so m = (G - G0) / G0 and the background std / |G0| are undefined";
    /** The bag spread is taken to understate the error where the exact one is this many times larger. */
    static final double UNRELIABLE_RATIO = 2;

    private Analysis() {
    }

    public static List<OrderResult> of(EnsembleSums sums) {
        ExperimentSpec spec = sums.spec();
        MomentLayout layout = sums.layout();
        double[][] inputs = spec.inputs();
        double[][] kernel = Kernels.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB()).matrix(inputs);
        CheckedExact theory = spec.zeroMeans()
                ? CheckedExact.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), spec.widths()[0]) : null;
        // The exact variance is the plain estimator's (the conditional one averages the output layer out),
        // and it is taken where it is a closed form: the Gauss-net, whose heavy tails need it. erf and ReLU
        // products have light tails, and their order-2n quadratures would cost minutes (measured: 76 s
        // instead of 12 s for AnalysisTest's erf run at orders 2, 4, 6).
        boolean exactErrors = theory != null && spec.estimator() == Estimator.PLAIN && spec.arch() == Architecture.GAUSS;
        long networks = (long) spec.bags() * spec.nets();

        List<OrderResult> results = new ArrayList<>();
        int[] widths = spec.widths();
        for (int w = 0; w < widths.length; w++) {
            CheckedExact exact = theory == null ? null : theory.atWidth(widths[w]);
            for (int order : spec.orders()) {
                List<MultisetResult> multisets = new ArrayList<>();
                for (int id = layout.offset(order); id < layout.offset(order + 1); id++) {
                    int[] points = layout.elements(id);
                    double g0 = Wick.g0(points, kernel);
                    double[][] x = Multisets.points(points, inputs);
                    ExactValue expected = exact == null
                            ? ExactValue.none(null, "no exact theory with non-zero weight or bias means") : exact.expectation(x);
                    Double exactStderr = exactErrors && expected.value() != null && 2 * order <= ExactMoments.MAX_ORDER
                            ? ProductError.ofMean(exact.theory()::expectationIfReached, x, expected.value(), networks) : null;
                    MultisetResult r = stats(points, sums.byWidthAndBag()[w], id, g0, expected, exactStderr);
                    requireFinite(r, widths[w], spec);
                    multisets.add(r);
                }
                results.add(new OrderResult(widths[w], order, multisets,
                        order % 2 == 0 ? meanM(multisets, sums.byWidthAndBag()[w], layout.offset(order)) : null,
                        bagsUnreliable(multisets, spec.arch(), order)));
            }
        }
        return results;
    }

    private static MultisetResult stats(int[] points, MomentSums[] bags, int id, double g0, ExactValue expected,
            Double exactStderr) {
        double[] perBag = new double[bags.length];
        for (int b = 0; b < bags.length; b++) {
            perBag[b] = bags[b].mean(id);
        }
        Spread spread = Spread.of(perBag);
        double mean = spread.mean();
        double std = spread.std();
        double stderr = spread.stderr();
        boolean even = points.length % 2 == 0;
        boolean defined = even && g0 != 0;
        Double exact = expected.value();
        Double m = defined ? (mean - g0) / g0 : null;
        Double background = defined ? std / Math.abs(g0) : null;
        Double mExact = defined && exact != null ? (exact - g0) / g0 : null;
        // the exact error where theory gives one (> 0), else the bags'; z is defined whatever G0
        ErrorSource source = exactStderr != null && exactStderr > 0 ? ErrorSource.EXACT
                : stderr > 0 ? ErrorSource.BAGS : null;
        Double z = exact == null || source == null ? null
                : (mean - exact) / (source == ErrorSource.EXACT ? exactStderr : stderr);
        return new MultisetResult(points.clone(), g0, mean, std, stderr, m, background, exact, mExact, z,
                even && !defined ? G0_ZERO : null, expected.error(), expected.reason(), exactStderr,
                z == null ? null : source);
    }

    /**
     * Where the exact error is known, the bag spread is unreliable if it understates it by
     * {@link #UNRELIABLE_RATIO} in the median multiset; where it is not, the Gauss-net's orders >= 4 are
     * marked anyway, whose products' heavy tails (docs/theory.md 6) make the bag spread blind to the rare
     * large networks that carry the variance.
     */
    static boolean bagsUnreliable(List<MultisetResult> multisets, Architecture arch, int order) {
        double[] ratios = multisets.stream().filter(r -> r.exactStderr() != null && r.stderr() > 0)
                .mapToDouble(r -> r.exactStderr() / r.stderr()).sorted().toArray();
        if (ratios.length == 0) {
            return arch == Architecture.GAUSS && order >= 4;
        }
        return ratios[ratios.length / 2] > UNRELIABLE_RATIO;
    }

    /** Overflow in theory or data must stop the run, not reach a result file as "Infinity". */
    private static void requireFinite(MultisetResult r, int width, ExperimentSpec spec) {
        Double[] values = {r.g0(), r.mean(), r.std(), r.m(), r.background(), r.exact(), r.mExact(), r.z(),
            r.exactError(), r.exactStderr()};
        for (Double v : values) {
            if (v != null && !Double.isFinite(v)) {
                throw new NonFiniteException("non-finite statistics at width " + width + ", multiset "
                        + java.util.Arrays.toString(r.points()) + ": " + r + "; spec: " + spec);
            }
        }
    }

    /** Over the multisets whose m is defined (G0 != 0); null if there is none. */
    private static MeanM meanM(List<MultisetResult> all, MomentSums[] bags, int firstId) {
        List<Integer> defined = defined(all);
        if (defined.isEmpty()) {
            return null;
        }
        double[] perBag = bagMeanM(all, bags, firstId);
        Spread spread = Spread.of(perBag);
        double mean = spread.mean();
        double stderr = spread.stderr();
        boolean known = defined.stream().allMatch(i -> all.get(i).mExact() != null);
        Double exact = known ? defined.stream().mapToDouble(i -> all.get(i).mExact()).average().orElseThrow() : null;
        Double z = exact != null && stderr > 0 ? (mean - exact) / stderr : null;
        return new MeanM(mean, stderr, exact, z);
    }

    /**
     * Each bag's mean m over the multisets of one order whose m is defined (G0 != 0), the values
     * {@link MeanM} is the mean of; {@code all} in layout order from {@code firstId}. Empty if no m
     * is defined.
     */
    public static double[] bagMeanM(List<MultisetResult> all, MomentSums[] bags, int firstId) {
        List<Integer> defined = defined(all);
        if (defined.isEmpty()) {
            return new double[0];
        }
        double[] perBag = new double[bags.length];
        for (int b = 0; b < bags.length; b++) {
            double sum = 0;
            for (int i : defined) {
                double g0 = all.get(i).g0();
                sum += (bags[b].mean(firstId + i) - g0) / g0;
            }
            perBag[b] = sum / defined.size();
        }
        return perBag;
    }

    private static List<Integer> defined(List<MultisetResult> all) {
        List<Integer> defined = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).m() != null) {
                defined.add(i);
            }
        }
        return defined;
    }
}

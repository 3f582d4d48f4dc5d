package org.nnqft.numerics.analysis;

import java.util.ArrayList;
import java.util.List;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.NonFiniteException;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.theory.Kernels;
import org.nnqft.numerics.theory.Multisets;
import org.nnqft.numerics.theory.Wick;

/**
 * From moment sums to per-multiset statistics: G0 by Wick over the GP kernel, the bag mean and
 * spread, m_n and its background (ELS), and the exact finite-N expectation with a z-score where
 * theory knows it. G0 and the exact values are those of the zero-mean ensemble (the papers');
 * with non-zero means the exact value is left out.
 *
 * <p>Exact values at zero weight and bias means (ExactMoments.of): the Gauss-net's every order in closed
 * form, erf by Price's theorem, ReLU by an exact radial integral over its cone (THEORY.md 4). Where a
 * quadrature does not reach, odd orders still get 0 (f -> -f) and order 2 the GP kernel.
 */
public final class Analysis {
    private Analysis() {
    }

    public static List<OrderResult> of(EnsembleSums sums) {
        ExperimentSpec spec = sums.spec();
        MomentLayout layout = sums.layout();
        double[][] inputs = spec.inputs();
        double[][] kernel = Kernels.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB()).matrix(inputs);
        boolean zeroMeans = spec.muW() == 0 && spec.muB() == 0;
        ExactMoments theory = zeroMeans
                ? ExactMoments.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), spec.widths()[0]) : null;

        List<OrderResult> results = new ArrayList<>();
        int[] widths = spec.widths();
        for (int w = 0; w < widths.length; w++) {
            ExactMoments exact = theory == null ? null : theory.atWidth(widths[w]);
            for (int order : spec.orders()) {
                List<MultisetResult> multisets = new ArrayList<>();
                for (int id = layout.offset(order); id < layout.offset(order + 1); id++) {
                    int[] points = layout.elements(id);
                    double g0 = Wick.g0(points, kernel);
                    // null where no exact theory (non-zero means) or the quadrature does not reach
                    Double expected = exact == null ? null : exact.expectationIfReached(Multisets.points(points, inputs));
                    MultisetResult r = stats(points, sums.byWidthAndBag()[w], id, g0, expected);
                    requireFinite(r, widths[w], spec);
                    multisets.add(r);
                }
                results.add(new OrderResult(widths[w], order, multisets,
                        order % 2 == 0 ? meanM(multisets, sums.byWidthAndBag()[w], layout.offset(order)) : null));
            }
        }
        return results;
    }

    private static MultisetResult stats(int[] points, MomentSums[] bags, int id, double g0, Double exact) {
        double[] perBag = new double[bags.length];
        for (int b = 0; b < bags.length; b++) {
            perBag[b] = bags[b].mean(id);
        }
        Spread spread = Spread.of(perBag);
        double mean = spread.mean();
        double std = spread.std();
        double stderr = spread.stderr();
        boolean even = points.length % 2 == 0;
        Double m = even ? (mean - g0) / g0 : null;
        Double background = even ? std / Math.abs(g0) : null;
        Double mExact = even && exact != null ? (exact - g0) / g0 : null;
        Double z = exact != null && stderr > 0 ? (mean - exact) / stderr : null;
        return new MultisetResult(points.clone(), g0, mean, std, stderr, m, background, exact, mExact, z);
    }

    /** Overflow in theory or data must stop the run, not reach a result file as "Infinity". */
    private static void requireFinite(MultisetResult r, int width, ExperimentSpec spec) {
        Double[] values = {r.g0(), r.mean(), r.std(), r.m(), r.background(), r.exact(), r.mExact(), r.z()};
        for (Double v : values) {
            if (v != null && !Double.isFinite(v)) {
                throw new NonFiniteException("non-finite statistics at width " + width + ", multiset "
                        + java.util.Arrays.toString(r.points()) + ": " + r + "; spec: " + spec);
            }
        }
    }

    private static MeanM meanM(List<MultisetResult> multisets, MomentSums[] bags, int firstId) {
        int n = bags.length;
        double[] perBag = new double[n];
        for (int b = 0; b < n; b++) {
            double sum = 0;
            for (int i = 0; i < multisets.size(); i++) {
                double g0 = multisets.get(i).g0();
                sum += (bags[b].mean(firstId + i) - g0) / g0;
            }
            perBag[b] = sum / multisets.size();
        }
        Spread spread = Spread.of(perBag);
        double mean = spread.mean();
        double stderr = spread.stderr();
        boolean known = multisets.stream().allMatch(r -> r.mExact() != null);
        Double exact = known ? multisets.stream().mapToDouble(MultisetResult::mExact).average().orElseThrow() : null;
        Double z = exact != null && stderr > 0 ? (mean - exact) / stderr : null;
        return new MeanM(mean, stderr, exact, z);
    }
}

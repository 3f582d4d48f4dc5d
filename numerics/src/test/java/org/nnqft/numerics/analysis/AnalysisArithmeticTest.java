package org.nnqft.numerics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.engine.Timing;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.theory.Kernels;
import org.nnqft.numerics.theory.Wick;

/**
 * Analysis' arithmetic on sums made by hand, so that every statistic is pinned to a value computed
 * here independently: no sampling, no tolerance beyond rounding.
 */
class AnalysisArithmeticTest {
    private static final double[][] INPUTS = {{0.3}, {0.7}};
    private static final int WIDTH = 10;

    private static ExperimentSpec spec(int bags) {
        return new SpecBuilder().inputs(INPUTS).widths(WIDTH).orders(2, 4).bags(bags).nets(1).seed(1).build();
    }

    /** Bag b's single network has the value perBag[b][id] for multiset id. */
    private static EnsembleSums sums(ExperimentSpec spec, double[][] perBag) {
        MomentLayout layout = new MomentLayout(spec.k(), spec.orders());
        MomentSums[][] byWidthAndBag = new MomentSums[1][perBag.length];
        for (int b = 0; b < perBag.length; b++) {
            byWidthAndBag[0][b] = new MomentSums(layout);
            byWidthAndBag[0][b].add(perBag[b]);
        }
        return new EnsembleSums(spec, layout, byWidthAndBag, new Timing(1, perBag.length, 1, 1));
    }

    /** The exact G at width N plus a per-bag offset: m = (G - G0) / G0 has a known spread. */
    private static double[][] values(ExperimentSpec spec, double[] offsets) {
        MomentLayout layout = new MomentLayout(spec.k(), spec.orders());
        double[][] kernel = Kernels.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB()).matrix(INPUTS);
        double[][] v = new double[offsets.length][layout.size()];
        for (int b = 0; b < offsets.length; b++) {
            for (int id = 1; id < layout.size(); id++) {
                v[b][id] = Wick.g0(layout.elements(id), kernel) * (1 + offsets[b] * id);
            }
        }
        return v;
    }

    @Test
    void everyStatisticHasItsDefinedValue() {
        ExperimentSpec spec = spec(4);
        double[] offsets = {0.01, -0.02, 0.04, 0.03};
        double[][] v = values(spec, offsets);
        List<OrderResult> results = Analysis.of(sums(spec, v));
        MomentLayout layout = new MomentLayout(spec.k(), spec.orders());
        ExactMoments exact = ExactMoments.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB(), WIDTH);
        double[][] kernel = Kernels.of(spec.arch(), spec.dIn(), spec.sigmaW(), spec.sigmaB()).matrix(INPUTS);

        assertThat(results).extracting(OrderResult::order).containsExactly(2, 4);
        for (OrderResult r : results) {
            int first = layout.offset(r.order());
            double[] mPerBag = new double[offsets.length];
            double exactM = 0;
            for (int i = 0; i < r.multisets().size(); i++) {
                MultisetResult ms = r.multisets().get(i);
                int id = first + i;
                double g0 = Wick.g0(layout.elements(id), kernel);
                double mean = 0;
                for (double[] bag : v) {
                    mean += bag[id] / v.length;
                }
                double ss = 0;
                for (double[] bag : v) {
                    ss += (bag[id] - mean) * (bag[id] - mean);
                }
                double std = Math.sqrt(ss / (v.length - 1));
                double stderr = std / Math.sqrt(v.length);
                double e = exact.expectation(pointsOf(layout.elements(id)));
                assertThat(ms.points()).containsExactly(layout.elements(id));
                assertThat(ms.g0()).isEqualTo(g0);
                assertThat(ms.mean()).isCloseTo(mean, within(1e-15 * Math.abs(mean)));
                assertThat(ms.std()).isCloseTo(std, within(1e-12 * std));
                assertThat(ms.stderr()).isCloseTo(stderr, within(1e-12 * stderr));
                assertThat(ms.m()).isCloseTo((mean - g0) / g0, within(1e-12));
                assertThat(ms.background()).isCloseTo(std / Math.abs(g0), within(1e-12));
                assertThat(ms.exact()).isEqualTo(e);
                assertThat(ms.mExact()).isCloseTo((e - g0) / g0, within(1e-15));
                // one network per bag: the plain estimator's exact variance over all bags x 1 networks
                double se = Math.sqrt((exact.expectation(doubled(pointsOf(layout.elements(id)))) - e * e) / v.length);
                assertThat(ms.exactStderr()).isCloseTo(se, within(1e-12 * se));
                assertThat(ms.zError()).isEqualTo(ErrorSource.EXACT);
                assertThat(ms.z()).isCloseTo((mean - e) / se, within(1e-9 * Math.abs((mean - e) / se)));
                assertThat(ms.exactError()).isZero(); // the Gauss-net's closed form
                assertThat(ms.undefined()).isNull();
                for (int b = 0; b < v.length; b++) {
                    mPerBag[b] += (v[b][id] - g0) / g0 / r.multisets().size();
                }
                exactM += (e - g0) / g0 / r.multisets().size();
            }
            double mean = 0;
            for (double m : mPerBag) {
                mean += m / mPerBag.length;
            }
            double ss = 0;
            for (double m : mPerBag) {
                ss += (m - mean) * (m - mean);
            }
            double stderr = Math.sqrt(ss / (mPerBag.length - 1)) / Math.sqrt(mPerBag.length);
            MeanM meanM = r.meanM();
            assertThat(meanM.value()).isCloseTo(mean, within(1e-12 * Math.abs(mean)));
            assertThat(meanM.stderr()).isCloseTo(stderr, within(1e-12 * stderr));
            assertThat(meanM.exact()).isCloseTo(exactM, within(1e-15));
            assertThat(meanM.z()).isCloseTo((mean - exactM) / stderr, within(1e-9 * Math.abs((mean - exactM) / stderr)));
        }
    }

    /** Identical bags: z falls back to nothing (conditional estimator, no exact error) rather than infinity. */
    @Test
    void identicalBagsHaveNoZScoreRatherThanAnInfiniteOne() {
        ExperimentSpec spec = new SpecBuilder().inputs(INPUTS).widths(WIDTH).orders(2, 4).bags(2).nets(1).seed(1)
                .estimator(org.nnqft.numerics.spec.Estimator.CONDITIONAL).build();
        List<OrderResult> results = Analysis.of(sums(spec, values(spec, new double[] {0.01, 0.01})));
        for (OrderResult r : results) {
            assertThat(r.multisets()).allSatisfy(ms -> {
                assertThat(ms.stderr()).isZero();
                assertThat(ms.exactStderr()).isNull();
                assertThat(ms.z()).isNull();
                assertThat(ms.zError()).isNull();
            });
            assertThat(r.meanM().stderr()).isZero();
            assertThat(r.meanM().z()).isNull();
        }
    }

    /** With the plain estimator the exact error stands in where the bags' spread is 0. */
    @Test
    void identicalBagsUseTheExactError() {
        ExperimentSpec spec = spec(2);
        List<OrderResult> results = Analysis.of(sums(spec, values(spec, new double[] {0.01, 0.01})));
        for (OrderResult r : results) {
            assertThat(r.multisets()).allSatisfy(ms -> {
                assertThat(ms.stderr()).isZero();
                assertThat(ms.zError()).isEqualTo(ErrorSource.EXACT);
                assertThat(ms.z()).isCloseTo((ms.mean() - ms.exact()) / ms.exactStderr(), within(1e-15));
            });
            assertThat(r.meanM().stderr()).isZero();
            assertThat(r.meanM().z()).isNull();
        }
    }

    @Test
    void aNonFiniteSumStopsTheRunAndNamesTheSpec() {
        ExperimentSpec spec = spec(2);
        double[][] v = values(spec, new double[] {0.01, 0.02});
        v[1][new MomentLayout(spec.k(), spec.orders()).offset(4) + 2] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> Analysis.of(sums(spec, v)))
                .isInstanceOf(org.nnqft.numerics.engine.NonFiniteException.class)
                .hasMessageContaining("width " + WIDTH).hasMessageContaining("spec:");
    }

    private static double[][] doubled(double[][] points) {
        double[][] d = new double[2 * points.length][];
        for (int i = 0; i < points.length; i++) {
            d[2 * i] = points[i];
            d[2 * i + 1] = points[i];
        }
        return d;
    }

    private static double[][] pointsOf(int[] indices) {
        double[][] p = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            p[i] = INPUTS[indices[i]];
        }
        return p;
    }

    /** With non-zero weight or bias means there is no exact theory: every exact field is null. */
    @Test
    void nonZeroMeansHaveNoExactFields() {
        ExperimentSpec spec = new SpecBuilder().inputs(INPUTS).widths(WIDTH).orders(2, 4).bags(3).nets(1).seed(1)
                .muW(0.1).build();
        List<OrderResult> results = Analysis.of(sums(spec, values(spec, new double[] {0.01, -0.02, 0.04})));
        for (OrderResult r : results) {
            assertThat(r.multisets()).allSatisfy(ms -> {
                assertThat(ms.exact()).isNull();
                assertThat(ms.mExact()).isNull();
                assertThat(ms.z()).isNull();
                assertThat(ms.m()).isNotNull();
            });
            assertThat(r.meanM().exact()).isNull();
            assertThat(r.meanM().z()).isNull();
            assertThat(r.meanAbsZ()).isNull();
        }
    }

    /** The terminal's summaries: means of |field| over the multisets that have it. */
    @Test
    void orderSummariesAverageMagnitudes() {
        ExperimentSpec spec = spec(3);
        OrderResult r = Analysis.of(sums(spec, values(spec, new double[] {0.01, -0.02, 0.04}))).get(1);
        assertThat(r.meanAbsM()).isCloseTo(r.multisets().stream().mapToDouble(ms -> Math.abs(ms.m())).average()
                .orElseThrow(), within(1e-15));
        assertThat(r.meanBackground()).isCloseTo(r.multisets().stream().mapToDouble(ms -> Math.abs(ms.background()))
                .average().orElseThrow(), within(1e-15));
        assertThat(r.meanAbsZ()).isCloseTo(r.multisets().stream().mapToDouble(ms -> Math.abs(ms.z())).average()
                .orElseThrow(), within(1e-12)).isPositive();
        OrderResult odd = new OrderResult(WIDTH, 3, List.of(), null);
        assertThat(odd.meanAbsM()).isNull();
    }
}

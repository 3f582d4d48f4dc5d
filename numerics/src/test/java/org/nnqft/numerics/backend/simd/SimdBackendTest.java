package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnqft.numerics.backend.Block;
import org.nnqft.numerics.backend.Ensemble;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * The SIMD backend computes the scalar backend's networks: per network, and summed over blocks
 * whose size is not a multiple of the lane count, for every architecture, d_in 1 to 3, widths
 * around the lane counts, and both estimators. Double agrees to 1e-12 of the output scale,
 * float to the float forward pass's accuracy.
 */
class SimdBackendTest {
    private static final int[] WIDTHS = {1, 2, 3, 7, 8, 9, 15, 16, 17, 100, 1000};

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Architecture arch : Architecture.values()) {
            for (int dIn = 1; dIn <= 3; dIn++) {
                for (Estimator est : Estimator.values()) {
                    cases.add(Arguments.of(arch, dIn, est));
                }
            }
        }
        return cases.stream();
    }

    private static Ensemble ensemble(Architecture arch, int dIn, Estimator est, Precision precision, boolean means) {
        double[][] inputs = new double[5][dIn];
        for (int i = 0; i < inputs.length; i++) {
            for (int c = 0; c < dIn; c++) {
                inputs[i][c] = (arch == Architecture.GAUSS ? 0.1 : 1) * (0.45 * i - 0.8 + 0.3 * c);
            }
        }
        SpecBuilder b = new SpecBuilder().arch(arch).dIn(dIn).sigmaW(1.2).sigmaB(arch == Architecture.RELU ? 0.5 : 1)
                .widths(1).inputs(inputs).orders(est == Estimator.PLAIN ? new int[] {1, 2, 3, 4} : new int[] {2, 4})
                .bags(2).nets(1).estimator(est).precision(precision).seed(2024);
        if (means) {
            b.muW(0.05).muB(-0.1);
        }
        return Ensemble.of(b.build());
    }

    @ParameterizedTest(name = "{0} d_in={1} {2}")
    @MethodSource("cases")
    void doubleMatchesScalarPerNetworkAndPerBlock(Architecture arch, int dIn, Estimator est) {
        Ensemble e = ensemble(arch, dIn, est, Precision.DOUBLE, false);
        compare(e, 1e-12);
    }

    @ParameterizedTest(name = "{0} d_in={1} {2}")
    @MethodSource("cases")
    void floatMatchesScalarToFloatAccuracy(Architecture arch, int dIn, Estimator est) {
        // float forward pass: 6e-8 per rounding, over sums of up to 1000 terms that cancel to an
        // output a tenth of their absolute sum; measured worst 2.1e-5 of the scale (gauss, d_in 2)
        compare(ensemble(arch, dIn, est, Precision.FLOAT, false), 1e-4);
    }

    @ParameterizedTest(name = "{0} d_in={1} {2}")
    @MethodSource("cases")
    void nonZeroMeansToo(Architecture arch, int dIn, Estimator est) {
        compare(ensemble(arch, dIn, est, Precision.DOUBLE, true), 1e-12);
    }

    private static void compare(Ensemble e, double tolerance) {
        var scalar = new ScalarBackend().runner(e);
        var simd = new SimdBackend().runner(e);
        MomentLayout layout = e.layout();
        for (int width : WIDTHS) {
            // single networks at assorted positions (lane 0, a middle lane, beyond the first group)
            for (int network : new int[] {0, 5, 8, 21}) {
                assertClose(run(scalar, layout, width, network, 1), run(simd, layout, width, network, 1), layout, tolerance,
                        e + " N=" + width + " network " + network);
            }
            // blocks that end in a partial group
            for (int count : new int[] {13, 37}) {
                assertClose(run(scalar, layout, width, 3, count), run(simd, layout, width, 3, count), layout, tolerance,
                        e + " N=" + width + " block of " + count);
            }
        }
    }

    private static MomentSums run(org.nnqft.numerics.backend.BlockRunner r, MomentLayout layout, int width, int first, int count) {
        MomentSums s = new MomentSums(layout);
        r.run(new Block(width, 1, first, count), s);
        assertThat(s.networks()).isEqualTo(count);
        return s;
    }

    /**
     * Per order n, |simd - scalar| <= tolerance x the order's scale: the larger of its largest
     * |sum| and networks x rms(f)^n, rms(f) from the largest diagonal 2-point sum. The second
     * keeps a sum that cancels to near zero from demanding more than the arithmetic can give.
     */
    private static void assertClose(MomentSums expected, MomentSums actual, MomentLayout layout, double tolerance, String what) {
        double diag = 0;
        for (int i = 0; i < layout.k(); i++) {
            int id = layout.id(new int[] {i, i});
            diag = Math.max(diag, expected.sum(id));
        }
        double rms = Math.sqrt(diag / expected.networks());
        for (int n = 1; n <= layout.maxOrder(); n++) {
            double scale = expected.networks() * Math.pow(rms, n);
            for (int id = layout.offset(n); id < layout.offset(n + 1); id++) {
                scale = Math.max(scale, Math.abs(expected.sum(id)));
            }
            for (int id = layout.offset(n); id < layout.offset(n + 1); id++) {
                assertThat(actual.sum(id)).as("%s, order %d, multiset %s", what, n,
                                java.util.Arrays.toString(layout.elements(id)))
                        .isCloseTo(expected.sum(id), org.assertj.core.data.Offset.offset(tolerance * scale + Double.MIN_VALUE));
            }
        }
    }
}

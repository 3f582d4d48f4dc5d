package org.nnqft.numerics.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * G0 = 0 at an even order is a legitimately undefined m, not an overflow: the erf kernel vanishes
 * between orthogonal inputs at sigma_b = 0, and an input 0 at sigma_b = 0 makes erf and relu identically 0.
 * The run completes; m, background and mExact are null with the reason, everything else is as usual.
 */
class ZeroKernelTest {

    private static List<OrderResult> run(SpecBuilder b) {
        return Analysis.of(Engine.run(b.widths(5).orders(2, 4).bags(2).nets(100).build(), new ScalarBackend(),
                Progress.NONE));
    }

    /** Every even-order multiset: G0 = 0 exactly where m is undefined, with the reason; defined elsewhere. */
    private static long checkUndefinedWhereG0Vanishes(List<OrderResult> rs) {
        long undefined = 0;
        for (OrderResult r : rs) {
            for (MultisetResult ms : r.multisets()) {
                if (ms.g0() == 0) {
                    undefined++;
                    assertThat(ms.m()).isNull();
                    assertThat(ms.background()).isNull();
                    assertThat(ms.mExact()).isNull();
                    assertThat(ms.undefined()).contains("G0 = 0");
                    // z compares the data with theory, which needs no G0 (only a non-zero error)
                    if (ms.exact() != null && ms.stderr() > 0) {
                        assertThat(ms.z()).isNotNull();
                    }
                } else {
                    assertThat(ms.m()).isNotNull();
                    assertThat(ms.undefined()).isNull();
                }
            }
            assertThat(r.undefinedCount()).isEqualTo(r.multisets().stream().filter(ms -> ms.g0() == 0).count());
            if (r.meanM() != null) {
                assertThat(Double.isFinite(r.meanM().value())).isTrue();
            }
        }
        return undefined;
    }

    @Test
    void erfOrthogonalInputsInTwoDimensions() {
        // HMS's d_in = 2 square: (1, 0) and (0, 1) are orthogonal
        List<OrderResult> rs = run(new SpecBuilder().arch(Architecture.ERF).dIn(2).sigmaB(0));
        assertThat(checkUndefinedWhereG0Vanishes(rs)).isPositive();
    }

    @Test
    void erfAndReluWithAZeroInputInOneDimension() {
        for (Architecture arch : new Architecture[] {Architecture.ERF, Architecture.RELU}) {
            List<OrderResult> rs = run(new SpecBuilder().arch(arch).dIn(1).sigmaB(0)
                    .inputs(new double[][] {{0}, {0.5}}));
            assertThat(checkUndefinedWhereG0Vanishes(rs)).as("%s", arch).isPositive();
            // {0, 0} at order 2: f(0) = 0 for every network, so data, exact and error are all exactly 0
            MultisetResult zero = rs.get(0).multisets().get(0);
            assertThat(zero.points()).containsExactly(0, 0);
            assertThat(zero.mean()).isZero();
            assertThat(zero.exact()).isZero();
            assertThat(zero.z()).isNull();
        }
    }

    @Test
    void reluWithAZeroInputInTwoDimensions() {
        List<OrderResult> rs = run(new SpecBuilder().arch(Architecture.RELU).dIn(2).sigmaB(0)
                .inputs(new double[][] {{0, 0}, {1, 0.5}}));
        assertThat(checkUndefinedWhereG0Vanishes(rs)).isPositive();
        // the one multiset of order 4 free of the zero input keeps its m
        assertThat(rs.get(1).meanM()).isNotNull();
    }
}

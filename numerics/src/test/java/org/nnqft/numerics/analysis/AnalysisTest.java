package org.nnqft.numerics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.engine.Engine;
import org.nnqft.numerics.engine.Progress;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * The measured n-point functions against theory. Bags give the errors: with 20 bags a z-score is
 * Student-t with 19 degrees of freedom, for which |t| > 4 has probability 7.7e-4 and |t| > 5
 * 8e-5. The seeds are fixed, so a pass is reproducible; the rates say how lucky a pass would be.
 */
class AnalysisTest {

    private static List<OrderResult> run(SpecBuilder b) {
        return Analysis.of(Engine.run(b.build(), new ScalarBackend(), Progress.NONE));
    }

    private static OrderResult find(List<OrderResult> rs, int width, int order) {
        return rs.stream().filter(r -> r.width() == width && r.order() == order).findFirst().orElseThrow();
    }

    @Test
    void gaussM4MatchesTheExactFiniteWidthValueAtLargeWidths() {
        for (Estimator est : Estimator.values()) {
            // 16,000 networks a bag: at 8,000 plain's exact m_4 at N = 100 is only 3.85 standard errors, so
            // the signal check below (4) passed or failed with the draw; with the Philox stream it failed
            // at seeds 3 and 4 (seed 3: 3.78 standard errors)
            List<OrderResult> rs = run(new SpecBuilder().widths(50, 100).orders(2, 4).bags(20).nets(16000)
                    .seed(3).estimator(est));
            for (int width : new int[] {50, 100}) {
                MeanM m4 = find(rs, width, 4).meanM();
                assertThat(m4.exact()).isCloseTo(13.40 / width, within(0.01 / width));
                // within 4 standard errors (false alarm 7.7e-4 each), and measured well above noise
                assertThat(Math.abs(m4.z())).as("%s N=%d m4=%s", est, width, m4).isLessThan(4);
                assertThat(m4.value()).as("%s N=%d signal", est, width).isGreaterThan(4 * m4.stderr());
            }
        }
    }

    @Test
    void m2IsZeroAndOddOrdersVanishForEveryArchitecture() {
        for (Architecture arch : Architecture.values()) {
            List<OrderResult> rs = run(new SpecBuilder().arch(arch).widths(5, 20).orders(1, 2, 3).bags(20).nets(2000).seed(8));
            for (OrderResult r : rs) {
                // 27 multisets x 2 widths x 3 orders per architecture; |t| < 5.5 each (t_19: 2.4e-5 each)
                for (MultisetResult m : r.multisets()) {
                    assertThat(Math.abs(m.z())).as("%s N=%d n=%d %s", arch, r.width(), r.order(),
                            java.util.Arrays.toString(m.points())).isLessThan(5.5);
                }
            }
            // the exact theory's H_2 is the GP kernel: in closed form for gauss, to the quadrature's
            // stated 1e-10 relative for erf and relu (ErfHiddenMoments, ReluHiddenMoments)
            assertThat(find(rs, 5, 2).meanM().exact()).as("%s", arch).isCloseTo(0.0, within(1e-10));
        }
    }

    @Test
    void plainAndConditionalAgreeWithinError() {
        // different seeds make the two estimates independent
        List<OrderResult> plain = run(new SpecBuilder().arch(Architecture.ERF).widths(3, 10).orders(2, 4, 6).bags(20).nets(4000).seed(1));
        List<OrderResult> cond = run(new SpecBuilder().arch(Architecture.ERF).widths(3, 10).orders(2, 4, 6).bags(20).nets(4000).seed(2)
                .estimator(Estimator.CONDITIONAL));
        for (int width : new int[] {3, 10}) {
            for (int order : new int[] {2, 4, 6}) {
                MeanM p = find(plain, width, order).meanM();
                MeanM c = find(cond, width, order).meanM();
                double z = (p.value() - c.value()) / Math.hypot(p.stderr(), c.stderr());
                // approximately normal for 20 + 20 bags: |z| < 4.5 is a two-sided 7e-6
                assertThat(Math.abs(z)).as("N=%d n=%d plain=%s conditional=%s", width, order, p, c).isLessThan(4.5);
                assertThat(c.stderr()).as("conditional cuts the variance").isLessThan(p.stderr());
            }
        }
    }

    @Test
    void fieldsFollowTheirDefinitions() {
        List<OrderResult> rs = run(new SpecBuilder().widths(10).orders(3, 4).bags(5).nets(300).seed(4));
        MultisetResult m = find(rs, 10, 4).multisets().get(7);
        assertThat(m.m()).isCloseTo((m.mean() - m.g0()) / m.g0(), within(1e-15));
        assertThat(m.background()).isCloseTo(m.std() / Math.abs(m.g0()), within(1e-15));
        assertThat(m.stderr()).isCloseTo(m.std() / Math.sqrt(5), within(1e-15));
        assertThat(m.zError()).isEqualTo(ErrorSource.EXACT);
        assertThat(m.z()).isCloseTo((m.mean() - m.exact()) / m.exactStderr(), within(1e-12));
        MultisetResult odd = find(rs, 10, 3).multisets().get(0);
        assertThat(odd.g0()).isZero();
        assertThat(odd.m()).isNull();
        assertThat(odd.exact()).isZero();
        assertThat(find(rs, 10, 3).meanM()).isNull();
        assertThat(find(rs, 10, 4).multisets()).hasSize(126);
    }

    @Test
    void overflowingTheoryStopsTheRunAndNamesTheSpec() {
        // sigma_W = 1000 at |x| = 2: H_4 carries exp(s |S|^2 / 2) = exp(8e6), beyond double range
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(new SpecBuilder().sigmaW(1000)
                        .inputs(new double[][] {{1}, {2}}).widths(3).orders(4).bags(2).nets(10)))
                .isInstanceOf(org.nnqft.numerics.engine.NonFiniteException.class)
                .hasMessageContaining("sigma-w=1000.0");
    }
}

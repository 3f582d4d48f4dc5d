package org.nnqft.reports.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.InputSets;
import org.nnqft.numerics.spec.SpecException;

class PresetsTest {
    private static final int[] ELS_WIDTHS = {2, 3, 4, 5, 10, 20, 50, 100, 500, 1000};

    @Test
    void quickIsTheFigureOneEnsembleScaledDown() {
        ExperimentSpec s = Presets.named("quick").builder().build();
        assertFigureOneEnsemble(s);
        assertThat(s.bags()).isEqualTo(20);
        assertThat(s.nets()).isEqualTo(10_000);
    }

    @Test
    void elsFigureOneAtPublishedScale() {
        ExperimentSpec s = Presets.named("els-fig1").builder().build();
        assertFigureOneEnsemble(s);
        assertThat(s.bags()).isEqualTo(20);
        assertThat(s.nets()).isEqualTo(30_000);
    }

    @Test
    void eachBuilderIsFresh() {
        Presets.QUICK.builder().bags(2);
        assertThat(Presets.QUICK.builder().build().bags()).isEqualTo(20);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Presets.named("els-fig9"))
                .isInstanceOf(SpecException.class)
                .hasMessage("preset must be one of quick, els-fig1, els-fig2, backends (got els-fig9)")
                .extracting(e -> ((SpecException) e).parameter()).isEqualTo("preset");
    }

    private static void assertFigureOneEnsemble(ExperimentSpec s) {
        assertThat(s.arch()).isEqualTo(Architecture.GAUSS);
        assertThat(s.dIn()).isEqualTo(1);
        assertThat(s.sigmaW()).isEqualTo(1.0);
        assertThat(s.sigmaB()).isEqualTo(1.0);
        assertThat(s.muW()).isZero();
        assertThat(s.muB()).isZero();
        assertThat(s.widths()).containsExactly(ELS_WIDTHS);
        assertThat(s.inputs()).isDeepEqualTo(InputSets.published(Architecture.GAUSS, 1));
        assertThat(s.orders()).containsExactly(2, 4, 6);
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.estimator()).isEqualTo(Estimator.PLAIN);
        assertThat(s.backend()).isEqualTo("simd");
    }
}

package org.nnqft.numerics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.BlockRunner;
import org.nnqft.numerics.backend.ScalarBackend;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.spec.SpecBuilder;

class EngineTest {

    static SpecBuilder small() {
        // 700 networks: two full blocks and a partial one per bag
        return new SpecBuilder().widths(3, 17).orders(1, 2, 3, 4).bags(3).nets(700).seed(11);
    }

    @Test
    void sameBitsForAnyThreadCount() {
        for (Estimator est : Estimator.values()) {
            SpecBuilder b = small().estimator(est).orders(est == Estimator.PLAIN ? new int[] {1, 2, 3, 4} : new int[] {2, 4});
            EnsembleSums one = Engine.run(b.threads(1).build(), new ScalarBackend(), Progress.NONE);
            for (int threads : new int[] {2, 3, 5}) {
                EnsembleSums many = Engine.run(b.threads(threads).build(), new ScalarBackend(), Progress.NONE);
                for (int w = 0; w < 2; w++) {
                    for (int bag = 0; bag < 3; bag++) {
                        for (int id = 1; id < one.layout().size(); id++) {
                            assertThat(Double.doubleToRawLongBits(many.bag(w, bag).sum(id)))
                                    .as("%s threads=%d w=%d bag=%d id=%d", est, threads, w, bag, id)
                                    .isEqualTo(Double.doubleToRawLongBits(one.bag(w, bag).sum(id)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyNetworkIsCountedOnceAndProgressReachesTheEnd() {
        AtomicLong last = new AtomicLong();
        ExperimentSpec spec = small().threads(2).build();
        EnsembleSums sums = Engine.run(spec, new ScalarBackend(), (done, total) -> last.accumulateAndGet(done, Math::max));
        assertThat(sums.bag(1, 2).networks()).isEqualTo(700);
        assertThat(last.get()).isEqualTo(2 * 3 * 3);
        assertThat(sums.timing().networks()).isEqualTo(2 * 3 * 700);
        assertThat(sums.timing().neuronSamples()).isEqualTo((3 + 17) * 3 * 700L);
    }

    @Test
    void bagsAndWidthsDrawDifferentNetworks() {
        EnsembleSums sums = Engine.run(small().build(), new ScalarBackend(), Progress.NONE);
        assertThat(sums.bag(0, 0).sum(1)).isNotEqualTo(sums.bag(0, 1).sum(1));
        assertThat(sums.bag(0, 0).sum(1)).isNotEqualTo(sums.bag(1, 0).sum(1));
    }

    @Test
    void nonFiniteSumsStopTheRunAndNameTheSpec() {
        Backend poisoned = new Backend() {
            @Override
            public String name() {
                return "poisoned";
            }

            @Override
            public BlockRunner runner(org.nnqft.numerics.backend.Ensemble e) {
                BlockRunner real = new ScalarBackend().runner(e);
                return (block, into) -> {
                    real.run(block, into);
                    if (block.bag() == 1) {
                        into.add(new double[e.layout().size()]);
                        double[] nan = new double[e.layout().size()];
                        java.util.Arrays.fill(nan, Double.NaN);
                        into.add(nan);
                    }
                };
            }
        };
        assertThatThrownBy(() -> Engine.run(small().threads(2).build(), poisoned, Progress.NONE))
                .isInstanceOf(NonFiniteException.class)
                .hasMessageContaining("bag 1").hasMessageContaining("widths=[3, 17]");
    }
}

package org.nnqft.numerics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.Backend;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.SpecBuilder;

/**
 * Runs first in its JVM (junit-platform.properties orders classes by {@link Order}), so that the
 * SIMD code is still uncompiled when the first run starts: a library function whose compiled
 * form differs in the last bit from its fallback (the Vector API's EXP does) fails here.
 */
@Order(1)
class SimdDeterminismTest {
    /**
     * The SIMD backend too, and whether its code is compiled yet or not: the first run starts cold
     * (interpreted vector code), the later ones run after a warm-up. Library functions whose
     * compiled form differs in the last bit from their fallback would show here.
     */
    @Test
    void simdGivesTheSameBitsColdOrWarmForAnyThreadCount() {
        for (Precision precision : Precision.values()) {
            for (Architecture arch : Architecture.values()) {
                SpecBuilder b = EngineTest.small().arch(arch).precision(precision);
                Backend simd = Backends.select("simd", precision).backend();
                EnsembleSums cold = Engine.run(b.threads(1).build(), simd, Progress.NONE);
                Engine.run(EngineTest.small().arch(arch).precision(precision).widths(50, 100).nets(3000).build(), simd, Progress.NONE);
                for (int threads : new int[] {1, 2, 3}) {
                    EnsembleSums warm = Engine.run(b.threads(threads).build(), simd, Progress.NONE);
                    for (int w = 0; w < 2; w++) {
                        for (int bag = 0; bag < 3; bag++) {
                            for (int id = 1; id < cold.layout().size(); id++) {
                                assertThat(Double.doubleToRawLongBits(warm.bag(w, bag).sum(id)))
                                        .as("%s %s threads=%d w=%d bag=%d id=%d", precision, arch, threads, w, bag, id)
                                        .isEqualTo(Double.doubleToRawLongBits(cold.bag(w, bag).sum(id)));
                            }
                        }
                    }
                }
            }
        }
    }

}

package org.nnqft.numerics.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;

class SimdProviderTest {

    @Test
    void fallsBackToScalarInDoubleWithAOneLineReason() {
        Backends.Selection s = SimdProvider.select(Precision.FLOAT, Optional.of("the preferred vector size is 128 bits, under 256"));
        assertThat(s.backend().name()).isEqualTo("scalar");
        assertThat(s.precision()).isEqualTo(Precision.DOUBLE);
        assertThat(s.notice()).get().asString().contains("128 bits").doesNotContain("\n");
    }

    @Test
    void runsWhereTheVectorApiIsUsable() {
        // the build runs tests with --add-modules jdk.incubator.vector on an AVX2 or AVX-512 machine
        assertThat(SimdProbe.unavailableReason()).isEmpty();
        Backends.Selection s = new SimdProvider().select(Precision.FLOAT, Rng.SUITE);
        assertThat(s.backend()).isInstanceOf(SimdBackend.class);
        assertThat(s.precision()).isEqualTo(Precision.FLOAT);
        assertThat(s.notice()).isEmpty();
        assertThat(new SimdProvider().backend(Precision.DOUBLE, Rng.SUITE)).isInstanceOf(SimdBackend.class);
    }

    @Test
    void probeRules() {
        assertThat(SimdProbe.reason(false, 512, true)).get().asString().contains("--add-modules jdk.incubator.vector");
        assertThat(SimdProbe.reason(true, 128, true)).get().asString().contains("128 bits");
        assertThat(SimdProbe.reason(true, 512, false)).get().asString().contains("C2");
        assertThat(SimdProbe.reason(true, 256, true)).isEmpty();
    }
}

package org.nnqft.numerics.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.SpecException;

class BackendsTest {

    @Test
    void simdFallsBackToScalarWithAOneLineReason() {
        Backends.Selection s = Backends.select("simd", Precision.FLOAT, Optional.of("the preferred vector size is 128 bits, under 256"));
        assertThat(s.backend().name()).isEqualTo("scalar");
        assertThat(s.precision()).isEqualTo(Precision.DOUBLE);
        assertThat(s.notice()).get().asString().contains("128 bits").doesNotContain("\n");
    }

    @Test
    void simdRunsWhereTheVectorApiIsUsable() {
        // the build runs tests with --add-modules jdk.incubator.vector on an AVX-512 machine
        assertThat(SimdProbe.unavailableReason()).isEmpty();
        Backends.Selection s = Backends.select("simd", Precision.FLOAT);
        assertThat(s.backend().name()).isEqualTo("simd");
        assertThat(s.notice()).isEmpty();
    }

    @Test
    void probeRules() {
        assertThat(SimdProbe.reason(false, 512, true)).get().asString().contains("--add-modules jdk.incubator.vector");
        assertThat(SimdProbe.reason(true, 128, true)).get().asString().contains("128 bits");
        assertThat(SimdProbe.reason(true, 512, false)).get().asString().contains("C2");
        assertThat(SimdProbe.reason(true, 256, true)).isEmpty();
    }

    @Test
    void unknownNamesAndScalarFloatAreRejected() {
        assertThatThrownBy(() -> Backends.select("gpu", Precision.DOUBLE)).isInstanceOf(SpecException.class)
                .hasMessageContaining("backend must be one of scalar, simd");
        assertThatThrownBy(() -> Backends.select("scalar", Precision.FLOAT)).isInstanceOf(SpecException.class)
                .hasMessageContaining("precision");
    }

    @Test
    void nativeRngNeedsABackendThatHasOne() {
        assertThatThrownBy(() -> Backends.select("simd", Precision.DOUBLE, org.nnqft.numerics.spec.Rng.NATIVE))
                .isInstanceOf(SpecException.class).hasMessageContaining("rng must be suite with the simd backend");
        BackendProvider lib = provider("lib", true);
        assertThatThrownBy(() -> Backends.select("scalar", Precision.DOUBLE, org.nnqft.numerics.spec.Rng.NATIVE,
                Optional.empty(), java.util.List.of(lib)))
                .isInstanceOf(SpecException.class)
                .hasMessage("rng must be suite with the scalar backend (native needs --backend lib) (got native)");
        assertThat(Backends.select("lib", Precision.DOUBLE, org.nnqft.numerics.spec.Rng.NATIVE, Optional.empty(),
                java.util.List.of(lib)).backend().name()).isEqualTo("scalar");
        assertThatThrownBy(() -> Backends.select("nd4j", Precision.DOUBLE, org.nnqft.numerics.spec.Rng.SUITE,
                Optional.empty(), java.util.List.of(lib)))
                .isInstanceOf(SpecException.class).hasMessage("backend must be one of scalar, simd, lib (got nd4j)");
        // a provider without a generator of its own is held to the same rule as the built-in ones
        BackendProvider plain = provider("plain", false);
        assertThatThrownBy(() -> Backends.select("plain", Precision.DOUBLE, org.nnqft.numerics.spec.Rng.NATIVE,
                Optional.empty(), java.util.List.of(lib, plain)))
                .isInstanceOf(SpecException.class)
                .hasMessage("rng must be suite with the plain backend (native needs --backend lib) (got native)");
    }

    @Test
    void withoutTheNd4jModuleNd4jIsAnUnknownName() {
        // numerics alone: no BackendProvider on the class path
        assertThat(Backends.names()).containsExactly("scalar", "simd");
        assertThatThrownBy(() -> Backends.select("nd4j", Precision.DOUBLE)).isInstanceOf(SpecException.class)
                .hasMessage("backend must be one of scalar, simd (got nd4j)");
    }

    /** A provider that runs the scalar backend under another name. */
    private static BackendProvider provider(String name, boolean nativeRng) {
        return new BackendProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean supportsNativeRng() {
                return nativeRng;
            }

            @Override
            public Backend backend(Precision precision, org.nnqft.numerics.spec.Rng rng) {
                return new ScalarBackend();
            }
        };
    }
}

package org.nnqft.numerics.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.numerics.spec.SpecException;

class BackendsTest {

    @Test
    void scalarAndSimdAreFoundLikeAnyOtherProvider() {
        // numerics alone: its own two providers, found by ServiceLoader, the reference first
        assertThat(Backends.providers()).extracting(BackendProvider::name).containsExactly("scalar", "simd");
        assertThat(Backends.select("scalar", Precision.DOUBLE).backend()).isInstanceOf(ScalarBackend.class);
        // the build runs tests with --add-modules jdk.incubator.vector on an AVX2 or AVX-512 machine
        Backends.Selection s = Backends.select("simd", Precision.FLOAT);
        assertThat(s.backend().name()).isEqualTo("simd");
        assertThat(s.precision()).isEqualTo(Precision.FLOAT);
        assertThat(s.notice()).isEmpty();
    }

    @Test
    void unknownNamesAndScalarFloatAreRejected() {
        assertThatThrownBy(() -> Backends.select("gpu", Precision.DOUBLE)).isInstanceOf(SpecException.class)
                .hasMessage("backend must be one of scalar, simd (got gpu)");
        assertThatThrownBy(() -> Backends.select("scalar", Precision.FLOAT)).isInstanceOf(SpecException.class)
                .hasMessage("precision must be double with the scalar backend (float needs --backend simd) (got float)");
    }

    @Test
    void nativeRngNeedsABackendThatHasOne() {
        assertThatThrownBy(() -> Backends.select("simd", Precision.DOUBLE, Rng.NATIVE))
                .isInstanceOf(SpecException.class).hasMessageContaining("rng must be suite with the simd backend");
        BackendProvider lib = provider("lib", true);
        List<BackendProvider> withLib = List.of(new ScalarProvider(), lib);
        assertThatThrownBy(() -> Backends.select("scalar", Precision.DOUBLE, Rng.NATIVE, withLib))
                .isInstanceOf(SpecException.class)
                .hasMessage("rng must be suite with the scalar backend (native needs --backend lib) (got native)");
        assertThat(Backends.select("lib", Precision.DOUBLE, Rng.NATIVE, withLib).backend().name()).isEqualTo("scalar");
        assertThatThrownBy(() -> Backends.select("nd4j", Precision.DOUBLE, Rng.SUITE, withLib))
                .isInstanceOf(SpecException.class).hasMessage("backend must be one of scalar, lib (got nd4j)");
        // a provider without a generator of its own is held to the same rule as scalar and simd
        BackendProvider plain = provider("plain", false);
        assertThatThrownBy(() -> Backends.select("plain", Precision.DOUBLE, Rng.NATIVE, List.of(lib, plain)))
                .isInstanceOf(SpecException.class)
                .hasMessage("rng must be suite with the plain backend (native needs --backend lib) (got native)");
    }

    @Test
    void withoutTheNd4jModuleNd4jIsAnUnknownName() {
        // numerics alone: no nd4j provider on the class path
        assertThat(Backends.names()).containsExactly("scalar", "simd");
        assertThatThrownBy(() -> Backends.select("nd4j", Precision.DOUBLE)).isInstanceOf(SpecException.class)
                .hasMessage("backend must be one of scalar, simd (got nd4j)");
    }

    /** A provider that runs the scalar backend under another name. */
    private static BackendProvider provider(String name, boolean nativeRng) {
        return new BackendProvider(name, 10, nativeRng) {
            @Override
            public Backend backend(Precision precision, Rng rng) {
                return new ScalarBackend();
            }
        };
    }
}

package org.nnqft.reports.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.nnqft.numerics.backend.Backends;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.numerics.spec.Precision;
import org.nnqft.numerics.spec.Rng;
import org.nnqft.reports.presets.Preset;
import org.nnqft.reports.presets.Presets;

/**
 * The names the help text lists for the name-valued options (via ${COMPLETION-CANDIDATES}),
 * taken from the library so that the help never lists a name that the library has dropped.
 */
final class Candidates {
    private Candidates() {
    }

    static final class PresetNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Presets.all().stream().map(Preset::name).iterator();
        }
    }

    static final class ArchNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Architecture.values()).map(Architecture::id).iterator();
        }
    }

    static final class EstimatorNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Estimator.values()).map(Estimator::id).iterator();
        }
    }

    static final class PrecisionNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Precision.values()).map(Precision::id).iterator();
        }
    }

    static final class RngNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Rng.values()).map(Rng::id).iterator();
        }
    }

    static final class BackendNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Backends.names().iterator();
        }
    }
}

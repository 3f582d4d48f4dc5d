package org.nnqft.reports.results;

import org.nnqft.numerics.engine.Timing;

/** The "timing" section; its own type so the file schema does not follow library refactorings. */
public record TimingEntry(double seconds, long networks, long neuronSamples, double neuronSamplesPerSecond) {

    public static TimingEntry of(Timing t) {
        return new TimingEntry(t.seconds(), t.networks(), t.neuronSamples(), t.neuronSamplesPerSecond());
    }
}

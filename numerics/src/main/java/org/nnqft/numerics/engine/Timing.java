package org.nnqft.numerics.engine;

/**
 * How long the ensemble took. A neuron-sample is one hidden unit of one network evaluated at all k
 * inputs, so the rate compares backends across widths and input counts.
 */
public record Timing(double seconds, long networks, long neuronSamples, double neuronSamplesPerSecond) {
    static Timing of(double seconds, long networks, long neuronSamples) {
        return new Timing(seconds, networks, neuronSamples, neuronSamples / Math.max(seconds, 1e-9));
    }
}

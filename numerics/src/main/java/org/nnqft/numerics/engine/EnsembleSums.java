package org.nnqft.numerics.engine;

import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;

/** The merged moment sums of a run: one per (width, bag), widths in the spec's order. */
public record EnsembleSums(ExperimentSpec spec, MomentLayout layout, MomentSums[][] byWidthAndBag, Timing timing) {
    public MomentSums bag(int widthIndex, int bag) {
        return byWidthAndBag[widthIndex][bag];
    }
}

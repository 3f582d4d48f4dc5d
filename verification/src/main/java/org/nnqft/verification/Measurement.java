package org.nnqft.verification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.ExperimentSpec;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.numerics.math.combinatorics.Multisets;

/** One experiment run and analysed, with its exact theory (zero means only): what the claims read. */
public record Measurement(ExperimentSpec spec, EnsembleSums sums, List<OrderResult> results, Optional<ExactMoments> theory) {

    /** Networks per (width, bag) times bags: the sample behind one mean. */
    public long networks() {
        return (long) spec.bags() * spec.nets();
    }

    /** The bags' moment sums at one of the spec's widths. */
    public MomentSums[] bags(int width) {
        int[] widths = spec.widths();
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] == width) {
                return sums.byWidthAndBag()[i];
            }
        }
        throw new IllegalArgumentException("width " + width + " not in " + Arrays.toString(widths));
    }

    /** The results of one order at every width, in the spec's width order. */
    public List<OrderResult> order(int n) {
        return results.stream().filter(r -> r.order() == n).toList();
    }

    /**
     * The exact finite-width theory of this ensemble at one width, if one is implemented (zero means
     * only). Every width shares one memo of the width-free hidden moments and cumulants.
     */
    public Optional<ExactMoments> exact(int width) {
        return theory.map(t -> t.atWidth(width));
    }

    /** The input vectors of a multiset given by indices. */
    public double[][] points(int[] indices) {
        return Multisets.points(indices, spec.inputs());
    }

    /** A short name for evidence lines: arch, d_in, sigma_b. */
    public String label() {
        return spec.arch().name().toLowerCase() + " d_in=" + spec.dIn() + " sigma_b=" + spec.sigmaB();
    }
}

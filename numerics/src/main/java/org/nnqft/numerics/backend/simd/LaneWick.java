package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;

/**
 * The conditional estimator for a group of networks, one per lane: the Wick recursion of
 * {@link org.nnqft.numerics.moments.WickEstimates}, W(S) = m(s0) W(S - s0) + sum_j C(s0, s_j)
 * W(S - s0 - s_j), evaluated lane-wise. With zero mean only even orders are formed (odd ones
 * vanish identically).
 */
public final class LaneWick implements LaneMoments {
    private static final VectorSpecies<Double> D = LaneGaussians.D;

    private final int lanes;
    private final int k;
    private final int size;
    private final boolean withMean;
    private final int[][] covIndex;
    private final int[][] rest2;
    private final int[] rest1;
    private final int[] first;
    private final boolean[] skip;
    private final double[] w;
    private final double[] acc;
    private final double[] sums;

    public LaneWick(MomentLayout layout, int lanes, boolean withMean) {
        this.lanes = lanes;
        this.k = layout.k();
        this.size = layout.size();
        this.withMean = withMean;
        this.covIndex = new int[size][];
        this.rest2 = new int[size][];
        this.rest1 = new int[size];
        this.first = new int[size];
        this.skip = new boolean[size];
        for (int id = 1; id < size; id++) {
            int[] s = layout.elements(id);
            first[id] = s[0];
            rest1[id] = layout.rest1(id);
            rest2[id] = layout.rest2(id);
            covIndex[id] = new int[s.length - 1];
            for (int j = 1; j < s.length; j++) {
                covIndex[id][j - 1] = (s[0] * k + s[j]) * lanes;
            }
            skip[id] = !withMean && s.length % 2 == 1;
        }
        this.w = new double[size * lanes];
        this.acc = new double[size * lanes];
        this.sums = new double[size];
        java.util.Arrays.fill(w, 0, lanes, 1.0);
        if (lanes % D.length() != 0) {
            throw new IllegalArgumentException("lanes must be a multiple of " + D.length());
        }
    }

    @Override
    public void add(double[] cov, double[] mean, int valid) {
        if (valid < lanes) {
            for (int c = 0; c < k * k; c++) {
                java.util.Arrays.fill(cov, c * lanes + valid, (c + 1) * lanes, 0.0);
            }
            if (mean != null) {
                for (int i = 0; i < k; i++) {
                    java.util.Arrays.fill(mean, i * lanes + valid, (i + 1) * lanes, 0.0);
                }
            }
        }
        for (int o = 0; o < lanes; o += D.length()) {
            for (int id = 1; id < size; id++) {
                if (skip[id]) {
                    continue;
                }
                DoubleVector v = withMean
                        ? DoubleVector.fromArray(D, mean, first[id] * lanes + o).mul(DoubleVector.fromArray(D, w, rest1[id] * lanes + o))
                        : DoubleVector.zero(D);
                int[] ci = covIndex[id];
                int[] r2 = rest2[id];
                for (int j = 0; j < ci.length; j++) {
                    v = DoubleVector.fromArray(D, cov, ci[j] + o).fma(DoubleVector.fromArray(D, w, r2[j] * lanes + o), v);
                }
                v.intoArray(w, id * lanes + o);
                v.add(DoubleVector.fromArray(D, acc, id * lanes + o)).intoArray(acc, id * lanes + o);
            }
        }
    }

    @Override
    public void drainInto(MomentSums into, int networks) {
        for (int id = 1; id < size; id++) {
            sums[id] = LaneSums.inOrder(acc, id * lanes, lanes);
        }
        into.addSums(sums, networks);
        java.util.Arrays.fill(acc, 0.0);
    }
}

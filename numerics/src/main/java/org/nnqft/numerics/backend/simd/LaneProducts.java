package org.nnqft.numerics.backend.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;

/**
 * The plain estimator's products for a group of networks, one per lane: each multiset's product
 * from its prefix's with one vector multiply, accumulated lane-wise; lanes are summed once per
 * block.
 */
public final class LaneProducts implements LaneMoments {
    private static final VectorSpecies<Double> D = LaneGaussians.D;

    private final int lanes;
    private final int k;
    private final int size;
    private final int firstOfTopOrder;
    private final int[] prefix;
    private final int[] last;
    private final double[] products;
    private final double[] acc;
    private final double[] sums;

    /** @param lanes networks per group, a multiple of the double vector length */
    public LaneProducts(MomentLayout layout, int lanes) {
        this.lanes = lanes;
        this.k = layout.k();
        this.size = layout.size();
        this.firstOfTopOrder = layout.offset(layout.maxOrder());
        this.prefix = new int[size];
        this.last = new int[size];
        for (int id = 1; id < size; id++) {
            int[] s = layout.elements(id);
            prefix[id] = layout.prefix(id);
            last[id] = s[s.length - 1];
        }
        this.products = new double[firstOfTopOrder * lanes];
        this.acc = new double[size * lanes];
        this.sums = new double[size];
        java.util.Arrays.fill(products, 0, lanes, 1.0);
    }

    @Override
    public void add(double[] f, double[] unused, int valid) {
        if (valid < lanes) {
            for (int i = 0; i < k; i++) {
                java.util.Arrays.fill(f, i * lanes + valid, (i + 1) * lanes, 0.0);
            }
        }
        for (int v = 0; v < lanes; v += D.length()) {
            for (int id = 1; id < firstOfTopOrder; id++) {
                DoubleVector p = DoubleVector.fromArray(D, products, prefix[id] * lanes + v)
                        .mul(DoubleVector.fromArray(D, f, last[id] * lanes + v));
                p.intoArray(products, id * lanes + v);
                p.add(DoubleVector.fromArray(D, acc, id * lanes + v)).intoArray(acc, id * lanes + v);
            }
            for (int id = firstOfTopOrder; id < size; id++) {
                DoubleVector.fromArray(D, products, prefix[id] * lanes + v)
                        .fma(DoubleVector.fromArray(D, f, last[id] * lanes + v), DoubleVector.fromArray(D, acc, id * lanes + v))
                        .intoArray(acc, id * lanes + v);
            }
        }
    }

    @Override
    public void drainInto(MomentSums into, int networks) {
        for (int id = 1; id < size; id++) {
            DoubleVector a = DoubleVector.fromArray(D, acc, id * lanes);
            for (int v = D.length(); v < lanes; v += D.length()) {
                a = a.add(DoubleVector.fromArray(D, acc, id * lanes + v));
            }
            sums[id] = a.reduceLanes(VectorOperators.ADD);
        }
        into.addSums(sums, networks);
        java.util.Arrays.fill(acc, 0.0);
    }
}

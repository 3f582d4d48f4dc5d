package org.nnqft.numerics.moments;

/**
 * The plain estimator's per-network values: f(x_1) ... f(x_n) for every multiset, each product
 * formed from its prefix's with one multiplication.
 */
public final class ProductEstimates {
    private final MomentLayout layout;
    private final int[] last;
    private final double[] values;

    public ProductEstimates(MomentLayout layout) {
        this.layout = layout;
        this.values = new double[layout.size()];
        this.last = new int[layout.size()];
        for (int id = 1; id < layout.size(); id++) {
            int[] s = layout.elements(id);
            last[id] = s[s.length - 1];
        }
    }

    /** Fills and returns the products for outputs {@code f[0..k)}; the array is reused. */
    public double[] of(double[] f) {
        values[0] = 1;
        for (int id = 1; id < values.length; id++) {
            values[id] = values[layout.prefix(id)] * f[last[id]];
        }
        return values;
    }
}

package org.nnqft.numerics.random;

/**
 * Where each parameter of a width-N network sits in its network's variate indices.
 *
 * <p>Hidden unit j owns a run of {@code unitStride} indices: W0_j (d_in of them), then b0_j, padded
 * to an even length so a Box-Muller pair never straddles two units. The output layer follows:
 * W1_0 .. W1_{N-1}, then b1. The conditional estimator never draws the output layer; a backend that
 * draws unit j draws exactly the variates any other backend draws for it.
 */
public final class ParameterLayout {
    private final int dIn;
    private final int width;
    private final int unitStride;

    public ParameterLayout(int dIn, int width) {
        this.dIn = dIn;
        this.width = width;
        this.unitStride = (dIn + 2) & ~1;
        if ((long) width * unitStride + width + 1 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("width * (d_in + 2) exceeds the counter's index range");
        }
    }

    public int dIn() {
        return dIn;
    }

    public int width() {
        return width;
    }

    /** Indices per hidden unit: d_in weights, one bias, padded to even. */
    public int unitStride() {
        return unitStride;
    }

    public int w0(int unit, int component) {
        return unit * unitStride + component;
    }

    public int b0(int unit) {
        return unit * unitStride + dIn;
    }

    /** First index of the output layer (even): W1_j is at outputBase() + j, b1 at outputBase() + N. */
    public int outputBase() {
        return width * unitStride;
    }

    public int w1(int unit) {
        return outputBase() + unit;
    }

    public int b1() {
        return outputBase() + width;
    }
}

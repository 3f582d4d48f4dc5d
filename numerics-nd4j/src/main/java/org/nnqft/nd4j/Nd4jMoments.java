package org.nnqft.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.moments.ProductEstimates;
import org.nnqft.numerics.moments.WickEstimates;

/**
 * The per-network estimates of a chunk, added network after network (a fixed order): one bulk
 * copy of the chunk's outputs (or covariances and means) out of native memory, then the suite's
 * own {@link ProductEstimates} and {@link WickEstimates}.
 *
 * <p>Why not in ND4J: the recursions gather rows (a multiset's prefix, its last input), and
 * Nd4j.pullRows and the gather op measured about 1 ns per element copied at best and far more in
 * the loop, slower than these Java loops; the whole products of a network stay in cache here.
 */
final class Nd4jMoments {
    private final int k;
    private final ProductEstimates products;
    private final WickEstimates wick;
    private final double[] row;
    private final double[] cov;
    private final double[] mean;
    private double[] buffer = new double[0];
    private double[] meanBuffer = new double[0];

    Nd4jMoments(MomentLayout layout) {
        this.k = layout.k();
        this.products = new ProductEstimates(layout);
        this.wick = new WickEstimates(layout);
        this.row = new double[k];
        this.cov = new double[k * k];
        this.mean = new double[k];
    }

    /** Plain estimator: {@code f} is [k, count] (double, C order, offset 0), one column per network. */
    void addProducts(INDArray f, int count, MomentSums into) {
        buffer = read(f, k * count, buffer);
        for (int m = 0; m < count; m++) {
            for (int i = 0; i < k; i++) {
                row[i] = buffer[i * count + m];
            }
            into.add(products.of(row));
        }
    }

    /**
     * Conditional estimator: {@code c} is [k k, count] (row a k + b holds C_ab of every network),
     * {@code means} [k, count] or null for zero mean.
     */
    void addWick(INDArray c, INDArray means, int count, MomentSums into) {
        int kk = k * k;
        buffer = read(c, kk * count, buffer);
        if (means != null) {
            meanBuffer = read(means, k * count, meanBuffer);
        }
        for (int m = 0; m < count; m++) {
            for (int p = 0; p < kk; p++) {
                cov[p] = buffer[p * count + m];
            }
            if (means != null) {
                for (int i = 0; i < k; i++) {
                    mean[i] = meanBuffer[i * count + m];
                }
            }
            into.add(wick.of(cov, means != null ? mean : null));
        }
    }

    /** The first {@code length} elements of a double array's buffer. */
    private static double[] read(INDArray from, int length, double[] to) {
        double[] into = to.length >= length ? to : new double[length];
        from.data().asNioDouble().get(into, 0, length);
        return into;
    }
}

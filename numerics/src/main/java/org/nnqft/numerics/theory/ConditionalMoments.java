package org.nnqft.numerics.theory;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.nnqft.numerics.math.combinatorics.SetPartitions;

/**
 * Exact moments, across networks, of the conditional estimator's per-network values
 * (docs/theory.md section 6): their mean and their covariance between multisets, from which the
 * exact standard error of a conditional-estimator mean follows.
 *
 * <p>Given the hidden layer, f is Gaussian with covariance K(x, y) = sigma_b^2 + a A(x, y),
 * a = sigma_W^2 / N, A(x, y) = sum_i h_i(x) h_i(y), so a network's estimate of G^(n) on a multiset
 * is the Wick sum over its perfect matchings of products of K. A product of r kernels expands over
 * the subsets T of its factors taken from a A:
 *
 * <pre>
 *   E[prod_j K_j] = sum_T sigma_b^(2 (r - |T|)) a^|T| E[prod_{j in T} A_j],
 *   E[prod_{j in T} A_j] = sum over set partitions P of T of N (N - 1) ... (N - |P| + 1) prod_{B in P} H(B)
 * </pre>
 *
 * where a block B is the factors that share one neuron index (distinct blocks, distinct neurons,
 * hence the falling factorial; the neurons are i.i.d.) and H(B) the hidden moment at the 2 |B|
 * points of its factors. The mean of an order-4 estimate needs products of two kernels, the
 * covariance of two of them products of four: hidden moments at up to eight points.
 *
 * <p>As {@link ExactMoments}, for zero weight and bias means (the conditional mean of f is then 0,
 * and only perfect matchings survive). Inputs are addressed by index; a kernel factor is an unordered pair of indices. Both the
 * kernel products and the neuron sums are memoised by their sorted factors, so the 9 matching
 * pairs of a covariance, shared across the multisets of a family, are computed once. Thread safe.
 */
public final class ConditionalMoments {
    /** Factors per product: 8 of 8 bits in the memo key; the covariance of two order-8 estimates. */
    public static final int MAX_FACTORS = 8;

    private final HiddenMoments hidden;
    private final double[][] inputs;
    private final double sigmaB2;
    private final double a;
    private final int width;
    private final ConcurrentHashMap<Long, Double> products = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Double> neuronSums = new ConcurrentHashMap<>();
    /** H of one block by its factors' key: hashing eight points per lookup costs more than the sums around it. */
    private final ConcurrentHashMap<Long, Double> blockMoments = new ConcurrentHashMap<>();

    /**
     * @param h      joint moments of one hidden unit
     * @param sigmaW output weights are N(0, sigmaW^2 / width)
     * @param sigmaB output bias is N(0, sigmaB^2)
     * @param width  hidden width N
     * @param inputs the k points the indices refer to, k from 1 to 15 (a pair's code fits 8 bits)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public ConditionalMoments(HiddenMoments h, double sigmaW, double sigmaB, int width, double[][] inputs) {
        if (h == null || !(sigmaW > 0) || !(sigmaB >= 0) || width < 1 || inputs.length < 1 || inputs.length > 15) {
            throw new IllegalArgumentException("need hidden moments, sigmaW > 0, sigmaB >= 0, width >= 1 and 1 to 15"
                    + " inputs; got sigmaW=" + sigmaW + " sigmaB=" + sigmaB + " width=" + width + " inputs="
                    + inputs.length);
        }
        this.hidden = CachedHiddenMoments.of(h);
        this.inputs = inputs.clone();
        this.sigmaB2 = sigmaB * sigmaB;
        this.a = sigmaW * sigmaW / width;
        this.width = width;
    }

    /** The Gauss-net with its closed-form hidden moments. */
    public static ConditionalMoments gauss(int dIn, double sigmaW, double sigmaB, int width, double[][] inputs) {
        return new ConditionalMoments(new GaussHiddenMoments(dIn, sigmaW, sigmaB), sigmaW, sigmaB, width, inputs);
    }

    /** The exact theory of one architecture, with the hidden moments {@link ExactMoments#of} uses. */
    public static ConditionalMoments of(org.nnqft.numerics.spec.Architecture arch, int dIn, double sigmaW,
            double sigmaB, int width, double[][] inputs) {
        HiddenMoments h = switch (arch) {
            case GAUSS -> new GaussHiddenMoments(dIn, sigmaW, sigmaB);
            case ERF -> new ErfHiddenMoments(dIn, sigmaW, sigmaB);
            case RELU -> new ReluHiddenMoments(dIn, sigmaW, sigmaB);
        };
        return new ConditionalMoments(h, sigmaW, sigmaB, width, inputs);
    }

    /** E over networks of one network's conditional estimate on the multiset (indices into the inputs): G^(n). */
    public double mean(int[] multiset) {
        double sum = 0;
        for (int[][] matching : Wick.perfectMatchings(multiset.length)) {
            sum += kernelProduct(codes(multiset, matching, null, null));
        }
        return sum;
    }

    /** Covariance across networks of the conditional estimates on two multisets (the variance if equal). */
    public double covariance(int[] first, int[] second) {
        double sum = 0;
        for (int[][] m1 : Wick.perfectMatchings(first.length)) {
            for (int[][] m2 : Wick.perfectMatchings(second.length)) {
                sum += kernelProduct(codes(first, m1, second, m2));
            }
        }
        return sum - mean(first) * mean(second);
    }

    /**
     * E[prod_j K(x_{p_j}, x_{q_j})] for factors given as pair codes (see {@link #code}), any order.
     *
     * @throws IllegalArgumentException if there are more than {@link #MAX_FACTORS} factors
     */
    public double kernelProduct(int[] factorCodes) {
        int[] sorted = sortedCopy(factorCodes);
        return products.computeIfAbsent(key(sorted), k -> expandKernels(sorted));
    }

    /** The code of the kernel factor K(x_p, x_q): symmetric in p and q, from 1 to k^2. */
    public int code(int p, int q) {
        int k = inputs.length;
        if (p < 0 || q < 0 || p >= k || q >= k) {
            throw new IllegalArgumentException("input indices must be from 0 to " + (k - 1) + ", got " + p + ", " + q);
        }
        return Math.min(p, q) * k + Math.max(p, q) + 1;
    }

    private int[] codes(int[] first, int[][] m1, int[] second, int[][] m2) {
        int n = m1.length + (m2 == null ? 0 : m2.length);
        int[] c = new int[n];
        int j = 0;
        for (int[] pair : m1) {
            c[j++] = code(first[pair[0]], first[pair[1]]);
        }
        if (m2 != null) {
            for (int[] pair : m2) {
                c[j++] = code(second[pair[0]], second[pair[1]]);
            }
        }
        return c;
    }

    /** Sum over the subsets T of factors that take a A rather than sigma_b^2. */
    private double expandKernels(int[] sorted) {
        int r = sorted.length;
        double sum = 0;
        for (int t = 0; t < 1 << r; t++) {
            int size = Integer.bitCount(t);
            double constant = Math.pow(sigmaB2, r - size) * Math.pow(a, size);
            if (constant == 0) {
                continue; // sigma_b = 0: only T = all factors survives
            }
            int[] chosen = new int[size];
            for (int j = 0, i = 0; j < r; j++) {
                if ((t >> j & 1) != 0) {
                    chosen[i++] = sorted[j];
                }
            }
            sum += constant * neuronSum(chosen);
        }
        return sum;
    }

    /** E[prod_{j} A_j] over the (sorted) factors: the sum over which factors share a neuron. */
    private double neuronSum(int[] sorted) {
        if (sorted.length == 0) {
            return 1;
        }
        return neuronSums.computeIfAbsent(key(sorted), k -> {
            double sum = 0;
            for (int[] partition : SetPartitions.of(sorted.length)) {
                double term = fallingFactorial(partition.length);
                for (int block = 0; block < partition.length && term != 0; block++) {
                    term *= blockMoment(sorted, partition[block]);
                }
                sum += term;
            }
            return sum;
        });
    }

    /** H at the points of the block's factors (a bit mask over the sorted factors, so its codes come sorted). */
    private double blockMoment(int[] sorted, int block) {
        long key = 0;
        for (int j = 0; j < sorted.length; j++) {
            if ((block >> j & 1) != 0) {
                key = key << 8 | sorted[j];
            }
        }
        return blockMoments.computeIfAbsent(key, k -> hidden.h(blockPoints(sorted, block)));
    }

    /** N (N - 1) ... (N - m + 1): m distinct neurons out of N; 0 once m exceeds N. */
    private double fallingFactorial(int m) {
        double f = 1;
        for (int i = 0; i < m; i++) {
            f *= width - i;
        }
        return f;
    }

    /** The two points of every factor in the block (a bit mask over the factors). */
    private double[][] blockPoints(int[] factors, int block) {
        int k = inputs.length;
        double[][] points = new double[2 * Integer.bitCount(block)][];
        int i = 0;
        for (int j = 0; j < factors.length; j++) {
            if ((block >> j & 1) != 0) {
                int c = factors[j] - 1;
                points[i++] = inputs[c / k];
                points[i++] = inputs[c % k];
            }
        }
        return points;
    }

    private static int[] sortedCopy(int[] codes) {
        if (codes.length > MAX_FACTORS) {
            throw new IllegalArgumentException("at most " + MAX_FACTORS + " kernel factors, got " + codes.length);
        }
        int[] sorted = codes.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Sorted codes, 8 bits each; the length is implied because every code is at least 1. */
    private static long key(int[] sorted) {
        long key = 0;
        for (int c : sorted) {
            key = key << 8 | c;
        }
        return key;
    }
}

package org.nnqft.numerics.theory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.nnqft.numerics.math.combinatorics.PointMultiset;
import org.nnqft.numerics.math.combinatorics.SetPartitions;

/**
 * Exact finite-width n-point functions E[f(x_1) ... f(x_n)] of f = b1 + sum_{j=1..N} w_j h_j(x),
 * zero weight and bias means (docs/theory.md section 4).
 *
 * <p>The N units are i.i.d., so the joint cumulants of f are N times those of one unit's w h,
 * plus sigmaB^2 at order 2. One unit's moments factor, M_m = E[w^m] H_m, and every odd one vanishes
 * with E[w] = 0. Moments and cumulants are related by sums over set partitions. Both directions
 * are summed by the block A that holds the first point of B: M(B) = sum_A kappa(A) M(B \ A), and
 * its inversion kappa(B) = M(B) - sum_{A != B} kappa(A) M(B \ A). Unrolled, these visit every set
 * partition once with the Moebius weights (-1)^(k-1) (k-1)! (see {@link SetPartitions} for the
 * explicit sums, which the tests compare against), but cost O(3^n) rather than Bell(n) terms, so
 * the order-2n functions that give exact variances (docs/theory.md section 6) stay cheap.
 *
 * <p>Instances are thread safe. The hidden moments and one unit's cumulants, scaled by N^{m/2}, do
 * not depend on N: they are memoised per multiset of points and shared with {@link #atWidth(int)},
 * so a sweep over widths computes them once.
 */
public final class ExactMoments {
    /** Points are index bits of an int mask; 16 covers the order-2n variance of order-8 functions. */
    public static final int MAX_ORDER = 16;

    /**
     * Memo budget in doubles (32 MB): an entry holds 2^n of them, so a sweep over many points or
     * high orders clears the memo rather than exhausting memory.
     */
    private static final long MEMO_BUDGET = 1L << 22;

    private final CachedHiddenMoments hidden;
    /** Width-free scaled cumulants of one unit per multiset, shared by every width. */
    private final ConcurrentHashMap<PointMultiset, double[]> unitCumulants;
    /** Doubles held by unitCumulants; approximate under races, which only moves a clear. */
    private final AtomicLong memoDoubles;
    private final double sigmaW;
    private final double sigmaB;
    private final int width;

    /**
     * @param h      joint moments of one hidden unit
     * @param sigmaW output weights are N(0, sigmaW^2 / width)
     * @param sigmaB output bias is N(0, sigmaB^2)
     * @param width  hidden width N
     * @throws IllegalArgumentException if sigmaW <= 0, sigmaB < 0 or width < 1
     */
    public ExactMoments(HiddenMoments h, double sigmaW, double sigmaB, int width) {
        this(h, sigmaW, sigmaB, width, new ConcurrentHashMap<>(), new AtomicLong());
    }

    private ExactMoments(HiddenMoments h, double sigmaW, double sigmaB, int width,
            ConcurrentHashMap<PointMultiset, double[]> unitCumulants, AtomicLong memoDoubles) {
        if (h == null || !(sigmaW > 0) || !(sigmaB >= 0) || width < 1) {
            throw new IllegalArgumentException("need hidden moments, sigmaW > 0, sigmaB >= 0, width >= 1; got sigmaW="
                    + sigmaW + " sigmaB=" + sigmaB + " width=" + width);
        }
        this.hidden = CachedHiddenMoments.of(h);
        this.sigmaW = sigmaW;
        this.sigmaB = sigmaB;
        this.width = width;
        this.unitCumulants = unitCumulants;
        this.memoDoubles = memoDoubles;
    }

    /** The Gauss-net with its closed-form hidden moments. */
    public static ExactMoments gauss(int dIn, double sigmaW, double sigmaB, int width) {
        return new ExactMoments(new GaussHiddenMoments(dIn, sigmaW, sigmaB), sigmaW, sigmaB, width);
    }

    /**
     * The exact theory of one architecture at zero weight and bias means: closed-form hidden moments for
     * gauss, Price's theorem and polar quadrature for erf ({@link ErfHiddenMoments}), an exact radial
     * integral over the ReLU cone for relu ({@link ReluHiddenMoments}).
     */
    public static ExactMoments of(org.nnqft.numerics.spec.Architecture arch, int dIn, double sigmaW, double sigmaB,
            int width) {
        return switch (arch) {
            case GAUSS -> gauss(dIn, sigmaW, sigmaB, width);
            case ERF -> new ExactMoments(new ErfHiddenMoments(dIn, sigmaW, sigmaB), sigmaW, sigmaB, width);
            case RELU -> new ExactMoments(new ReluHiddenMoments(dIn, sigmaW, sigmaB), sigmaW, sigmaB, width);
        };
    }

    /** The same network at another width, sharing everything memoised (none of it depends on N). */
    public ExactMoments atWidth(int newWidth) {
        return new ExactMoments(hidden, sigmaW, sigmaB, newWidth, unitCumulants, memoDoubles);
    }

    /** Hidden width N. */
    public int width() {
        return width;
    }

    /**
     * E[f(x_1) ... f(x_n)] with n = points.length (1 for n = 0, 0 for odd n).
     *
     * @throws IllegalArgumentException if n > {@link #MAX_ORDER}
     */
    public double expectation(double[][] points) {
        int n = points.length;
        if (n % 2 != 0) {
            return 0;
        }
        PointMultiset key = PointMultiset.of(points);
        double[] kappa = cumulantsOfF(key);
        int[] groups = groups(key.points());
        double[] moment = new double[1 << n];
        moment[0] = 1;
        for (int mask = 1; mask < moment.length; mask++) {
            if (Integer.bitCount(mask) % 2 != 0) {
                continue;
            }
            int canonical = canonical(mask, groups);
            if (canonical != mask) {
                moment[mask] = moment[canonical]; // the same sub-multiset, computed already
                continue;
            }
            int low = mask & -mask;
            int rest = mask ^ low;
            double sum = 0;
            // A = low | sub runs over the blocks containing the first point; odd blocks are zero.
            for (int sub = rest; ; sub = (sub - 1) & rest) {
                int a = low | sub;
                if (Integer.bitCount(a) % 2 == 0) {
                    sum += kappa[a] * moment[mask ^ a];
                }
                if (sub == 0) {
                    break;
                }
            }
            moment[mask] = sum;
        }
        return moment[moment.length - 1];
    }

    /**
     * {@link #expectation}, or null where the hidden moments' quadrature does not reach these points
     * (ReLU pre-activations spanning more than four dimensions, erf beyond its cost budget).
     */
    public Double expectationIfReached(double[][] points) {
        try {
            return expectation(points);
        } catch (UnsupportedOperationException beyondReach) {
            return null;
        }
    }

    /** {@link #cumulant}, or null where the hidden moments' quadrature does not reach these points. */
    public Double cumulantIfReached(double[][] points) {
        try {
            return cumulant(points);
        } catch (UnsupportedOperationException beyondReach) {
            return null;
        }
    }

    /**
     * The joint cumulant kappa_n(f(x_1), ..., f(x_n)), n = points.length >= 1: the connected part,
     * e.g. G^(4) - G0^(4) at order 4. Zero for odd n.
     */
    public double cumulant(double[][] points) {
        int n = points.length;
        if (n == 0) {
            throw new IllegalArgumentException("a cumulant needs at least one point");
        }
        return n % 2 != 0 ? 0 : cumulantsOfF(PointMultiset.of(points))[(1 << n) - 1];
    }

    /**
     * kappa(f) on every subset of the points, indexed by bit mask. The points are put in a canonical
     * order first: the masks then refer to that order, which is harmless because only the full set's
     * value, symmetric in the points, leaves this class.
     */
    private double[] cumulantsOfF(PointMultiset key) {
        if (key.points().length > MAX_ORDER) {
            throw new IllegalArgumentException("order " + key.points().length + " exceeds " + MAX_ORDER);
        }
        double[] scaled = unitCumulants.get(key);
        if (scaled == null) {
            scaled = scaledUnitCumulants(key.points());
            if (memoDoubles.addAndGet(scaled.length) > MEMO_BUDGET) {
                unitCumulants.clear();
                memoDoubles.set(scaled.length);
            }
            unitCumulants.put(key, scaled);
        }
        double[] kappa = scaled.clone();
        // Convert the scaled cumulants of w h to cumulants of f: N unit copies, plus the output bias.
        for (int mask = 1; mask < kappa.length; mask++) {
            int k = Integer.bitCount(mask);
            if (k % 2 == 0) {
                kappa[mask] *= Math.pow(width, 1 - k / 2);
                if (k == 2) {
                    kappa[mask] += sigmaB * sigmaB;
                }
            }
        }
        return kappa;
    }

    /** N^{m/2} kappa_m(w h) on every subset, by the moment-cumulant recursion; free of N. */
    private double[] scaledUnitCumulants(double[][] points) {
        int n = points.length;
        int size = 1 << n;
        // Scaled moments N^{m/2} M_m = sigmaW^m (m-1)!! H_m are width free, so the result can serve
        // every width; the factor N^{1 - m/2} applied later is exactly 1 at m = 2, where a product
        // N * (sigmaW^2 / N) would have rounded away G^(2) = K.
        int[] groups = groups(points);
        double[] m = new double[size];
        for (int mask = 1; mask < size; mask++) {
            int k = Integer.bitCount(mask);
            if (k % 2 == 0) {
                int canonical = canonical(mask, groups);
                m[mask] = canonical != mask ? m[canonical]
                        : Math.pow(sigmaW, k) * doubleFactorial(k - 1) * hidden.h(select(points, mask));
            }
        }
        double[] kappa = new double[size];
        for (int mask = 1; mask < size; mask++) {
            int k = Integer.bitCount(mask);
            if (k % 2 != 0) {
                continue;
            }
            int canonical = canonical(mask, groups);
            if (canonical != mask) {
                kappa[mask] = kappa[canonical];
                continue;
            }
            int low = mask & -mask;
            int rest = mask ^ low;
            double sum = m[mask];
            // Every proper block A holding the first point; A = mask itself is the leading term.
            for (int sub = (rest - 1) & rest; ; sub = (sub - 1) & rest) {
                int a = low | sub;
                if (a != mask && Integer.bitCount(a) % 2 == 0) {
                    sum -= kappa[a] * m[mask ^ a];
                }
                if (sub == 0) {
                    break;
                }
            }
            kappa[mask] = sum;
        }
        return kappa;
    }

    /**
     * For sorted points, the bit mask of each run of equal points, one entry per run. A subset's
     * moments and cumulants depend only on how many of each run it holds, so every subset shares the
     * values of its canonical one, which takes the lowest bits of each run: the order-2n multisets of
     * exact variances repeat every point, and this cuts their cost several-fold.
     */
    static int[] groups(double[][] sorted) {
        int[] out = new int[sorted.length];
        int count = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && java.util.Arrays.equals(sorted[j], sorted[i])) {
                j++;
            }
            out[count++] = ((1 << j) - 1) & ~((1 << i) - 1);
            i = j;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The subset holding as many of each run as {@code mask}, in the run's lowest bits; at most mask. */
    static int canonical(int mask, int[] groups) {
        int out = 0;
        for (int g : groups) {
            int c = Integer.bitCount(mask & g);
            out |= (g & -g) * ((1 << c) - 1);
        }
        return out;
    }

    private static double[][] select(double[][] points, int mask) {
        double[][] out = new double[Integer.bitCount(mask)][];
        int j = 0;
        for (int i = 0; i < points.length; i++) {
            if ((mask >> i & 1) != 0) {
                out[j++] = points[i];
            }
        }
        return out;
    }

    private static double doubleFactorial(int k) {
        double r = 1;
        for (int i = k; i > 1; i -= 2) {
            r *= i;
        }
        return r;
    }
}

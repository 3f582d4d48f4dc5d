package org.nnqft.numerics.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wick's theorem for a centred Gaussian process: the n-point function is the sum over perfect
 * matchings of the product of pair covariances (docs/theory.md section 3, G0^(n)).
 */
public final class Wick {
    /** Matchings depend only on n and are asked for once per multiset: build each n once. */
    private static final ConcurrentHashMap<Integer, int[][][]> MATCHINGS = new ConcurrentHashMap<>();

    private Wick() {
    }

    /**
     * All perfect matchings of {0, ..., n-1}: (n-1)!! of them, each as n/2 pairs {a, b} with a < b,
     * pairs ordered by their first element. n = 0 gives one empty matching; odd n gives none.
     * The returned array is shared: do not modify it.
     *
     * @throws IllegalArgumentException if n < 0
     */
    public static int[][][] perfectMatchings(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        return MATCHINGS.computeIfAbsent(n, Wick::build);
    }

    /**
     * The Gaussian (infinite-width) n-point function on {@code points}, indices into
     * {@code kernelMatrix}: sum over perfect matchings of the product of K over matched pairs.
     * Zero for odd n, one for n = 0.
     */
    public static double g0(int[] points, double[][] kernelMatrix) {
        int n = points.length;
        if (n % 2 != 0) {
            return 0;
        }
        double sum = 0;
        for (int[][] matching : perfectMatchings(n)) {
            double product = 1;
            for (int[] pair : matching) {
                product *= kernelMatrix[points[pair[0]]][points[pair[1]]];
            }
            sum += product;
        }
        return sum;
    }

    private static int[][][] build(int n) {
        if (n % 2 != 0) {
            return new int[0][][];
        }
        List<int[][]> out = new ArrayList<>();
        extend(new boolean[n], new int[n / 2][], 0, out);
        return out.toArray(new int[0][][]);
    }

    /** Pair the lowest free element with each other free one in turn: each matching arises once. */
    private static void extend(boolean[] used, int[][] pairs, int depth, List<int[][]> out) {
        int first = 0;
        while (first < used.length && used[first]) {
            first++;
        }
        if (first == used.length) {
            int[][] copy = new int[pairs.length][];
            for (int i = 0; i < pairs.length; i++) {
                copy[i] = pairs[i].clone();
            }
            out.add(copy);
            return;
        }
        used[first] = true;
        for (int partner = first + 1; partner < used.length; partner++) {
            if (!used[partner]) {
                used[partner] = true;
                pairs[depth] = new int[] {first, partner};
                extend(used, pairs, depth + 1, out);
                used[partner] = false;
            }
        }
        used[first] = false;
    }
}

package org.nnqft.numerics.moments;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.nnqft.numerics.math.combinatorics.Multisets;

/**
 * Numbers every multiset of orders 0..maxOrder over k inputs with one global id (0 is the empty
 * multiset, then order 1, order 2, ... each in lexicographic order) and records how each multiset
 * is built from smaller ones, so a network's products and Wick sums are one operation per multiset:
 * <ul>
 *   <li>{@code prefix}: S without its last element (products: P(S) = P(prefix) f(last));</li>
 *   <li>{@code rest1}: S without its first element;</li>
 *   <li>{@code rest2[j-1]}: S without its first element and element j (Wick: W(S) = m(s0) W(rest1) +
 *       sum_j C(s0, s_j) W(rest2_j)).</li>
 * </ul>
 * Ids of every order up to the top one exist, because products and Wick sums are built from
 * smaller multisets; the sums over networks are kept only for the orders asked for.
 */
public final class MomentLayout {
    private final int k;
    private final int maxOrder;
    private final int[] runs;
    private final int[][] elements;
    private final int[] offset;
    private final int[] prefix;
    private final int[] rest1;
    private final int[][] rest2;
    private final Map<String, Integer> ids = new HashMap<>();

    /** Every order from 1 to {@code maxOrder} summed. */
    public MomentLayout(int k, int maxOrder) {
        this(k, IntStream.rangeClosed(1, maxOrder).toArray());
    }

    /** Ids up to the largest of {@code orders}; sums kept for {@code orders} only (each at least 1). */
    public MomentLayout(int k, int[] orders) {
        int[] summedOrders = IntStream.of(orders).distinct().sorted().toArray();
        if (summedOrders.length == 0 || summedOrders[0] < 1) {
            throw new IllegalArgumentException("orders must be at least 1: " + Arrays.toString(orders));
        }
        this.k = k;
        this.maxOrder = summedOrders[summedOrders.length - 1];
        this.offset = new int[maxOrder + 2];
        int total = 0;
        int[][][] byOrder = new int[maxOrder + 1][][];
        for (int n = 0; n <= maxOrder; n++) {
            byOrder[n] = Multisets.of(k, n);
            offset[n] = total;
            total += byOrder[n].length;
        }
        offset[maxOrder + 1] = total;
        elements = new int[total][];
        for (int n = 0, id = 0; n <= maxOrder; n++) {
            for (int[] s : byOrder[n]) {
                elements[id] = s;
                ids.put(Arrays.toString(s), id++);
            }
        }
        runs = runsOf(summedOrders, offset);
        prefix = new int[total];
        rest1 = new int[total];
        rest2 = new int[total][];
        for (int id = 1; id < total; id++) {
            int[] s = elements[id];
            int n = s.length;
            prefix[id] = ids.get(Arrays.toString(Arrays.copyOf(s, n - 1)));
            rest1[id] = ids.get(Arrays.toString(Arrays.copyOfRange(s, 1, n)));
            rest2[id] = new int[n - 1];
            for (int j = 1; j < n; j++) {
                rest2[id][j - 1] = ids.get(Arrays.toString(without(s, j)));
            }
        }
    }

    /** [start, end) of each run of consecutive summed orders, flattened. */
    private static int[] runsOf(int[] orders, int[] offset) {
        int[] out = new int[2 * orders.length];
        int n = 0;
        for (int order : orders) {
            if (n > 0 && out[n - 1] == offset[order]) {
                out[n - 1] = offset[order + 1];
            } else {
                out[n++] = offset[order];
                out[n++] = offset[order + 1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] without(int[] s, int j) {
        int[] r = new int[s.length - 2];
        for (int i = 1, o = 0; i < s.length; i++) {
            if (i != j) {
                r[o++] = s[i];
            }
        }
        return r;
    }

    public int k() {
        return k;
    }

    public int maxOrder() {
        return maxOrder;
    }

    /** The ids of the orders whose sums are kept, ascending; a new array. */
    public int[] summedIds() {
        return IntStream.range(0, runs.length / 2).flatMap(r -> IntStream.range(runs[2 * r], runs[2 * r + 1])).toArray();
    }

    /** The summed ids as runs: start and end (exclusive) of each, flattened; shared, do not modify. */
    public int[] summedRuns() {
        return runs;
    }

    /** Number of ids, the empty multiset included. */
    public int size() {
        return elements.length;
    }

    /** First id of order n. */
    public int offset(int order) {
        return offset[order];
    }

    /** Number of multisets of order n. */
    public int count(int order) {
        return offset[order + 1] - offset[order];
    }

    /** The sorted input indices of multiset {@code id}; do not modify. */
    public int[] elements(int id) {
        return elements[id];
    }

    /** The id of a sorted multiset of input indices of order 0..maxOrder. */
    public int id(int[] multiset) {
        Integer id = ids.get(Arrays.toString(multiset));
        if (id == null) {
            throw new IllegalArgumentException("no multiset " + Arrays.toString(multiset) + " in this layout");
        }
        return id;
    }

    /** The id of the multiset without its last element. */
    public int prefix(int id) {
        return prefix[id];
    }

    /** The id of the multiset without its first element. */
    public int rest1(int id) {
        return rest1[id];
    }

    /** The ids of the multiset without its first element and element j, for j = 1 .. n-1; do not modify. */
    public int[] rest2(int id) {
        return rest2[id];
    }
}

package org.nnqft.numerics.math.combinatorics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Set partitions of {0, ..., n-1}, the index sets of the moment-cumulant relations. Each
 * partition is an array of blocks, each block a bit mask. Bell(n) of them: 1, 1, 2, 5, 15, 52, 203.
 */
public final class SetPartitions {
    /** Largest n: blocks are int masks, and Bell(16) is already ten billion. */
    public static final int MAX_N = 14;

    private static final ConcurrentHashMap<Integer, int[][]> ALL = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, int[][]> EVEN = new ConcurrentHashMap<>();

    private SetPartitions() {
    }

    /**
     * All set partitions of {0..n-1}; n = 0 gives one empty partition. Shared: do not modify.
     *
     * @throws IllegalArgumentException if n < 0 or n > {@link #MAX_N}
     */
    public static int[][] of(int n) {
        if (n < 0 || n > MAX_N) {
            throw new IllegalArgumentException("n must be from 0 to " + MAX_N + ", got " + n);
        }
        return ALL.computeIfAbsent(n, SetPartitions::build);
    }

    /**
     * The partitions whose blocks all have even size. When every odd moment vanishes, so does every
     * odd cumulant, and only these contribute to either direction of the moment-cumulant relation.
     */
    public static int[][] evenBlocks(int n) {
        return EVEN.computeIfAbsent(n, m -> {
            List<int[]> keep = new ArrayList<>();
            for (int[] partition : of(m)) {
                boolean even = true;
                for (int block : partition) {
                    even &= Integer.bitCount(block) % 2 == 0;
                }
                if (even) {
                    keep.add(partition);
                }
            }
            return keep.toArray(new int[0][]);
        });
    }

    private static int[][] build(int n) {
        List<int[]> out = new ArrayList<>();
        grow(0, n, new ArrayList<>(), out);
        return out.toArray(new int[0][]);
    }

    /** Element i joins each existing block or opens a new one: every partition arises once. */
    private static void grow(int i, int n, List<Integer> blocks, List<int[]> out) {
        if (i == n) {
            out.add(blocks.stream().mapToInt(Integer::intValue).toArray());
            return;
        }
        for (int b = 0; b < blocks.size(); b++) {
            int old = blocks.get(b);
            blocks.set(b, old | 1 << i);
            grow(i + 1, n, blocks, out);
            blocks.set(b, old);
        }
        blocks.add(1 << i);
        grow(i + 1, n, blocks, out);
        blocks.removeLast();
    }
}

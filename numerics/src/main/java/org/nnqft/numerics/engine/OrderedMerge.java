package org.nnqft.numerics.engine;

import java.util.HashMap;
import java.util.Map;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;

/**
 * Folds block sums into their stream's total strictly in block order, whatever order the blocks
 * finish in: floating-point addition is not associative, and this is what makes the result
 * bit-identical for any thread count. Blocks that arrive early wait; with T threads at most about
 * T of them do, so memory stays O(threads x block).
 */
final class OrderedMerge {
    private final MomentSums[] totals;
    private final int[] nextBlock;
    private final Map<Long, MomentSums> waiting = new HashMap<>();

    OrderedMerge(int streams, MomentLayout layout) {
        totals = new MomentSums[streams];
        nextBlock = new int[streams];
        for (int s = 0; s < streams; s++) {
            totals[s] = new MomentSums(layout);
        }
    }

    synchronized void offer(int stream, int block, MomentSums sums) {
        if (block != nextBlock[stream]) {
            waiting.put(key(stream, block), sums);
            return;
        }
        totals[stream].merge(sums);
        nextBlock[stream]++;
        MomentSums next;
        while ((next = waiting.remove(key(stream, nextBlock[stream]))) != null) {
            totals[stream].merge(next);
            nextBlock[stream]++;
        }
    }

    MomentSums total(int stream) {
        if (!waiting.isEmpty()) {
            throw new IllegalStateException("blocks still waiting to be merged");
        }
        return totals[stream];
    }

    private static long key(int stream, int block) {
        return ((long) stream << 32) | block;
    }
}

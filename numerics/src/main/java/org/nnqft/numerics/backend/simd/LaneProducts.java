package org.nnqft.numerics.backend.simd;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;

/**
 * The plain estimator's sums for a block of networks as dot products over networks. Outputs are
 * gathered into rows (one row per input, one column per network) of a chunk of {@link #CHUNK}
 * networks; rows of products up to half the top order are formed once per chunk (pairs from
 * single outputs, triples from pairs, ...), and the sum over networks of f(x_1)...f(x_n) is the
 * dot product of the row of its first n/2 inputs with the row of the rest. The row of the first
 * half is loaded once for all the multisets that share it.
 *
 * <p>Per network this is about one vector FMA per multiset per lane count, instead of a
 * multiply, an add and a store per multiset per network.
 */
public final class LaneProducts implements LaneMoments {
    private static final VectorSpecies<Double> D = LaneGaussians.D;
    /** Networks per chunk: a multiple of every lane count; the engine's whole block (rows in L2). */
    static final int CHUNK = 256;

    private final int lanes;
    private final int k;
    private final int[] runs;
    private final int rowIds;
    private final int[] rowPrefix;
    private final int[] rowLast;
    private final int[] groupStart;
    private final int[] groupA;
    private final int[] groupB;
    private final int[] groupId;
    private final double[] rows;
    private final double[] acc;
    private final double[] sums;
    private int filled;

    /**
     * The sums of the multisets of the layout's summed orders only (the others stay 0: nothing
     * reads them, and orders 2, 4, 6 are 609 of the 923 multisets up to order 6).
     *
     * @param lanes networks per group handed to {@link #add}: a divisor of {@link #CHUNK}
     */
    public LaneProducts(MomentLayout layout, int lanes) {
        if (CHUNK % lanes != 0 || lanes % D.length() != 0) {
            throw new IllegalArgumentException("lanes must divide " + CHUNK + " and be a multiple of " + D.length());
        }
        this.lanes = lanes;
        this.k = layout.k();
        int size = layout.size();
        this.runs = layout.summedRuns();
        int half = (layout.maxOrder() + 1) / 2;
        this.rowIds = layout.offset(half + 1);
        this.rowPrefix = new int[rowIds];
        this.rowLast = new int[rowIds];
        for (int id = 1; id < rowIds; id++) {
            int[] s = layout.elements(id);
            rowPrefix[id] = layout.prefix(id);
            rowLast[id] = s[s.length - 1];
        }
        // every multiset as (row of its first n/2 elements, row of the rest), grouped by the first
        int[][] pairs = Arrays.stream(layout.summedIds())
                .mapToObj(id -> {
                    int[] s = layout.elements(id);
                    int a = s.length / 2;
                    return new int[] {layout.id(Arrays.copyOf(s, a)), layout.id(Arrays.copyOfRange(s, a, s.length)), id};
                })
                .toArray(int[][]::new);
        Arrays.sort(pairs, (p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        this.groupA = new int[pairs.length];
        this.groupB = new int[pairs.length];
        this.groupId = new int[pairs.length];
        int groups = 0;
        int[] starts = new int[pairs.length + 1];
        for (int i = 0; i < pairs.length; i++) {
            groupA[i] = pairs[i][0];
            groupB[i] = pairs[i][1];
            groupId[i] = pairs[i][2];
            if (i == 0 || pairs[i][0] != pairs[i - 1][0]) {
                starts[groups++] = i;
            }
        }
        starts[groups] = pairs.length;
        this.groupStart = Arrays.copyOf(starts, groups + 1);
        this.rows = new double[rowIds * CHUNK];
        Arrays.fill(rows, 0, CHUNK, 1.0);
        this.acc = new double[size * D.length()];
        this.sums = new double[size];
    }

    @Override
    public void add(double[] f, double[] unused, int valid) {
        for (int i = 0; i < k; i++) {
            int row = (1 + i) * CHUNK + filled;
            System.arraycopy(f, i * lanes, rows, row, valid);
            Arrays.fill(rows, row + valid, row + lanes, 0.0);
        }
        filled += lanes;
        if (filled == CHUNK) {
            flush();
        }
    }

    /** Forms the product rows of the chunk and adds every multiset's dot product. */
    private void flush() {
        int n = D.length();
        for (int id = 1 + k; id < rowIds; id++) {
            int p = rowPrefix[id] * CHUNK;
            int l = (1 + rowLast[id]) * CHUNK;
            int o = id * CHUNK;
            for (int c = 0; c < filled; c += n) {
                DoubleVector.fromArray(D, rows, p + c).mul(DoubleVector.fromArray(D, rows, l + c)).intoArray(rows, o + c);
            }
        }
        for (int g = 0; g + 1 < groupStart.length; g++) {
            int a = groupA[groupStart[g]] * CHUNK;
            int end = groupStart[g + 1];
            int i = groupStart[g];
            // eight multisets at a time share each load of the first row (eight measured 5-20 %
            // faster than four; tiles of columns kept in L1 were slower: short inner loops)
            for (; i + 7 < end; i += 8) {
                int b0 = groupB[i + 0] * CHUNK;
                int b1 = groupB[i + 1] * CHUNK;
                int b2 = groupB[i + 2] * CHUNK;
                int b3 = groupB[i + 3] * CHUNK;
                int b4 = groupB[i + 4] * CHUNK;
                int b5 = groupB[i + 5] * CHUNK;
                int b6 = groupB[i + 6] * CHUNK;
                int b7 = groupB[i + 7] * CHUNK;
                DoubleVector s0 = DoubleVector.zero(D);
                DoubleVector s1 = DoubleVector.zero(D);
                DoubleVector s2 = DoubleVector.zero(D);
                DoubleVector s3 = DoubleVector.zero(D);
                DoubleVector s4 = DoubleVector.zero(D);
                DoubleVector s5 = DoubleVector.zero(D);
                DoubleVector s6 = DoubleVector.zero(D);
                DoubleVector s7 = DoubleVector.zero(D);
                for (int c = 0; c < filled; c += n) {
                    DoubleVector va = DoubleVector.fromArray(D, rows, a + c);
                    s0 = va.fma(DoubleVector.fromArray(D, rows, b0 + c), s0);
                    s1 = va.fma(DoubleVector.fromArray(D, rows, b1 + c), s1);
                    s2 = va.fma(DoubleVector.fromArray(D, rows, b2 + c), s2);
                    s3 = va.fma(DoubleVector.fromArray(D, rows, b3 + c), s3);
                    s4 = va.fma(DoubleVector.fromArray(D, rows, b4 + c), s4);
                    s5 = va.fma(DoubleVector.fromArray(D, rows, b5 + c), s5);
                    s6 = va.fma(DoubleVector.fromArray(D, rows, b6 + c), s6);
                    s7 = va.fma(DoubleVector.fromArray(D, rows, b7 + c), s7);
                }
                s0.add(DoubleVector.fromArray(D, acc, groupId[i + 0] * n)).intoArray(acc, groupId[i + 0] * n);
                s1.add(DoubleVector.fromArray(D, acc, groupId[i + 1] * n)).intoArray(acc, groupId[i + 1] * n);
                s2.add(DoubleVector.fromArray(D, acc, groupId[i + 2] * n)).intoArray(acc, groupId[i + 2] * n);
                s3.add(DoubleVector.fromArray(D, acc, groupId[i + 3] * n)).intoArray(acc, groupId[i + 3] * n);
                s4.add(DoubleVector.fromArray(D, acc, groupId[i + 4] * n)).intoArray(acc, groupId[i + 4] * n);
                s5.add(DoubleVector.fromArray(D, acc, groupId[i + 5] * n)).intoArray(acc, groupId[i + 5] * n);
                s6.add(DoubleVector.fromArray(D, acc, groupId[i + 6] * n)).intoArray(acc, groupId[i + 6] * n);
                s7.add(DoubleVector.fromArray(D, acc, groupId[i + 7] * n)).intoArray(acc, groupId[i + 7] * n);
            }
            // then four at a time, and the rest one by one (a single sum waits on its own FMAs)
            for (; i + 3 < end; i += 4) {
                int b0 = groupB[i] * CHUNK;
                int b1 = groupB[i + 1] * CHUNK;
                int b2 = groupB[i + 2] * CHUNK;
                int b3 = groupB[i + 3] * CHUNK;
                DoubleVector s0 = DoubleVector.zero(D);
                DoubleVector s1 = DoubleVector.zero(D);
                DoubleVector s2 = DoubleVector.zero(D);
                DoubleVector s3 = DoubleVector.zero(D);
                for (int c = 0; c < filled; c += n) {
                    DoubleVector va = DoubleVector.fromArray(D, rows, a + c);
                    s0 = va.fma(DoubleVector.fromArray(D, rows, b0 + c), s0);
                    s1 = va.fma(DoubleVector.fromArray(D, rows, b1 + c), s1);
                    s2 = va.fma(DoubleVector.fromArray(D, rows, b2 + c), s2);
                    s3 = va.fma(DoubleVector.fromArray(D, rows, b3 + c), s3);
                }
                s0.add(DoubleVector.fromArray(D, acc, groupId[i] * n)).intoArray(acc, groupId[i] * n);
                s1.add(DoubleVector.fromArray(D, acc, groupId[i + 1] * n)).intoArray(acc, groupId[i + 1] * n);
                s2.add(DoubleVector.fromArray(D, acc, groupId[i + 2] * n)).intoArray(acc, groupId[i + 2] * n);
                s3.add(DoubleVector.fromArray(D, acc, groupId[i + 3] * n)).intoArray(acc, groupId[i + 3] * n);
            }
            for (; i < end; i++) {
                int b = groupB[i] * CHUNK;
                DoubleVector s = DoubleVector.zero(D);
                for (int c = 0; c < filled; c += n) {
                    s = DoubleVector.fromArray(D, rows, a + c).fma(DoubleVector.fromArray(D, rows, b + c), s);
                }
                s.add(DoubleVector.fromArray(D, acc, groupId[i] * n)).intoArray(acc, groupId[i] * n);
            }
        }
        filled = 0;
    }

    @Override
    public void drainInto(MomentSums into, int networks) {
        if (filled > 0) {
            flush();
        }
        // only the summed ids' accumulators are ever non-zero
        int n = D.length();
        for (int r = 0; r < runs.length; r += 2) {
            for (int id = runs[r]; id < runs[r + 1]; id++) {
                sums[id] = LaneSums.inOrder(acc, id * n, n);
            }
            Arrays.fill(acc, runs[r] * n, runs[r + 1] * n, 0.0);
        }
        into.addSums(sums, networks);
    }
}

package org.nnqft.numerics.backend.simd;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;

/**
 * The conditional estimator for a group of networks, one per lane: the Wick recursion of
 * {@link org.nnqft.numerics.moments.WickEstimates}, W(S) = m(s0) W(S - s0) + sum_j C(s0, s_j)
 * W(S - s0 - s_j), evaluated lane-wise. With zero mean only even orders are formed (odd ones
 * vanish identically).
 *
 * <p>Groups are gathered into rows of a chunk of networks (one row per covariance entry the
 * recursion reads, one column per network), and each multiset is then formed for the whole chunk
 * in one loop. Formed group by group, a multiset cost its index loads and an accumulator load and
 * store per group, and the working set (every multiset's value and sum) overflowed L1; here the
 * loop's iterations are independent FMA chains the core overlaps, the indices are read once per
 * chunk, the sum over networks stays in a register, only the values later multisets read are kept
 * (not the top order's) and only the summed orders are accumulated.
 *
 * <p>The bits are those of forming every multiset group by group: each network's value is the same
 * chain of FMAs, and each lane's sum adds the groups in order.
 */
public final class LaneWick implements LaneMoments {
    private static final VectorSpecies<Double> D = LaneGaussians.D;
    private static final int V = D.length();
    /**
     * Networks per chunk: the engine's whole block (the rows sit in L2, read as streams). Measured
     * at k = 6, orders 2, 4, 6: 32 networks (rows in L1) 530 ns per network, 64 420, 128 350,
     * 256 250-330: each multiset's loop set-up costs more than the L2 reads.
     */
    static final int CHUNK = 256;

    private final int lanes;
    private final int k;
    private final boolean withMean;
    /** Columns per lane block: lanes [p V, (p + 1) V) of every group sit in block p, V apart. */
    private final int part;
    /** Index into the k x k covariance of each covariance row. */
    private final int[] covEntry;
    /** The formed multisets in id order: their layout ids, and where each one's terms start. */
    private final int[] formed;
    private final int[] termStart;
    /** Each term's covariance row and value row (offsets into the row arrays). */
    private final int[] termCov;
    private final int[] termW;
    /** Per formed multiset: its first element's mean row and its rest1's value row (with mean). */
    private final int[] meanRow;
    private final int[] rest1Row;
    /** Per formed multiset: its value row, or -1 if nothing reads it; its accumulator. */
    private final int[] valueRow;
    private final int[] accAt;
    private final int[] summed;
    private final double[] covRows;
    private final double[] meanRows;
    private final double[] values;
    private final double[] acc;
    private final double[] sums;
    private int groups;

    public LaneWick(MomentLayout layout, int lanes, boolean withMean) {
        if (lanes % V != 0 || CHUNK % lanes != 0) {
            throw new IllegalArgumentException("lanes must divide " + CHUNK + " and be a multiple of " + V);
        }
        this.lanes = lanes;
        this.k = layout.k();
        this.withMean = withMean;
        this.part = CHUNK / (lanes / V);
        int size = layout.size();
        this.formed = java.util.stream.IntStream.range(1, size)
                .filter(id -> withMean || layout.elements(id).length % 2 == 0).toArray();
        // value rows for the multisets some formed one reads (the empty one, row 0, is all ones)
        int[] row = new int[size];
        Arrays.fill(row, -1);
        row[0] = 0;
        int rows = 1;
        int terms = 0;
        for (int id : formed) {
            for (int r : layout.rest2(id)) {
                row[r] = 0;
            }
            if (withMean) {
                row[layout.rest1(id)] = 0;
            }
            terms += layout.rest2(id).length;
        }
        for (int id = 1; id < size; id++) {
            row[id] = row[id] < 0 ? -1 : rows++;
        }
        int[] entryRow = new int[k * k];
        Arrays.fill(entryRow, -1);
        int[] entries = new int[k * k];
        int nEntries = 0;
        this.summed = layout.summedIds();
        int[] accSlot = new int[size];
        Arrays.fill(accSlot, summed.length);
        for (int i = 0; i < summed.length; i++) {
            accSlot[summed[i]] = i;
        }
        this.termStart = new int[formed.length + 1];
        this.termCov = new int[terms];
        this.termW = new int[terms];
        this.meanRow = new int[formed.length];
        this.rest1Row = new int[formed.length];
        this.valueRow = new int[formed.length];
        this.accAt = new int[formed.length];
        for (int i = 0, t = 0; i < formed.length; i++) {
            int id = formed[i];
            int[] s = layout.elements(id);
            int[] r2 = layout.rest2(id);
            termStart[i] = t;
            for (int j = 1; j < s.length; j++, t++) {
                int e = s[0] * k + s[j];
                if (entryRow[e] < 0) {
                    entryRow[e] = nEntries;
                    entries[nEntries++] = e;
                }
                termCov[t] = entryRow[e] * CHUNK;
                termW[t] = row[r2[j - 1]] * CHUNK;
            }
            termStart[i + 1] = t;
            meanRow[i] = s[0] * CHUNK;
            rest1Row[i] = withMean ? row[layout.rest1(id)] * CHUNK : 0;
            valueRow[i] = row[id] < 0 ? -1 : row[id] * CHUNK;
            // unsummed multisets (odd orders with a mean, orders left out) add into a spare slot
            accAt[i] = accSlot[id] * lanes;
        }
        this.covEntry = Arrays.copyOf(entries, nEntries);
        this.covRows = new double[nEntries * CHUNK];
        this.meanRows = new double[withMean ? k * CHUNK : 0];
        this.values = new double[rows * CHUNK];
        Arrays.fill(values, 0, CHUNK, 1.0);
        this.acc = new double[(summed.length + 1) * lanes];
        this.sums = new double[size];
    }

    @Override
    public void add(double[] cov, double[] mean, int valid) {
        int column = groups * V;
        for (int e = 0; e < covEntry.length; e++) {
            gather(cov, covEntry[e] * lanes, covRows, e * CHUNK + column, valid);
        }
        if (withMean) {
            for (int i = 0; i < k; i++) {
                gather(mean, i * lanes, meanRows, i * CHUNK + column, valid);
            }
        }
        groups++;
        if (groups * lanes == CHUNK) {
            flush();
        }
    }

    /** One group's lanes into a row, lane block by lane block; lanes from {@code valid} on are 0. */
    private void gather(double[] from, int at, double[] to, int column, int valid) {
        for (int p = 0; p * V < lanes; p++) {
            int n = Math.clamp(valid - p * V, 0, V);
            int c = p * part + column;
            System.arraycopy(from, at + p * V, to, c, n);
            Arrays.fill(to, c + n, c + V, 0.0);
        }
    }

    /** Forms every multiset for the chunk's groups and adds each lane's values to its sum. */
    private void flush() {
        for (int i = 0; i < formed.length; i++) {
            for (int p = 0; p * V < lanes; p++) {
                int a = accAt[i] + p * V;
                int from = p * part;
                int terms = termStart[i + 1] - termStart[i];
                if (withMean || terms != 5 && terms != 3) {
                    form(i, from, from + groups * V, a);
                } else if (terms == 5) {
                    form5(i, from, from + groups * V, a);
                } else {
                    form3(i, from, from + groups * V, a);
                }
            }
        }
        groups = 0;
    }

    /**
     * Forms multiset i for columns [from, to) and adds them to its accumulator at a. Vectors stay
     * inside: passed to or returned from a method C2 did not inline, they were boxed (7.5 KB
     * allocated per network, 100 times slower).
     */
    private void form(int i, int from, int to, int a) {
        int t0 = termStart[i];
        int t1 = termStart[i + 1];
        int keep = valueRow[i];
        int m = meanRow[i];
        int r1 = rest1Row[i];
        DoubleVector s = DoubleVector.fromArray(D, acc, a);
        for (int c = from; c < to; c += V) {
            DoubleVector v = withMean
                    ? DoubleVector.fromArray(D, meanRows, m + c).mul(DoubleVector.fromArray(D, values, r1 + c))
                    : DoubleVector.zero(D);
            for (int t = t0; t < t1; t++) {
                v = DoubleVector.fromArray(D, covRows, termCov[t] + c).fma(DoubleVector.fromArray(D, values, termW[t] + c), v);
            }
            if (keep >= 0) {
                v.intoArray(values, keep + c);
            }
            s = v.add(s);
        }
        s.intoArray(acc, a);
    }

    /** {@link #form} of a zero-mean multiset of order 6, its offsets in registers. */
    private void form5(int i, int from, int to, int a) {
        int t = termStart[i];
        int c0 = termCov[t];
        int c1 = termCov[t + 1];
        int c2 = termCov[t + 2];
        int c3 = termCov[t + 3];
        int c4 = termCov[t + 4];
        int w0 = termW[t];
        int w1 = termW[t + 1];
        int w2 = termW[t + 2];
        int w3 = termW[t + 3];
        int w4 = termW[t + 4];
        int keep = valueRow[i];
        DoubleVector s = DoubleVector.fromArray(D, acc, a);
        for (int c = from; c < to; c += V) {
            DoubleVector v = DoubleVector.fromArray(D, covRows, c0 + c).fma(DoubleVector.fromArray(D, values, w0 + c), DoubleVector.zero(D));
            v = DoubleVector.fromArray(D, covRows, c1 + c).fma(DoubleVector.fromArray(D, values, w1 + c), v);
            v = DoubleVector.fromArray(D, covRows, c2 + c).fma(DoubleVector.fromArray(D, values, w2 + c), v);
            v = DoubleVector.fromArray(D, covRows, c3 + c).fma(DoubleVector.fromArray(D, values, w3 + c), v);
            v = DoubleVector.fromArray(D, covRows, c4 + c).fma(DoubleVector.fromArray(D, values, w4 + c), v);
            if (keep >= 0) {
                v.intoArray(values, keep + c);
            }
            s = v.add(s);
        }
        s.intoArray(acc, a);
    }

    /** {@link #form} of a zero-mean multiset of order 4, its offsets in registers. */
    private void form3(int i, int from, int to, int a) {
        int t = termStart[i];
        int c0 = termCov[t];
        int c1 = termCov[t + 1];
        int c2 = termCov[t + 2];
        int w0 = termW[t];
        int w1 = termW[t + 1];
        int w2 = termW[t + 2];
        int keep = valueRow[i];
        DoubleVector s = DoubleVector.fromArray(D, acc, a);
        for (int c = from; c < to; c += V) {
            DoubleVector v = DoubleVector.fromArray(D, covRows, c0 + c).fma(DoubleVector.fromArray(D, values, w0 + c), DoubleVector.zero(D));
            v = DoubleVector.fromArray(D, covRows, c1 + c).fma(DoubleVector.fromArray(D, values, w1 + c), v);
            v = DoubleVector.fromArray(D, covRows, c2 + c).fma(DoubleVector.fromArray(D, values, w2 + c), v);
            if (keep >= 0) {
                v.intoArray(values, keep + c);
            }
            s = v.add(s);
        }
        s.intoArray(acc, a);
    }

    @Override
    public void drainInto(MomentSums into, int networks) {
        if (groups > 0) {
            flush();
        }
        for (int i = 0; i < summed.length; i++) {
            sums[summed[i]] = LaneSums.inOrder(acc, i * lanes, lanes);
        }
        into.addSums(sums, networks);
        Arrays.fill(acc, 0.0);
    }
}

package org.nnqft.numerics.moments;

/**
 * Sums over networks of each multiset's per-network estimate, for one (width, bag) or part of it.
 * Sums merge by addition; merging parts in a fixed order gives the same bits whatever the number
 * of threads that produced them.
 */
public final class MomentSums {
    private final double[] sums;
    /** Start and end ids of the summed orders' runs: plain loops over contiguous ids vectorise. */
    private final int[] runs;
    private long networks;

    /** Sums for the layout's orders; the other ids stay 0. */
    public MomentSums(MomentLayout layout) {
        this.sums = new double[layout.size()];
        this.runs = layout.summedRuns();
    }

    /** Adds one network's estimates, indexed by multiset id; only the summed orders are read. */
    public void add(double[] estimates) {
        addRuns(estimates);
        networks++;
    }

    private void addRuns(double[] values) {
        for (int r = 0; r < runs.length; r += 2) {
            for (int id = runs[r]; id < runs[r + 1]; id++) {
                sums[id] += values[id];
            }
        }
    }

    /** Adds sums over {@code count} networks formed elsewhere (a vectorised backend's lane sums). */
    public void addSums(double[] networkSums, long count) {
        if (networkSums.length != sums.length) {
            throw new IllegalArgumentException("sums of a different layout");
        }
        addRuns(networkSums);
        networks += count;
    }

    public void merge(MomentSums other) {
        if (other.sums.length != sums.length || other.runs != runs && !java.util.Arrays.equals(other.runs, runs)) {
            throw new IllegalArgumentException("moment sums of different layouts");
        }
        addRuns(other.sums);
        networks += other.networks;
    }

    public long networks() {
        return networks;
    }

    public double sum(int id) {
        return sums[id];
    }

    /** The bag's estimate of G^(n) for multiset {@code id}. */
    public double mean(int id) {
        return sums[id] / networks;
    }

    /** The first multiset id whose sum is NaN or infinite, or -1. */
    public int firstNonFinite() {
        for (int r = 0; r < runs.length; r += 2) {
            for (int id = runs[r]; id < runs[r + 1]; id++) {
                if (!Double.isFinite(sums[id])) {
                    return id;
                }
            }
        }
        return -1;
    }
}

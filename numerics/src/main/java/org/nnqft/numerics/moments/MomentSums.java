package org.nnqft.numerics.moments;

/**
 * Sums over networks of each multiset's per-network estimate, for one (width, bag) or part of it.
 * Sums merge by addition; merging parts in a fixed order gives the same bits whatever the number
 * of threads that produced them.
 */
public final class MomentSums {
    private final double[] sums;
    private long networks;

    public MomentSums(MomentLayout layout) {
        this.sums = new double[layout.size()];
    }

    /** Adds one network's estimates, indexed by multiset id (id 0, the empty multiset, is skipped). */
    public void add(double[] estimates) {
        for (int id = 1; id < sums.length; id++) {
            sums[id] += estimates[id];
        }
        networks++;
    }

    /** Adds sums over {@code count} networks formed elsewhere (a vectorised backend's lane sums). */
    public void addSums(double[] networkSums, long count) {
        if (networkSums.length != sums.length) {
            throw new IllegalArgumentException("sums of a different layout");
        }
        for (int id = 1; id < sums.length; id++) {
            sums[id] += networkSums[id];
        }
        networks += count;
    }

    public void merge(MomentSums other) {
        if (other.sums.length != sums.length) {
            throw new IllegalArgumentException("moment sums of different layouts");
        }
        for (int id = 1; id < sums.length; id++) {
            sums[id] += other.sums[id];
        }
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
        for (int id = 1; id < sums.length; id++) {
            if (!Double.isFinite(sums[id])) {
                return id;
            }
        }
        return -1;
    }
}

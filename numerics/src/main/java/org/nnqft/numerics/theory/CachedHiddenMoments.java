package org.nnqft.numerics.theory;

import java.util.concurrent.ConcurrentHashMap;
import org.nnqft.numerics.math.combinatorics.PointMultiset;

/**
 * Memoises another {@link HiddenMoments}. H_m does not depend on the width and is symmetric in its
 * points, so one value serves every width and every ordering of the same multiset: this matters
 * when H_m is a quadrature (erf, relu) rather than a closed form. Thread safe; the cache is
 * dropped when it reaches {@link #MAX_ENTRIES}, so a sweep over many points cannot exhaust memory.
 */
public final class CachedHiddenMoments implements HiddenMoments {
    /** Far above the 2^6 subsets x 462 multisets of an order-6 experiment on six inputs. */
    public static final int MAX_ENTRIES = 1 << 20;

    private final HiddenMoments inner;
    private final ConcurrentHashMap<PointMultiset, Double> cache = new ConcurrentHashMap<>();

    /** Wraps {@code inner}; wrapping an already cached instance returns it unchanged. */
    public static CachedHiddenMoments of(HiddenMoments inner) {
        return inner instanceof CachedHiddenMoments c ? c : new CachedHiddenMoments(inner);
    }

    private CachedHiddenMoments(HiddenMoments inner) {
        this.inner = inner;
    }

    @Override
    public double h(double[][] points) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        return cache.computeIfAbsent(PointMultiset.of(points), key -> inner.h(key.points()));
    }

    /** Number of distinct multisets held. */
    public int size() {
        return cache.size();
    }
}

package org.nnqft.numerics.analysis;

/**
 * One multiset's statistics at one width. Nullable fields are absent where they are undefined:
 * m and background when G0 = 0 (odd orders), exact where no finite-N theory is known, z where
 * there is no exact value or the standard error is 0.
 *
 * @param points     the input indices of the multiset, sorted
 * @param g0         the Gaussian-process (Wick) value G0^(n)
 * @param mean       mean over bags of the bag estimates of G^(n)
 * @param std        standard deviation of the bag estimates
 * @param stderr     std / sqrt(bags)
 * @param m          (mean - g0) / g0
 * @param background std / |g0|
 * @param exact      the exact finite-N expectation of G^(n)
 * @param mExact     (exact - g0) / g0, the expected m
 * @param z          (mean - exact) / stderr
 */
public record MultisetResult(
        int[] points,
        double g0,
        double mean,
        double std,
        double stderr,
        Double m,
        Double background,
        Double exact,
        Double mExact,
        Double z) {
}

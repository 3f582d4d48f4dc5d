package org.nnqft.numerics.analysis;

/**
 * One multiset's statistics at one width. Nullable fields are absent where they are undefined:
 * m and background when G0 = 0 (odd orders, and even orders whose Wick sum vanishes, with the reason
 * in {@code undefined}), exact where no finite-N theory is known or its error estimate is too large
 * (the reason in {@code noExact}), z where there is no exact value or no non-zero standard error.
 *
 * @param points      the input indices of the multiset, sorted
 * @param g0          the Gaussian-process (Wick) value G0^(n)
 * @param mean        mean over bags of the bag estimates of G^(n)
 * @param std         standard deviation of the bag estimates
 * @param stderr      std / sqrt(bags), the bag spread's standard error
 * @param m           (mean - g0) / g0
 * @param background  std / |g0|
 * @param exact       the exact finite-N expectation of G^(n)
 * @param mExact      (exact - g0) / g0, the expected m
 * @param z           (mean - exact) / the standard error named by {@code zError}
 * @param undefined   why m, background and mExact are null at an even order (G0 = 0), else null
 * @param exactError  the quadrature error estimate of exact (0 for closed forms), else null
 * @param noExact     why exact is null, else null
 * @param exactStderr the plain estimator's exact standard error of {@code mean}, else null
 * @param zError      which standard error z used; null with z
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
        Double z,
        String undefined,
        Double exactError,
        String noExact,
        Double exactStderr,
        ErrorSource zError) {

    /** Without the reasons, error estimates and exact standard error (z then uses the bag spread). */
    public MultisetResult(int[] points, double g0, double mean, double std, double stderr, Double m,
            Double background, Double exact, Double mExact, Double z) {
        this(points, g0, mean, std, stderr, m, background, exact, mExact, z, null, null, null, null,
                z == null ? null : ErrorSource.BAGS);
    }
}

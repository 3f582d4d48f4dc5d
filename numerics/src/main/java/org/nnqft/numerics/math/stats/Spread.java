package org.nnqft.numerics.math.stats;

/**
 * The mean of per-bag values and their spread: bags are independent, so the standard error of the
 * mean is the bags' standard deviation over sqrt(bags) (docs/theory.md section 6).
 */
public record Spread(double mean, double std, double stderr) {

    /** @param values one value per bag, at least two */
    public static Spread of(double[] values) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("a spread needs at least two bags, got " + n);
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(ss / (n - 1));
        return new Spread(mean, std, std / Math.sqrt(n));
    }
}

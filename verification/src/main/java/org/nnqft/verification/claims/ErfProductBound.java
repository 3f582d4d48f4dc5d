package org.nnqft.verification.claims;

/**
 * A proven upper bound on the standard deviation of one erf-net product P = f(x_1) ... f(x_n),
 * zero weight and bias means, for the orders whose exact variance (a 2n-point function) costs too
 * much: Price's theorem at order 10 or 12 in three or four dimensions runs to minutes or is refused.
 *
 * <p>Given the hidden layer, the outputs are jointly Gaussian with covariance K, and
 * K(x, x) = sigma_b^2 + (sigma_W^2 / N) sum_j erf(.)^2 < sigma_b^2 + sigma_W^2 since |erf| < 1. By
 * Hoelder, E[prod f_i^2 | hidden] <= prod (E[f_i^(2n) | hidden])^(1/n) = (2n - 1)!! prod K(x_i, x_i),
 * so Var P <= E[P^2] < (2n - 1)!! (sigma_b^2 + sigma_W^2)^n. An overstated standard deviation only
 * makes {@link MedianOfMeansBound} more conservative.
 */
final class ErfProductBound {
    private ErfProductBound() {
    }

    /** The bound on sd(P) for a product of {@code order} outputs. */
    static double sd(int order, double sigmaW, double sigmaB) {
        double doubleFactorial = 1;
        for (int k = 2 * order - 1; k > 1; k -= 2) {
            doubleFactorial *= k;
        }
        return Math.sqrt(doubleFactorial * Math.pow(sigmaB * sigmaB + sigmaW * sigmaW, order));
    }
}

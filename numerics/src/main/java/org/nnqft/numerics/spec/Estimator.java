package org.nnqft.numerics.spec;

/** How an n-point function is estimated from one network; both are unbiased for G^(n). */
public enum Estimator {
    /** The published estimator: f(x_1) ... f(x_n) for each network. */
    PLAIN,
    /**
     * E[f(x_1) ... f(x_n) | hidden layer]: given the hidden layer f is Gaussian, so the output
     * layer is integrated exactly by Wick's theorem over its covariance (docs/theory.md sections 4, 5).
     */
    CONDITIONAL;

    public String id() {
        return Ids.id(this);
    }

    public static Estimator parse(String text) {
        return Ids.parse(Estimator.class, "estimator", text);
    }
}

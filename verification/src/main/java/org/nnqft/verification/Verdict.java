package org.nnqft.verification;

/** The outcome of one claim. */
public enum Verdict {
    PASS,
    FAIL,
    /** The data cannot decide, e.g. the signal is below its background. */
    INCONCLUSIVE
}

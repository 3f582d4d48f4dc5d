package org.nnqft.verification;

/**
 * A claim of the papers checked against one run: what was measured, what was expected, the
 * verdict and the evidence that decided it.
 *
 * @param claim     the claim in words
 * @param statistic what was computed
 * @param expected  the expected value or band
 * @param measured  the measured value
 * @param verdict   pass, fail or inconclusive
 * @param evidence  the numbers that decided the verdict (worst case, thresholds, counts)
 */
public record ClaimResult(String claim, String statistic, String expected, String measured,
        Verdict verdict, String evidence) {
}

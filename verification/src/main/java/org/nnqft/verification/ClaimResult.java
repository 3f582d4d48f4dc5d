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
 * @param pValues   the p-value of every member test with a simple null (uniform on [0, 1] under it),
 *                  from the same reference distribution as the verdict, for calibration over seeds;
 *                  members with a composite null (a slope within an allowance) are left out, their
 *                  p-values pile up at 1 by design
 */
public record ClaimResult(String claim, String statistic, String expected, String measured,
        Verdict verdict, String evidence, double[] pValues) {

    public ClaimResult {
        pValues = pValues.clone();
    }

    @Override
    public double[] pValues() {
        return pValues.clone();
    }

    @Override
    public String toString() {
        return verdict + " | " + claim + " | " + statistic + " | " + expected + " | " + measured + " | " + evidence;
    }
}

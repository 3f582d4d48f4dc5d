package org.nnqft.verification.claims;

import java.util.ArrayList;
import java.util.List;
import org.nnqft.verification.FamilyTest;

/**
 * A family of per-multiset tests "mean = exact" whose p-values are proven bounds
 * ({@link ExactFamily}): Holm over them keeps the family-wise false-alarm rate at every tail,
 * and their pooled p-values are super-uniform, P(p <= a) <= a, not uniform.
 */
final class MultisetStats {
    private final List<Double> p = new ArrayList<>();
    private double worst;
    private String worstWhere = "";
    private int symmetric;
    private int exactSd;
    private int boundedSd;
    private final List<String> rejections = new ArrayList<>();
    private int untested;

    /** A self-normalised odd-order sum T. */
    void addSymmetric(double t, double pValue, String where) {
        symmetric++;
        add(t, pValue, where);
    }

    /** A median-of-means distance d (bag standard deviations) with an exact or a bounded standard deviation. */
    void addMedian(double d, double pValue, boolean bounded, String where) {
        if (bounded) {
            boundedSd++;
        } else {
            exactSd++;
        }
        add(d, pValue, where);
    }

    /** A member with no standard deviation to test against (no exact theory, or an exact 0): left out, and counted. */
    void addUntested() {
        untested++;
    }

    /** A member rejected outright (identical bags), with why. */
    void addRejection(String why) {
        rejections.add(why);
        add(Double.POSITIVE_INFINITY, 0, why);
    }

    private void add(double stat, double pValue, String where) {
        // a NaN statistic is evidence against the claim, not a reason to skip the member
        p.add(Double.isNaN(pValue) || Double.isNaN(stat) ? 0 : pValue);
        stat = Double.isNaN(stat) ? Double.POSITIVE_INFINITY : stat;
        if (Math.abs(stat) >= worst) {
            worst = Math.abs(stat);
            worstWhere = where;
        }
    }

    /** Whether no member was added (all untested). */
    boolean isEmpty() {
        return p.isEmpty();
    }

    FamilyTest test(double alpha) {
        if (p.isEmpty()) {
            throw new IllegalStateException("an empty family decides nothing");
        }
        return FamilyTest.ofPValues(pValues(), worst, alpha);
    }

    /** Every member's two-sided p-value bound, in the order added. */
    double[] pValues() {
        return p.stream().mapToDouble(Double::doubleValue).toArray();
    }

    String worstWhere() {
        return worstWhere;
    }

    /** One clause for the evidence: how many members each test had. */
    String kinds() {
        String s = String.format("%d self-normalised odd sums (|T|), %d medians of bag means on the exact sd, %d on the"
                + " erf bound (d in bag sd; low power: the bound is far above the true sd)", symmetric, exactSd, boundedSd);
        s += untested == 0 ? "" : "; " + untested + " NOT TESTED (no exact theory for their standard deviation, or an exact 0)";
        return rejections.isEmpty() ? s : s + "; " + String.join("; ", rejections);
    }
}

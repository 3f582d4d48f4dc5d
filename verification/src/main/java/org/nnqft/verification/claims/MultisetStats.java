package org.nnqft.verification.claims;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.nnqft.verification.FamilyTest;

/**
 * A family of per-multiset tests "mean = exact", each with the standard error THEORY.md 6 asks
 * for: the exact one where theory gives it (then the statistic is normal), otherwise the bag
 * spread (then it is Student-t with bags - 1 degrees of freedom). Holm over their p-values keeps
 * the family-wise false-alarm rate.
 */
final class MultisetStats {
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private final List<Double> p = new ArrayList<>();
    private double worst;
    private String worstWhere = "";
    private int exactErrors;

    /** A statistic whose standard error is exact. */
    void addZ(double z, String where) {
        exactErrors++;
        add(z, FamilyTest.twoSided(z, NORMAL), where);
    }

    /** A statistic whose standard error is the bag spread of {@code bags} bags. */
    void addT(double t, int bags, String where) {
        add(t, FamilyTest.twoSided(t, new TDistribution(bags - 1)), where);
    }

    private void add(double stat, double pValue, String where) {
        // a zero standard error (bags that are all alike) makes the statistic infinite or 0/0:
        // that is evidence against the claim, not a reason to skip the member
        p.add(Double.isNaN(stat) ? 0 : pValue);
        stat = Double.isNaN(stat) ? Double.POSITIVE_INFINITY : stat;
        if (Math.abs(stat) >= worst) {
            worst = Math.abs(stat);
            worstWhere = where;
        }
    }

    FamilyTest test(double alpha) {
        if (p.isEmpty()) {
            throw new IllegalStateException("an empty family decides nothing");
        }
        return FamilyTest.ofPValues(pValues(), worst, alpha);
    }

    /** Every member's two-sided p-value, in the order added. */
    double[] pValues() {
        return p.stream().mapToDouble(Double::doubleValue).toArray();
    }

    String worstWhere() {
        return worstWhere;
    }

    /** How many members had an exact standard error. */
    int exactErrors() {
        return exactErrors;
    }
}

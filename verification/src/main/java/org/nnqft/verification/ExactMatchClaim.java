package org.nnqft.verification;

import java.util.ArrayList;
import java.util.List;
import org.nnqft.numerics.analysis.MultisetResult;
import org.nnqft.numerics.analysis.OrderResult;

/**
 * "The measured n-point functions equal their exact finite-N expectations": every multiset of one
 * order at every width, tested as one family. With order 2 this is the papers' m_2 ~ 0 (the 2-point
 * function is N-independent); with odd orders, their vanishing.
 */
public final class ExactMatchClaim {
    private ExactMatchClaim() {
    }

    public static ClaimResult check(String claim, List<OrderResult> results, int order, int bags, double alpha) {
        List<Double> t = new ArrayList<>();
        int widths = 0;
        for (OrderResult r : results) {
            if (r.order() != order) {
                continue;
            }
            widths++;
            for (MultisetResult m : r.multisets()) {
                if (m.z() == null) {
                    throw new IllegalArgumentException("no exact value for order " + order + " at N = " + r.width()
                            + ", multiset " + java.util.Arrays.toString(m.points()));
                }
                t.add(m.z());
            }
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("no results of order " + order);
        }
        FamilyTest test = FamilyTest.of(t.stream().mapToDouble(Double::doubleValue).toArray(), bags - 1, alpha);
        return new ClaimResult(claim, "t = (mean - exact) / stderr per multiset, " + widths + " widths",
                "|t| below the family-wise threshold", String.format("worst |t| = %.2f", test.worstT()),
                test.passes() ? Verdict.PASS : Verdict.FAIL, test.evidence());
    }
}

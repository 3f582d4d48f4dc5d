package org.nnqft.verification.claims;

import java.util.Arrays;
import java.util.Optional;
import org.nnqft.numerics.analysis.MultisetResult;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.theory.ExactMoments;
import org.nnqft.verification.Measurement;

/**
 * Adds every multiset of some orders of one measurement to a family of "mean = exact" tests.
 * The Gauss-net's errors are exact (its products are heavy tailed, {@link ExactErrors}); erf is
 * bounded and relu's products have Gaussian-polynomial tails, so their bag spread is reliable and
 * they are tested with it, as Student-t.
 */
final class ExactFamily {
    private ExactFamily() {
    }

    /**
     * @param zero compare with 0 (odd orders, whatever the theory knows) rather than the exact value
     * @return false, having added nothing, if some multiset has no exact value (theory not
     *         implemented)
     */
    static boolean add(MultisetStats family, Measurement m, boolean zero, int... orders) {
        if (!zero) {
            for (int order : orders) {
                for (OrderResult r : m.order(order)) {
                    if (r.multisets().stream().anyMatch(ms -> ms.exact() == null)) {
                        return false;
                    }
                }
            }
        }
        for (int order : orders) {
            for (OrderResult r : m.order(order)) {
                Optional<ExactMoments> exact = m.spec().arch() == Architecture.GAUSS ? m.exact(r.width()) : Optional.empty();
                for (MultisetResult ms : r.multisets()) {
                    double expected = zero ? 0 : ms.exact();
                    String where = m.label() + " N=" + r.width() + " " + Arrays.toString(ms.points());
                    if (exact.isPresent()) {
                        double se = ExactErrors.ofMean(ExactErrors.memoised(m, r.width()), m.points(ms.points()), m.networks());
                        family.addZ((ms.mean() - expected) / se, where);
                    } else {
                        family.addT((ms.mean() - expected) / ms.stderr(), m.spec().bags(), where);
                    }
                }
            }
        }
        return true;
    }
}

package org.nnqft.verification.claims;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.nnqft.numerics.analysis.MultisetResult;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.moments.MomentLayout;
import org.nnqft.numerics.moments.MomentSums;
import org.nnqft.numerics.spec.Architecture;
import org.nnqft.numerics.spec.Estimator;
import org.nnqft.verification.Measurement;

/**
 * Adds every multiset of some orders of one measurement to a family of "mean = exact" tests, each
 * with a p-value that is a proven bound at every tail, so that Holm's thresholds near 1e-8 mean what
 * they say for the heavy-tailed products of these ensembles:
 * <ul>
 *   <li>an odd order whose squared product the run also summed (orders 1 and 3 of a run to order 6):
 *       the self-normalised sum over networks, {@link SymmetricSumBound} (uses the f -> -f symmetry);
 *   <li>every other member: the median of the bag means against a standard deviation that is exact
 *       (gauss and relu at every order, erf to order 4) or a proven bound (erf above order 4,
 *       {@link ErfProductBound}), {@link MedianOfMeansBound}.
 * </ul>
 * Both assume independent networks and bags; bags whose sums are bit for bit identical break that,
 * and are a rejected member of their own.
 */
final class ExactFamily {
    /** Above this order the erf-net's exact 2n-point variance costs minutes; its proven bound is used instead. */
    static final int ERF_EXACT_VARIANCE_MAX_ORDER = 4;

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
        var spec = m.spec();
        if (spec.estimator() != Estimator.PLAIN) {
            // a conditional estimate is no product of outputs: neither its symmetry nor its exact variance is the plain one's
            throw new IllegalArgumentException("the multiset claims read plain-estimator runs, not " + spec.estimator());
        }
        MomentLayout layout = m.sums().layout();
        // the f -> -f symmetry and the erf bound's largest kernel both hold at zero weight and bias means only
        boolean zeroMeans = spec.zeroMeans();
        for (int order : orders) {
            boolean symmetric = zeroMeans && order % 2 == 1 && zero && IntStream.of(spec.orders()).anyMatch(o -> o == 2 * order);
            boolean bounded = zeroMeans && spec.arch() == Architecture.ERF && order > ERF_EXACT_VARIANCE_MAX_ORDER;
            for (OrderResult r : m.order(order)) {
                MomentSums[] bags = m.bags(r.width());
                identicalBags(family, bags, layout, order, m.label() + " N=" + r.width());
                for (MultisetResult ms : r.multisets()) {
                    String where = m.label() + " N=" + r.width() + " " + Arrays.toString(ms.points());
                    int id = layout.id(ms.points());
                    if (symmetric) {
                        double sum = total(bags, id);
                        double squares = total(bags, layout.id(doubled(ms.points())));
                        family.addSymmetric(SymmetricSumBound.statistic(sum, squares), SymmetricSumBound.pValue(sum, squares),
                                where);
                        continue;
                    }
                    double expected = zero ? 0 : ms.exact();
                    double[] means = Arrays.stream(bags).mapToDouble(b -> b.mean(id)).toArray();
                    if (!bounded && m.exact(r.width()).isEmpty()) {
                        // non-zero means: no exact variance, so no bound holds; counted, never passed silently
                        family.addUntested();
                        continue;
                    }
                    double bagSd = bounded ? ErfProductBound.sd(order, spec.sigmaW(), spec.sigmaB()) / Math.sqrt(spec.nets())
                            : ExactErrors.ofMean(ExactErrors.memoised(m, r.width()), m.points(ms.points()), spec.nets());
                    if (!(bagSd > 0)) {
                        // G^(2n) - G^(n)^2 rounded to 0: no scale to test against, so untested rather than a sure FAIL
                        family.addUntested();
                        continue;
                    }
                    family.addMedian(MedianOfMeansBound.statistic(means, expected, bagSd),
                            MedianOfMeansBound.pValue(means, expected, bagSd), bounded, where);
                }
            }
        }
        return true;
    }

    /** Identical bags mean the stream ignored the bag: no test above holds then, so it is a rejection. */
    private static void identicalBags(MultisetStats family, MomentSums[] bags, MomentLayout layout, int order, String where) {
        Map<String, Integer> seen = new HashMap<>();
        for (int b = 0; b < bags.length; b++) {
            MomentSums bag = bags[b];
            double[] sums = IntStream.range(layout.offset(order), layout.offset(order + 1)).mapToDouble(bag::sum).toArray();
            Integer other = seen.putIfAbsent(Arrays.toString(sums), b);
            if (other != null) {
                family.addRejection("bags " + other + " and " + b + " identical at order " + order + ", " + where);
                return;
            }
        }
    }

    private static double total(MomentSums[] bags, int id) {
        double s = 0;
        for (MomentSums b : bags) {
            s += b.sum(id);
        }
        return s;
    }

    private static int[] doubled(int[] points) {
        int[] d = new int[2 * points.length];
        for (int i = 0; i < points.length; i++) {
            d[2 * i] = points[i];
            d[2 * i + 1] = points[i];
        }
        return d;
    }

}

package org.nnqft.verification;

import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.nnqft.numerics.math.stats.Holm;

/**
 * Tests a family of t-statistics at once, each H0: "this multiset's estimate equals its expected
 * value", so that the chance of any false alarm over the whole family is at most {@code alpha}
 * (Holm, Scand. J. Statist. 6, 1979). Each statistic is Student-t with bags - 1 degrees of freedom,
 * because its standard error comes from the spread of that many bags.
 *
 * <p>For the family's verdict, Holm and Bonferroni agree: Holm rejects anything only if its
 * smallest p-value is below alpha / m. Holm's step-down gives the count of rejected members.
 *
 * @param members  number of statistics tested
 * @param worstT   the largest |t|
 * @param minP     the smallest two-sided p-value
 * @param rejected how many members Holm's procedure rejects
 * @param alpha    the family-wise false-alarm rate
 */
public record FamilyTest(int members, double worstT, double minP, int rejected, double alpha) {

    public static FamilyTest of(double[] t, int degreesOfFreedom, double alpha) {
        return of(t, new TDistribution(degreesOfFreedom), alpha);
    }

    private static FamilyTest of(double[] t, RealDistribution dist, double alpha) {
        double[] p = new double[t.length];
        double worst = 0;
        for (int i = 0; i < t.length; i++) {
            worst = Math.max(worst, Math.abs(t[i]));
            p[i] = twoSided(t[i], dist);
        }
        return ofPValues(p, worst, alpha);
    }

    /** The two-sided p-value of a statistic with the given null distribution (symmetric about 0). */
    public static double twoSided(double t, RealDistribution dist) {
        return 2 * dist.cumulativeProbability(-Math.abs(t));
    }

    /** Holm over p-values computed elsewhere (members of mixed kinds); worst is the largest |statistic|. */
    public static FamilyTest ofPValues(double[] pValues, double worst, double alpha) {
        double[] p = pValues.clone();
        for (int i = 0; i < p.length; i++) {
            // a NaN p-value (a statistic that could not be formed) is evidence against H0, never a pass:
            // left NaN, Holm would count it untested and it would escape every threshold
            p[i] = Double.isNaN(p[i]) ? 0 : p[i];
        }
        double min = p.length == 0 ? 1 : Double.POSITIVE_INFINITY;
        for (double q : p) {
            min = Math.min(min, q);
        }
        int rejected = Holm.rejected(p, alpha);
        return new FamilyTest(p.length, worst, min, rejected, alpha);
    }

    public boolean passes() {
        return rejected == 0;
    }

    /** One line for a report. */
    public String evidence() {
        return String.format("%d multisets, worst |t| = %.2f, min p = %.2g, Holm rejects %d at family-wise %.0e",
                members, worstT, minP, rejected, alpha);
    }
}

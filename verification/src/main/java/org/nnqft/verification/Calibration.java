package org.nnqft.verification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongFunction;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.nnqft.verification.claims.Claim;
import org.nnqft.verification.tiers.Plan;

/**
 * A stated false-alarm rate measured rather than assumed (docs/theory.md 6): the claims run on many
 * independent seeds of correct code at reduced size. Under each member test's null its p-value is
 * uniform, so the pooled p-values of a claim must pass a Kolmogorov-Smirnov test against U(0, 1),
 * and the number of members rejected at level 0.01 must lie in its binomial 99.9% interval. A claim
 * whose p-values are proven bounds ({@link Claim#pValuesAreBounds()}) promises only P(p <= a) <= a:
 * its check is one-sided, the largest excess of the empirical distribution over the diagonal
 * (Smirnov's D+, with the Dvoretzky-Kiefer-Wolfowitz-Massart bound exp(-2 n D+^2) as its p-value),
 * and rejections at 0.01 below the interval's upper end.
 *
 * <p>Members of one seed share networks (the multisets of one run, the sigma_W of one sweep), so
 * pooled p-values are uniform but not independent; the KS p-value assumes independence and is
 * therefore too small where members are strongly correlated: a low KS p is a reason to look, the
 * FAIL count is the rate itself.
 */
public final class Calibration {
    /** The level at which members' rejections are counted. */
    public static final double LEVEL = 0.01;
    /** The binomial interval's coverage. */
    public static final double COVERAGE = 0.999;

    private Calibration() {
    }

    /**
     * One claim over all seeds.
     *
     * @param claim        the claim's name
     * @param seeds        how many seeds it ran on
     * @param failures     how many of them it FAILED (correct code: each one is a false alarm)
     * @param inconclusive how many were INCONCLUSIVE
     * @param members      pooled member p-values
     * @param ksP          KS p-value of the pooled p-values against U(0, 1); null with fewer than two members
     * @param ksNote       why ksP is null, or null
     * @param rejected     members with p < {@link #LEVEL}
     * @param low          the binomial(members, LEVEL) 99.9% interval's lower end
     * @param high         its upper end
     * @param bounds       whether the p-values are proven bounds, checked one-sided (ksP is then D+'s bound)
     * @param alarms       every FAIL: its seed and the numbers that decided it, so a false alarm can be rerun and explained
     */
    public record Row(String claim, int seeds, int failures, int inconclusive, int members, Double ksP, String ksNote,
            int rejected, int low, int high, boolean bounds, List<Alarm> alarms) {

        public Row {
            alarms = List.copyOf(alarms);
        }

        /**
         * Whether the rejections lie in their interval (for bounds: not above it) and the KS test does not
         * reject at {@code ksLevel}.
         */
        public boolean uniform(double ksLevel) {
            return members > 0 && ksP != null && ksP >= ksLevel && (bounds || rejected >= low) && rejected <= high;
        }

        /** One row of a Markdown table, as the README shows it. */
        public String markdown() {
            String ks = ksP == null ? "n/a (" + ksNote + ")" : String.format("%.3g%s", ksP, bounds ? " (D+)" : "");
            return String.format("| %s | %d | %d | %d | %d | %s | %d | [%d, %d] |", claim, seeds, failures, inconclusive,
                    members, ks, rejected, low, high);
        }
    }

    /**
     * One FAIL of correct code.
     *
     * @param seed     the calibration seed number r (the plan's first seed is {@code Tier.calibration(r)}'s)
     * @param measured what the claim measured
     * @param evidence the numbers that decided the verdict
     * @param minP     the smallest member p-value; null where the claim has no calibrated member
     */
    public record Alarm(int seed, String measured, String evidence, Double minP) {
        /** One line for the console. */
        public String line(String claim) {
            return String.format("%s FAILED at seed r = %d (min member p %s): %s; %s", claim, seed,
                    minP == null ? "n/a, no calibrated member" : String.format("%.3g", minP), measured, evidence);
        }
    }

    /** The header of {@link Row#markdown()}. */
    public static String markdownHeader() {
        return "| claim | seeds | FAIL | INCONCLUSIVE | member p-values | KS p (uniform; D+ where bounds) | rejected at 0.01 | binomial 99.9% |\n"
                + "|---|---|---|---|---|---|---|---|";
    }

    /**
     * Runs every claim on {@code seeds} plans. {@code lab} makes a fresh lab for a plan; the
     * claims of one seed share its lab, as in one verification.
     *
     * @param afterSeed called after each seed with the seeds done, for progress
     */
    public static List<Row> run(List<Claim> claims, int seeds, LongFunction<Plan> plans,
            java.util.function.Function<Plan, Lab> lab, java.util.function.IntConsumer afterSeed) {
        int c = claims.size();
        int[] inconclusive = new int[c];
        List<List<double[]>> p = new ArrayList<>();
        List<List<Alarm>> alarms = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            p.add(new ArrayList<>());
            alarms.add(new ArrayList<>());
        }
        for (int r = 0; r < seeds; r++) {
            Lab l = lab.apply(plans.apply(r));
            for (int i = 0; i < c; i++) {
                ClaimResult result = claims.get(i).check(l);
                if (result.verdict() == Verdict.FAIL) {
                    OptionalDouble minP = Arrays.stream(result.pValues()).min();
                    alarms.get(i).add(new Alarm(r, result.measured(), result.evidence(),
                            minP.isPresent() ? minP.getAsDouble() : null));
                }
                inconclusive[i] += result.verdict() == Verdict.INCONCLUSIVE ? 1 : 0;
                p.get(i).add(result.pValues());
            }
            afterSeed.accept(r + 1);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            double[] pooled = p.get(i).stream().flatMapToDouble(Arrays::stream).toArray();
            rows.add(row(claims.get(i).name(), seeds, alarms.get(i), inconclusive[i], pooled, claims.get(i).pValuesAreBounds()));
        }
        return rows;
    }

    /** The statistics of one claim's pooled member p-values, exact ones (uniform under correct code). */
    public static Row row(String claim, int seeds, List<Alarm> alarms, int inconclusive, double[] pooled) {
        return row(claim, seeds, alarms, inconclusive, pooled, false);
    }

    /** The statistics of one claim's pooled member p-values; {@code bounds} for proven bounds (super-uniform). */
    public static Row row(String claim, int seeds, List<Alarm> alarms, int inconclusive, double[] pooled, boolean bounds) {
        int n = pooled.length;
        int failures = alarms.size();
        if (n == 0) {
            return new Row(claim, seeds, failures, inconclusive, 0, null, "no member p-values", 0, 0, 0, bounds, alarms);
        }
        // one p-value has no distribution to test (Hipparchus refuses it): null with the reason, never called uniform
        boolean untestable = !bounds && n < 2;
        Double ks = bounds ? Double.valueOf(excessOverUniform(pooled)) : untestable ? null
                // Hipparchus returns 1 - cdf, which can round to -2.2e-16 where the true p is 0
                : Double.valueOf(Math.max(0, new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                        new UniformRealDistribution(0, 1), pooled, false)));
        String note = untestable ? "one member p-value: no distribution to test" : null;
        int rejected = (int) Arrays.stream(pooled).filter(v -> v < LEVEL).count();
        BinomialDistribution binomial = new BinomialDistribution(n, LEVEL);
        double tail = (1 - COVERAGE) / 2;
        return new Row(claim, seeds, failures, inconclusive, n, ks, note, rejected, binomial.inverseCumulativeProbability(tail),
                binomial.inverseCumulativeProbability(1 - tail), bounds, alarms);
    }

    /**
     * The one-sided test of "too many small p-values": D+ = max_i (i / n - p_(i)), and its p-value bound
     * min(1, exp(-2 n D+^2)) (Massart, Ann. Probab. 18 (1990) 1269: valid for every n).
     */
    static double excessOverUniform(double[] pooled) {
        double[] p = pooled.clone();
        Arrays.sort(p);
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            d = Math.max(d, (i + 1.0) / p.length - p[i]);
        }
        return Math.min(1, Math.exp(-2 * p.length * d * d));
    }
}

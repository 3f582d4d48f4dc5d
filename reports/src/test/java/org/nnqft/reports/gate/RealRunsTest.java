package org.nnqft.reports.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnqft.reports.FalseAlarms;

/**
 * The gate on real data: ten {@code nnqft bench --profile smoke} runs of one unchanged jar,
 * recorded one after the other on the 2-vCPU AMD EPYC (AVX-512) host of 2026-12-02. Any
 * REGRESSION among them is a false alarm. The stated rate is the gate's: 1% family-wise per
 * comparison, at the default 10% minimum effect.
 *
 * <p>Two recordings (resources real-runs/, each with a README): {@link Recording#ROUNDS}, the
 * smoke profile as bench runs it now, five rounds of one fork of every benchmark, which must
 * keep the stated rate; and {@link Recording#CONSECUTIVE}, the profile before rounds, three
 * forks of a benchmark back to back, which shows that the rate test can fail: those forks shared
 * the host's slow or fast seconds, and Welch's test took a run's luck for a change.
 */
class RealRunsTest {
    static final int RUNS = 10;
    static final double ALPHA = 0.01;
    static final double MIN_EFFECT = 0.10;
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A recording of ten runs: its directory, benchmarks per run and forks per benchmark. */
    enum Recording {
        CONSECUTIVE("epyc-avx512-smoke", 4, 3),
        ROUNDS("epyc-avx512-smoke-rounds", 4, 5);

        final String directory;
        final int benchmarks;
        final int forks;

        Recording(String directory, int benchmarks, int forks) {
            this.directory = directory;
            this.benchmarks = benchmarks;
            this.forks = forks;
        }

        List<List<JmhResult>> runs() throws Exception {
            List<List<JmhResult>> runs = new ArrayList<>();
            for (int i = 1; i <= RUNS; i++) {
                String name = String.format("/real-runs/%s/run-%02d.json", directory, i);
                try (InputStream in = RealRunsTest.class.getResourceAsStream(name)) {
                    assertThat(in).as(name).isNotNull();
                    runs.add(JmhFiles.parse(Path.of(name), MAPPER.readTree(in)));
                }
            }
            return runs;
        }
    }

    static boolean regression(List<JmhResult> baseline, List<JmhResult> current) throws UnitMismatch {
        Comparison c = Comparison.of(Path.of("b"), baseline, Path.of("c"), current, MIN_EFFECT, ALPHA);
        return c.rows().stream().anyMatch(r -> r.verdict().equals("REGRESSION"));
    }

    static int bound(int n) {
        return FalseAlarms.bound(n, ALPHA);
    }

    @ParameterizedTest
    @EnumSource(Recording.class)
    void theRecordedRunsAreWhatTheTestsBelowAssume(Recording recording) throws Exception {
        for (List<JmhResult> run : recording.runs()) {
            assertThat(run).hasSize(recording.benchmarks);
            assertThat(run).allSatisfy(r -> assertThat(r.forks()).hasNumberOfRows(recording.forks));
        }
    }

    /**
     * Every ordered pair (baseline, current) of the ten runs in rounds: 90 comparisons. They share
     * runs, so they are not independent and the bound is a yardstick, not an exact test: what it
     * checks is that the gate, on this machine's real noise, does not flag often.
     */
    @Test
    void pairwiseComparisonsOfOneJarRarelyFlagARegression() throws Exception {
        int[] counts = pairwise(Recording.ROUNDS.runs());
        System.out.println("RealRunsTest: " + counts[1] + " of " + counts[0] + " ordered pairs of real runs flagged, bound "
                + bound(counts[0]));
        assertThat(counts[1]).isLessThanOrEqualTo(bound(counts[0]));
    }

    /** @return {pairs, pairs flagged} */
    static int[] pairwise(List<List<JmhResult>> runs) throws UnitMismatch {
        int pairs = 0;
        int alarms = 0;
        for (int b = 0; b < runs.size(); b++) {
            for (int c = 0; c < runs.size(); c++) {
                if (b != c) {
                    pairs++;
                    alarms += regression(runs.get(b), runs.get(c)) ? 1 : 0;
                }
            }
        }
        return new int[] {pairs, alarms};
    }

    /**
     * The noise test with real run-level shifts: a synthetic run takes, per benchmark, the run
     * mean of a real run drawn at random (its shift from the grand mean is real, not modelled)
     * and its fork means drawn from the real forks' relative deviations from their run's mean.
     * 1000 pairs of such runs; the gate should flag at most its stated rate. On demand
     * ({@code -Dnnqft.realruns=true}) because it fails: 41 of 1000 flagged with rounds (bound 21;
     * 81 with consecutive forks). Whole runs still shift (run 4's Wick forks all at 400 to 470 ns
     * against 290 to 310), which five forks of one run cannot show; see README, "Regression gate on
     * real runs".
     */
    @Test
    @EnabledIfSystemProperty(named = "nnqft.realruns", matches = "true")
    void runLevelShiftsDrawnFromRealRunsKeepTheStatedRate() throws Exception {
        int n = 1000;
        int alarms = flagged(Recording.ROUNDS, n, UnaryOperator.identity());
        System.out.println("RealRunsTest: real run shifts, " + alarms + " of " + n + " synthetic pairs flagged, bound "
                + bound(n));
        assertThat(alarms).isLessThanOrEqualTo(bound(n));
    }

    /**
     * Whole real runs drawn per benchmark: for each benchmark a baseline run and a different
     * current run of the ten (its run-level shift and its forks both real, nothing modelled), and
     * for each REGRESSION a re-run drawn from the remaining eight, as --confirm measures one
     * (Confirmation: alone, in rounds, judged against the same baseline with Holm over the
     * re-runs). Measured over 1000 draws: 27 flagged before confirmation, 0 after, against the
     * stated 1% (bound 21). Most first alarms are simdWickEven's run 4, slow in all five forks:
     * one slow run is common on this host, two independent ones are rare.
     */
    @Test
    void confirmationKeepsTheStatedRateOnWholeRealRuns() throws Exception {
        List<List<JmhResult>> runs = Recording.ROUNDS.runs();
        int n = 1000;
        int first = 0;
        int confirmed = 0;
        for (int seed = 0; seed < n; seed++) {
            Random r = new Random(seed);
            List<JmhResult> base = new ArrayList<>();
            List<JmhResult> cur = new ArrayList<>();
            int[][] used = new int[runs.getFirst().size()][];
            for (int j = 0; j < used.length; j++) {
                int b = r.nextInt(RUNS);
                int c = other(r, b);
                used[j] = new int[] {b, c};
                base.add(runs.get(b).get(j));
                cur.add(runs.get(c).get(j));
            }
            List<Comparison.Pair> reruns = new ArrayList<>();
            Comparison cmp = Comparison.of(Path.of("b"), base, Path.of("c"), cur, MIN_EFFECT, ALPHA);
            for (int j = 0; j < cmp.rows().size(); j++) {
                if (cmp.rows().get(j).verdict().equals("REGRESSION")) {
                    int m = other(r, used[j][0], used[j][1]);
                    reruns.add(new Comparison.Pair(base.get(j), runs.get(m).get(j)));
                }
            }
            first += reruns.isEmpty() ? 0 : 1;
            confirmed += Comparison.rows(reruns, MIN_EFFECT, ALPHA).stream()
                    .anyMatch(row -> row.verdict().equals("REGRESSION")) ? 1 : 0;
        }
        System.out.println("RealRunsTest: whole real runs, " + first + " of " + n + " comparisons flagged, " + confirmed
                + " after --confirm, bound " + bound(n));
        assertThat(confirmed).isLessThanOrEqualTo(bound(n));
        assertThat(first).as("without confirmation the rate is broken: the test above is needed")
                .isGreaterThan(bound(n));
    }

    /** A run index of the ten other than {@code taken}. */
    static int other(Random r, int... taken) {
        while (true) {
            int i = r.nextInt(RUNS);
            if (java.util.Arrays.stream(taken).noneMatch(t -> t == i)) {
                return i;
            }
        }
    }

    /**
     * The same test fails on the runs whose forks ran back to back: the rate test can fail, and
     * what it rejected there is what rounds fixed.
     */
    @Test
    void consecutiveForksBreakTheStatedRate() throws Exception {
        int n = 1000;
        int alarms = flagged(Recording.CONSECUTIVE, n, UnaryOperator.identity());
        System.out.println("RealRunsTest: consecutive forks, " + alarms + " of " + n + " synthetic pairs flagged, bound "
                + bound(n));
        assertThat(alarms).isGreaterThan(bound(n));
    }

    /** The same resampling with a planted slowdown of one benchmark: the gate must see it. */
    @Test
    void aThirtyPercentSlowdownIsFoundAgainstRealNoise() throws Exception {
        int n = 200;
        int found = flagged(Recording.ROUNDS, n, cur -> {
            cur.set(2, scaled(cur.get(2), 1.3));
            return cur;
        });
        System.out.println("RealRunsTest: 30% slowdown of simdProductsEven found in " + found + " of " + n);
        assertThat(found).isGreaterThan(n / 2);
    }

    /** Of n resampled pairs (seeds 0 .. n-1), how many the gate flags, {@code plant} applied to the current side. */
    static int flagged(Recording recording, int n, UnaryOperator<List<JmhResult>> plant) throws Exception {
        List<List<JmhResult>> runs = recording.runs();
        int count = 0;
        for (int seed = 0; seed < n; seed++) {
            Random r = new Random(seed);
            List<JmhResult> base = resampled(runs, recording.forks, r);
            count += regression(base, plant.apply(resampled(runs, recording.forks, r))) ? 1 : 0;
        }
        return count;
    }

    static List<JmhResult> resampled(List<List<JmhResult>> runs, int forkCount, Random r) throws Exception {
        List<JmhResult> out = new ArrayList<>();
        for (int j = 0; j < runs.getFirst().size(); j++) {
            double runMean = mean(runs.get(r.nextInt(runs.size())).get(j).forkMeans());
            double[][] forks = new double[forkCount][1];
            for (int f = 0; f < forks.length; f++) {
                double[] donor = runs.get(r.nextInt(runs.size())).get(j).forkMeans();
                forks[f][0] = runMean * donor[r.nextInt(donor.length)] / mean(donor);
            }
            out.add(withForks(runs.getFirst().get(j), forks));
        }
        return out;
    }

    static JmhResult scaled(JmhResult x, double factor) {
        double[][] forks = new double[x.forks().length][];
        for (int f = 0; f < forks.length; f++) {
            forks[f] = x.forks()[f].clone();
            for (int i = 0; i < forks[f].length; i++) {
                forks[f][i] *= factor;
            }
        }
        return withForks(x, forks);
    }

    /** A result like {@code like} with these forks, through JMH's own JSON so the parser sees it. */
    static JmhResult withForks(JmhResult like, double[][] forks) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("benchmark", like.key().benchmark()).put("mode", like.key().mode()).put("forks", forks.length);
        if (!like.key().params().isEmpty()) {
            ObjectNode p = o.putObject("params");
            like.key().params().forEach(p::put);
        }
        double sum = 0;
        int count = 0;
        ObjectNode metric = o.putObject("primaryMetric");
        ArrayNode data = metric.putArray("rawData");
        for (double[] f : forks) {
            ArrayNode a = data.addArray();
            for (double v : f) {
                a.add(v);
                sum += v;
                count++;
            }
        }
        metric.put("score", sum / count).put("scoreError", Double.NaN).put("scoreUnit", like.unit());
        try {
            return JmhFiles.parse(Path.of("resampled"), MAPPER.createArrayNode().add(o)).getFirst();
        } catch (BadJmhFile e) {
            throw new IllegalStateException("a resampled result the parser refuses", e);
        }
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}

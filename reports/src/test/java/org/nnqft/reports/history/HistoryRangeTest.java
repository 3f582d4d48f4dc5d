package org.nnqft.reports.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.nnqft.reports.gate.Comparison;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.gate.SyntheticJmh;
import org.nnqft.reports.gate.SyntheticJmh.Bench;

/**
 * A history side's sample. Runs of unchanged code that differ by more than their forks (3% per run,
 * 0.5% per fork): history:3 against history:3,skip=3 must hold the stated 1% false-alarm rate
 * (two-sided, any verdict, no minimum effect), which only a sample of one value per run can.
 */
class HistoryRangeTest {
    static final int TRIALS = 1000;
    static final double STATED = 0.01;

    /** The largest count of TRIALS a true rate of STATED reaches with probability at least 0.001. */
    static int bound() {
        BinomialDistribution b = new BinomialDistribution(TRIALS, STATED);
        int k = 0;
        while (1 - b.cumulativeProbability(k) >= 0.001) {
            k++;
        }
        return k;
    }

    static List<RecordedRun> runs(Random r, long seed, int count, double runShift) {
        Bench bench = SyntheticJmh.suite().getFirst().withNoise(0.01, 0.005);
        List<RecordedRun> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Bench shifted = bench.scaled(1 + runShift * r.nextGaussian());
            runs.add(new RecordedRun(i + 1, "2026-01-01T00:00:0" + i + "Z", "c" + i, null, null,
                    SyntheticJmh.json(seed * count + i, List.of(shifted)).toString()));
        }
        return runs;
    }

    @Test
    void severalRunsAreOneValuePerRunAndHoldTheRateWhenRunsDisagree() throws Exception {
        int alarms = 0;
        for (int t = 0; t < TRIALS; t++) {
            List<RecordedRun> all = runs(new Random(t), t, 6, 0.03);
            List<JmhResult> base = HistoryRange.pooled(new HistoryRange(3, 3).select(all, "h"));
            List<JmhResult> cur = HistoryRange.pooled(new HistoryRange(3, 0).select(all, "h"));
            List<Comparison.Pair> pairs = List.of(new Comparison.Pair(base.getFirst(), cur.getFirst()));
            if (!Comparison.rows(pairs, 0, STATED).getFirst().verdict().equals("no change")) {
                alarms++;
            }
        }
        System.out.println("HistoryRangeTest: 3 runs against 3, 3% run shifts, 0.5% fork noise: " + alarms + " of "
                + TRIALS + " flagged, bound " + bound());
        assertThat(alarms).isLessThanOrEqualTo(bound());
    }

    @Test
    void oneRunIsItsForks() throws Exception {
        List<RecordedRun> all = runs(new Random(1), 1, 2, 0.03);
        JmhResult one = HistoryRange.pooled(new HistoryRange(1, 0).select(all, "h")).getFirst();
        JmhResult two = HistoryRange.pooled(new HistoryRange(2, 0).select(all, "h")).getFirst();
        assertThat(one.forks()).hasNumberOfRows(SyntheticJmh.FORKS);
        assertThat(one.forkMeans()).containsExactly(Series.of(all.subList(1, 2)).getFirst().points().getFirst()
                .result().forkMeans());
        assertThat(two.forkMeans()).hasSize(2);
        double[] first = Series.of(all.subList(0, 1)).getFirst().points().getFirst().result().forkMeans();
        assertThat(two.forkMeans()[0]).isEqualTo(java.util.Arrays.stream(first).average().orElseThrow());
    }
}

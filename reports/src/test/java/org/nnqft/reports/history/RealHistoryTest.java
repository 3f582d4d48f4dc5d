package org.nnqft.reports.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnqft.reports.FalseAlarms;
import org.nnqft.reports.gate.BestFork;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.gate.JmhResult;

/**
 * Change points on the real smoke runs in rounds (resources real-runs/epyc-avx512-smoke-rounds:
 * ten runs of one jar and one planted run whose simdDoubleBoxMuller does 20% more work). The
 * runs of one jar are exchangeable, so every order of them is a series without a change: over
 * random orders the change points found are false alarms, with real run-to-run noise instead of
 * ChangePointsTest's Gaussian model. Its stated rate at 10 runs (window 50, p 0.001) is a change
 * point anywhere in at most 3% of series.
 */
class RealHistoryTest {
    static final String DIR = "/real-runs/epyc-avx512-smoke-rounds/";
    static final int ORDERS = 1000;
    static final int BOX_MULLER = 1;
    static final int WICK_EVEN = 3;
    /** The run (index) whose simdWickEven forks were all slow: 396 ns best fork against 289 to 304. */
    static final int SLOW_WICK_RUN = 3;

    static List<JmhResult> read(String name) throws Exception {
        try (InputStream in = RealHistoryTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            return JmhFiles.parse(Path.of(name), new ObjectMapper().readTree(in));
        }
    }

    /** Benchmark j's best fork in each of the ten runs, in recorded order. */
    static double[][] bestForks() throws Exception {
        double[][] x = new double[4][10];
        for (int i = 0; i < 10; i++) {
            List<JmhResult> run = read(String.format("run-%02d.json", i + 1));
            assertThat(run).hasSize(4);
            for (int j = 0; j < 4; j++) {
                x[j][i] = BestFork.of(run.get(j));
            }
        }
        return x;
    }

    static double[] shuffled(double[] x, Random r) {
        double[] q = x.clone();
        for (int i = q.length - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            double t = q[i];
            q[i] = q[k];
            q[k] = t;
        }
        return q;
    }

    static double[] without(double[] x, int skip) {
        double[] y = new double[x.length - 1];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (i != skip) {
                y[k++] = x[i];
            }
        }
        return y;
    }

    static List<ChangePoint> find(double[] x) {
        return ChangePoints.find(x, ChangePoints.DEFAULT_WINDOW, ChangePoints.DEFAULT_P_VALUE, 0);
    }

    /** Of {@link #ORDERS} random orders of {@code x}, how many get a change point. */
    static int alarms(double[] x, long seed) {
        Random r = new Random(seed);
        int n = 0;
        for (int t = 0; t < ORDERS; t++) {
            n += find(shuffled(x, r)).isEmpty() ? 0 : 1;
        }
        return n;
    }

    /**
     * Forward pass, Box-Muller and products: no order of their ten runs gets a change point
     * (measured 0 of 1000 each). The bound is the stated 3% over the 3000 series.
     */
    @Test
    void ordersOfTheStableBenchmarksKeepTheStatedRate() throws Exception {
        double[][] x = bestForks();
        int total = 0;
        for (int j = 0; j < 3; j++) {
            int a = alarms(x[j], j);
            System.out.println("RealHistoryTest: benchmark " + j + ", " + a + " of " + ORDERS + " orders with a change point");
            total += a;
        }
        assertThat(total).isLessThanOrEqualTo(FalseAlarms.bound(3 * ORDERS, 0.03));
    }

    /**
     * simdWickEven's run 4 was slow in every fork (+33%): a one-run outlier of the host, not of
     * the jar. Ordered at random it makes change points in 41% of series (measured 406 of 1000),
     * and in 11% the last one is a slowdown (the outlier last, which no method can tell from a
     * regression until the next run). Without that run its nine runs keep the rate: the heavy
     * tail is that one run.
     */
    @Test
    void theWickOutlierRunIsWhatBreaksTheRate() throws Exception {
        double[] wick = bestForks()[WICK_EVEN];
        int with = alarms(wick, 7);
        int withoutOutlier = alarms(without(wick, SLOW_WICK_RUN), 7);
        System.out.println("RealHistoryTest: simdWickEven, " + with + " of " + ORDERS + " orders with a change point; "
                + withoutOutlier + " without run 4");
        assertThat(with).isGreaterThan(FalseAlarms.bound(ORDERS, 0.03));
        assertThat(withoutOutlier).isLessThanOrEqualTo(FalseAlarms.bound(ORDERS, 0.03));
    }

    /**
     * The planted run after any order of the ten: its Box-Muller best fork (+15.1%, 6 standard
     * deviations of the ten) is a change point at the last run in every order, and the only one
     * in Box-Muller's series.
     */
    @Test
    void thePlantedSlowdownIsFoundAfterEveryOrder() throws Exception {
        double planted = BestFork.of(read("planted.json").get(BOX_MULLER));
        double[] bm = bestForks()[BOX_MULLER];
        Random r = new Random(11);
        int found = 0;
        for (int t = 0; t < ORDERS; t++) {
            double[] x = java.util.Arrays.copyOf(shuffled(bm, r), 11);
            x[10] = planted;
            List<ChangePoint> c = find(x);
            found += c.size() == 1 && c.getFirst().index() == 10 && c.getFirst().relativeChange() > 0.1 ? 1 : 0;
        }
        System.out.println("RealHistoryTest: planted Box-Muller slowdown found alone at run 11 in " + found + " of " + ORDERS);
        assertThat(found).isEqualTo(ORDERS);
    }

    /** The run means, the statistic history tracked before, miss the planted run: why it tracks the best fork. */
    @Test
    void runMeansMissThePlantedSlowdown() throws Exception {
        List<Double> means = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            means.add(read(String.format("run-%02d.json", i)).get(BOX_MULLER).score());
        }
        means.add(read("planted.json").get(BOX_MULLER).score());
        assertThat(find(means.stream().mapToDouble(Double::doubleValue).toArray())).isEmpty();
    }
}

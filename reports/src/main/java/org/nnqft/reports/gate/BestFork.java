package org.nnqft.reports.gate;

import java.util.Arrays;

/**
 * A run's best fork: the lowest fork mean for a time, the highest for a rate. History tracks it
 * rather than the run's mean because on a shared host a slow stretch slows some forks of a run
 * and not others, while the best fork is what the code does when nothing disturbs it. Measured on
 * the ten real smoke runs in rounds (README, "Regression gate on real runs"): the run-to-run
 * coefficient of variation is 2.0 to 2.5% for the best fork against 4.5 to 9.8% for the mean.
 * What it cannot see is a change that slows only some forks (a JIT decision taken one way in a
 * few JVMs): compare, which tests every fork mean, is the check for that.
 */
public final class BestFork {
    private BestFork() {
    }

    public static double of(JmhResult r) {
        double[] m = r.forkMeans();
        return Direction.of(r.unit(), r.key().mode()) == Direction.LOWER_IS_BETTER
                ? Arrays.stream(m).min().orElseThrow()
                : Arrays.stream(m).max().orElseThrow();
    }
}

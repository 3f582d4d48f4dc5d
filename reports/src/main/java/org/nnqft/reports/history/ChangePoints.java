package org.nnqft.reports.history;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Change points of a series by the method of Apache Otava (formerly Hunter; Fleming et al.,
 * ICPE 2023): E-Divisive means finds candidates, Student's t-test decides them.
 * <ol>
 * <li>Split: windows of {@code window} points, half a window apart; in each, the best E-Divisive
 * candidate over the segments is tested, and kept while significant at a relaxed p-value (10x the
 * final one below 0.05). The union over the windows are the weak change points.</li>
 * <li>Merge: each point is tested again between its neighbours over the whole series; the
 * weakest (the largest p-value) is dropped and the rest re-tested, until every point left is
 * significant at {@code maxPValue} and larger than {@code minMagnitude}.</li>
 * </ol>
 * Two departures from Otava, each for a planted change it missed (ChangePointsTest): the split
 * step tests a candidate between its own two segments, X = [from, tau) and Y = [tau, kappa), not
 * between everything either side of tau, which mixes in the next change and hides a step followed
 * by another; and the merge step drops an untestable point (a single run between two neighbours,
 * no degrees of freedom, p = 1) only when no testable one is insignificant, since otherwise a
 * slowdown in the newest run falls to a noise point just before it.
 * The p-values are those of the final test: since the candidate is the best split there is, they
 * are smaller than a fixed split's would be, and the false-alarm rate per series is measured
 * (ChangePointsTest), not read off them.
 */
public final class ChangePoints {
    /** Runs per window of the split step, as nnqft history and the report use unless told. */
    public static final int DEFAULT_WINDOW = 50;
    /** A change point's largest p-value, as nnqft history and the report use unless told. */
    public static final double DEFAULT_P_VALUE = 0.001;

    private ChangePoints() {
    }

    /** @return the change points, by index */
    public static List<ChangePoint> find(double[] x, int window, double maxPValue, double minMagnitude) {
        if (window < 2) {
            throw new IllegalArgumentException("window " + window + " < 2");
        }
        double firstPass = maxPValue < 0.05 ? maxPValue * 10 : maxPValue < 0.5 ? maxPValue * 2 : maxPValue;
        return merge(x, split(x, window, firstPass), maxPValue, minMagnitude);
    }

    static List<Integer> split(double[] x, int window, double pValue) {
        TreeSet<Integer> weak = new TreeSet<>();
        int step = window / 2;
        int start = 0;
        while (start < x.length) {
            int end = Math.min(start + window, x.length);
            List<Integer> found = inWindow(x, start, end, pValue);
            int last = found.isEmpty() ? 0 : found.getLast();
            weak.addAll(found);
            start = Math.max(last, start + step);
        }
        return new ArrayList<>(weak);
    }

    /** Divisive: split the segment with the best candidate while its split is significant. */
    private static List<Integer> inWindow(double[] x, int from, int to, double pValue) {
        TreeSet<Integer> points = new TreeSet<>();
        while (true) {
            int[] bounds = bounds(points, from, to);
            EDivisive.Candidate best = null;
            int segment = -1;
            for (int s = 0; s + 1 < bounds.length; s++) {
                EDivisive.Candidate c = EDivisive.candidate(x, bounds[s], bounds[s + 1]);
                if (c != null && (best == null || c.q() > best.q())) {
                    best = c;
                    segment = s;
                }
            }
            if (best == null || SegmentTest.at(x, bounds[segment], best.index(), best.end()).pValue() > pValue) {
                return new ArrayList<>(points);
            }
            points.add(best.index());
        }
    }

    private static List<ChangePoint> merge(double[] x, List<Integer> weak, double maxPValue, double minMagnitude) {
        List<Integer> points = new ArrayList<>(weak);
        while (!points.isEmpty()) {
            List<ChangePoint> tested = tested(x, points);
            int weakest = -1;
            for (int i = 0; i < tested.size(); i++) {
                if (testable(x, points, i) && (weakest < 0 || tested.get(i).pValue() > tested.get(weakest).pValue())) {
                    weakest = i;
                }
            }
            if (weakest < 0 || tested.get(weakest).pValue() <= maxPValue) {
                for (int i = 0; i < tested.size(); i++) {
                    if (!testable(x, points, i)) {
                        weakest = i;
                        break;
                    }
                }
            }
            if (tested.get(weakest).pValue() <= maxPValue) {
                // all significant: the smallest change goes if it is below the minimum
                for (int i = 0; i < tested.size(); i++) {
                    if (tested.get(i).magnitude() < tested.get(weakest).magnitude()) {
                        weakest = i;
                    }
                }
                if (tested.get(weakest).magnitude() >= minMagnitude) {
                    return tested;
                }
            }
            points.remove(weakest);
        }
        return List.of();
    }

    /** Whether the point's test has a degree of freedom: three or more runs between its neighbours. */
    private static boolean testable(double[] x, List<Integer> points, int i) {
        int from = i == 0 ? 0 : points.get(i - 1);
        int to = i + 1 == points.size() ? x.length : points.get(i + 1);
        return to - from >= 3;
    }

    /** Each point tested between its neighbours (or the series' ends). */
    static List<ChangePoint> tested(double[] x, List<Integer> points) {
        List<ChangePoint> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int from = i == 0 ? 0 : points.get(i - 1);
            int to = i + 1 == points.size() ? x.length : points.get(i + 1);
            out.add(SegmentTest.at(x, from, points.get(i), to));
        }
        return out;
    }

    private static int[] bounds(TreeSet<Integer> points, int from, int to) {
        int[] b = new int[points.size() + 2];
        b[0] = from;
        int k = 1;
        for (int p : points) {
            b[k++] = p;
        }
        b[k] = to;
        return b;
    }
}

package org.nnqft.reports.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward-pass benchmark's results of one JMH file, grouped as the backend comparison draws
 * them: one panel per (arch, estimator), one series per implementation, width on the x axis.
 */
final class ForwardPassTimes {
    static final String BENCHMARK = "org.nnqft.benchmarks.ForwardPassBenchmark";

    private ForwardPassTimes() {
    }

    /** A result of the forward-pass benchmark whose unit converts to ns per neuron-sample. */
    static boolean drawable(JmhResult r) {
        return r.benchmark().startsWith(BENCHMARK + ".") && r.params().containsKey("impl")
                && r.params().containsKey("width") && width(r) > 0 && r.nanosPerOp() > 0;
    }

    /** "arch, estimator" to its results, sorted by impl then width, in first-seen order. */
    static Map<String, List<JmhResult>> panels(List<JmhResult> results) {
        Map<String, List<JmhResult>> panels = new LinkedHashMap<>();
        results.stream().filter(ForwardPassTimes::drawable)
                .sorted(Comparator.comparing((JmhResult r) -> r.params().get("impl")).thenComparingInt(ForwardPassTimes::width))
                .forEach(r -> panels.computeIfAbsent(panel(r), k -> new java.util.ArrayList<>()).add(r));
        return panels;
    }

    static String panel(JmhResult r) {
        return r.params().getOrDefault("arch", "?") + ", " + r.params().getOrDefault("estimator", "?") + " estimator";
    }

    static int width(JmhResult r) {
        try {
            return Integer.parseInt(r.params().get("width"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

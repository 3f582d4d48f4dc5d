package org.nnqft.reports.report;

import org.nnqft.reports.gate.JmhResult;

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
        return r.key().benchmark().startsWith(BENCHMARK + ".") && r.key().params().containsKey("impl")
                && r.key().params().containsKey("width") && width(r) > 0 && nanosPerOp(r) > 0;
    }

    /** "arch, estimator" to its results, sorted by impl then width, in first-seen order. */
    static Map<String, List<JmhResult>> panels(List<JmhResult> results) {
        Map<String, List<JmhResult>> panels = new LinkedHashMap<>();
        results.stream().filter(ForwardPassTimes::drawable)
                .sorted(Comparator.comparing(ForwardPassTimes::impl).thenComparingInt(ForwardPassTimes::width))
                .forEach(r -> panels.computeIfAbsent(panel(r), k -> new java.util.ArrayList<>()).add(r));
        return panels;
    }

    static String panel(JmhResult r) {
        Map<String, String> p = r.key().params();
        return p.getOrDefault("arch", "?") + ", " + p.getOrDefault("estimator", "?") + " estimator";
    }

    static String impl(JmhResult r) {
        return r.key().params().get("impl");
    }

    /**
     * The score in nanoseconds per operation, or NaN for a unit that is not a time per operation
     * or operations per time. ForwardPassBenchmark counts one operation per neuron-sample, so this
     * is ns per neuron-sample there.
     */
    static double nanosPerOp(JmhResult r) {
        double time = timeScale(r.unit());
        if (!Double.isNaN(time)) {
            return r.score() * time;
        }
        double rate = rateScale(r.unit());
        return Double.isNaN(rate) ? Double.NaN : rate / r.score();
    }

    /** The score's error in ns per operation; for a rate, its relative error carried over. */
    static double nanosPerOpError(JmhResult r) {
        double scale = timeScale(r.unit());
        return Double.isNaN(scale) ? nanosPerOp(r) * r.scoreError() / r.score() : r.scoreError() * scale;
    }

    /** ns in one unit of "X/op". */
    private static double timeScale(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> Double.NaN;
        };
    }

    /** ns in the time of "ops/X". */
    private static double rateScale(String unit) {
        return switch (unit) {
            case "ops/ns" -> 1;
            case "ops/us" -> 1e3;
            case "ops/ms" -> 1e6;
            case "ops/s" -> 1e9;
            default -> Double.NaN;
        };
    }

    static int width(JmhResult r) {
        try {
            return Integer.parseInt(r.key().params().get("width"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

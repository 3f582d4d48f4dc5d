package org.nnqft.reports.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.engine.Timing;
import org.nnqft.numerics.spec.ExperimentSpec;

/** What a run prints on stdout: the spec up front, then the summary table and the timing. */
final class ConsoleReport {
    private static final String ROW = "%7s %3s  %12s  %12s  %12s  %9s  %-5s  %s%n";

    private ConsoleReport() {
    }

    static String header(String preset, ExperimentSpec s) {
        return header(preset, s, List.of(s.sigmaW()));
    }

    /** The header of a sweep: {@code s} with each of {@code sigmaW} in turn. */
    static String header(String preset, ExperimentSpec s, List<Double> sigmaW) {
        StringBuilder b = new StringBuilder();
        b.append(preset == null ? "nnqft: no preset, library defaults for options not given" : "nnqft: preset " + preset)
                .append('\n');
        b.append("  ensemble  ").append(s.arch().id()).append(" net, d_in ").append(s.dIn())
                .append(", sigma_W ")
                .append(sigmaW.stream().map(ConsoleReport::number).collect(Collectors.joining(" "))).append(", sigma_b ").append(number(s.sigmaB()))
                .append(", mu_W ").append(number(s.muW())).append(", mu_b ").append(number(s.muB())).append('\n');
        b.append("  inputs    k = ").append(s.k()).append(':')
                .append(Arrays.stream(s.inputs()).map(ConsoleReport::point).collect(Collectors.joining(" ", " ", "\n")));
        b.append("  widths    ").append(join(s.widths())).append('\n');
        b.append("  orders    ").append(join(s.orders())).append('\n');
        b.append("  sampling  ").append(s.bags()).append(" bags x ").append(s.nets()).append(" networks, seed ")
                .append(s.seed()).append(", ").append(s.estimator().id()).append(" estimator\n");
        b.append("  compute   ").append(s.backend()).append(" backend, ").append(s.precision().id())
                .append(" precision, ").append(s.rng().id()).append(" rng, ").append(s.threads())
                .append(s.threads() == 1 ? " thread\n" : " threads\n");
        return b.toString();
    }

    /**
     * One row per width and order, widths grouped by a blank line so each reads as its own table. Each row
     * says which standard error its z-scores divide by (exact, bags or mixed) and notes a bag spread known
     * to understate the error, and multisets whose m is undefined because G0 = 0.
     */
    static String table(List<OrderResult> results) {
        StringBuilder b = new StringBuilder("\n");
        b.append(String.format(Locale.ROOT, ROW, "N", "n", "mean |m|", "mean bkg", "mean m_exact", "mean |z|", "error",
                "note").stripTrailing()).append('\n');
        List<OrderResult> sorted = results.stream()
                .sorted(Comparator.comparingInt(OrderResult::width).thenComparingInt(OrderResult::order))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            OrderResult r = sorted.get(i);
            if (i > 0 && r.width() != sorted.get(i - 1).width()) {
                b.append('\n');
            }
            b.append(String.format(Locale.ROOT, ROW, r.width(), r.order(), sci(r.meanAbsM()),
                    sci(r.meanBackground()), sci(r.meanM() == null ? null : r.meanM().exact()), fixed(r.meanAbsZ()),
                    r.zErrors() == null ? "-" : r.zErrors(), note(r)).stripTrailing()).append('\n');
        }
        return b.append('\n').toString();
    }

    private static String note(OrderResult r) {
        List<String> notes = new java.util.ArrayList<>();
        if (r.bagsUnreliable()) {
            notes.add("bag spread unreliable (heavy tails)");
        }
        long undefined = r.undefinedCount();
        if (undefined > 0) {
            notes.add("m undefined for " + undefined + " of " + r.multisets().size() + " (G0 = 0)");
        }
        return String.join("; ", notes);
    }

    static String timing(Timing t) {
        return String.format(Locale.ROOT, "time    %.3f s, %d networks, %.3e neuron-samples/s%n",
                t.seconds(), t.networks(), t.neuronSamplesPerSecond());
    }

    /**
     * The backends side by side: neuron-samples per second and the ratio to simd with the suite's
     * stream (the first such run), on the same experiment.
     */
    static String backends(List<org.nnqft.numerics.engine.EnsembleSums> runs) {
        double simd = runs.stream()
                .filter(r -> r.spec().backend().equals("simd") && r.spec().rng() == org.nnqft.numerics.spec.Rng.SUITE)
                .mapToDouble(r -> r.timing().neuronSamplesPerSecond()).findFirst().orElse(Double.NaN);
        StringBuilder b = new StringBuilder("\nbackends, the same experiment on each (each timed after an untimed quarter of it)\n");
        String row = "%-8s %-7s %-9s %7s %10s %18s %8s%n";
        b.append(String.format(Locale.ROOT, row, "backend", "rng", "precision", "threads", "seconds", "neuron-samples/s", "vs simd"));
        for (var r : runs) {
            Timing t = r.timing();
            String ratio = Double.isNaN(simd) ? "-" : String.format(Locale.ROOT, "%.2fx", t.neuronSamplesPerSecond() / simd);
            b.append(String.format(Locale.ROOT, row, r.spec().backend(), r.spec().rng().id(), r.spec().precision().id(),
                    r.spec().threads(), String.format(Locale.ROOT, "%.3f", t.seconds()),
                    String.format(Locale.ROOT, "%.3e", t.neuronSamplesPerSecond()), ratio));
        }
        return b.toString();
    }

    static String resultPath(String resultPath) {
        return String.format(Locale.ROOT, "result  %s%n", resultPath);
    }

    static String sci(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3e", v);
    }

    private static String fixed(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String point(double[] p) {
        return Arrays.stream(p).mapToObj(ConsoleReport::number).collect(Collectors.joining(",", "(", ")"));
    }

    private static String join(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }

    /** 1 rather than 1.0: the header echoes what was typed. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

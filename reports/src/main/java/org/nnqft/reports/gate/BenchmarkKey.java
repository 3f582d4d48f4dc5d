package org.nnqft.reports.gate;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes two JMH results the same benchmark: its full name, its parameters and its mode. The
 * unit is not part of it, so that a changed unit shows up as a mismatch instead of as one
 * benchmark gone and another added.
 *
 * @param params sorted by name, so that equal keys print alike
 */
public record BenchmarkKey(String benchmark, Map<String, String> params, String mode) {

    public BenchmarkKey {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** Class.method [p=v, ...] mode: the package adds nothing on a terminal. */
    public String display() {
        String p = params.isEmpty() ? "" : params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", " [", "]"));
        return shortName() + p + " " + mode;
    }

    /** Class.method, without the package. */
    public String shortName() {
        return shortName(benchmark);
    }

    /** Class.method of a fully qualified benchmark method. */
    public static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }
}

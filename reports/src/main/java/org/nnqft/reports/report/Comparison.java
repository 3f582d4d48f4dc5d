package org.nnqft.reports.report;

import java.util.List;
import java.util.Map;

/**
 * What `nnqft compare` writes (kind "comparison"): each benchmark of the current run against the
 * baseline, with the change, its p-value and a verdict.
 *
 * @param added     benchmarks only the current run has, as display text
 * @param missing   benchmarks only the baseline has, as display text
 * @param confirmed whether the comparison counts as confirmed (a regression seen twice, say)
 */
public record Comparison(String baseline, String current, Double minEffect, Double alpha, List<Row> rows,
        List<String> added, List<String> missing, Boolean confirmed) {
    public static final String KIND = "comparison";

    /** One benchmark's comparison; numbers are null where the file has none. */
    public record Row(String benchmark, Map<String, String> params, String mode, String unit, Double baseline,
            Double baselineError, Double current, Double currentError, Double changePercent, Double pValue,
            String verdict) {
    }
}

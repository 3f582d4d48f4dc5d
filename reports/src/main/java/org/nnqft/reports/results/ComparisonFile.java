package org.nnqft.reports.results;

import java.util.List;
import java.util.Map;

/**
 * What `nnqft compare` found, for the HTML report and for CI to keep. The HTML report reads these
 * names: change them only with a schema bump.
 *
 * @param minEffect  the minimum worsening, as a fraction, that can be a regression
 * @param alpha      the family-wise false-alarm rate of the t-tests over all rows
 * @param correction how pValue is adjusted for the number of rows ("holm")
 * @param confirmed  whether --confirm re-ran the regressions (true even if there were none)
 */
public record ComparisonFile(String kind, int schema, String baseline, String current, double minEffect, double alpha,
        String correction, List<Row> rows, List<Listed> added, List<Listed> missing, boolean confirmed) {
    public static final String KIND = "comparison";
    public static final int SCHEMA = 1;

    /**
     * One benchmark in both files. Scores in the benchmark's unit; errors are JMH's 99.9%
     * half-widths (null when JMH had too few iterations); changePercent is current over baseline
     * minus one, in percent, whichever way is better; pValue is Welch's two-sided p after Holm,
     * null when a side had fewer than two iterations.
     *
     * @param verdict the final verdict: after a re-run, the re-run's
     * @param rerun   the --confirm re-run of a regression, else null
     */
    public record Row(String benchmark, Map<String, String> params, String mode, String unit, double baseline,
            Double baselineError, double current, Double currentError, double changePercent, Double pValue,
            String verdict, Rerun rerun) {

        public Row withRerun(Rerun r) {
            return new Row(benchmark, params, mode, unit, baseline, baselineError, current, currentError, changePercent,
                    pValue, r.verdict(), r);
        }
    }

    /** The re-run's current score against the same baseline, with Holm over the re-run set. */
    public record Rerun(double current, Double currentError, double changePercent, Double pValue, String verdict) {
    }

    /** A benchmark in only one of the two files. */
    public record Listed(String benchmark, Map<String, String> params, String mode, String unit) {
    }
}

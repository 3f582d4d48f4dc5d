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
    /** 2: pValue tests fork means (1 tested pooled iterations); the fork counts and CVs are new. */
    public static final int SCHEMA = 2;

    /**
     * One benchmark in both files. Scores in the benchmark's unit; errors are JMH's 99.9%
     * half-widths (null when JMH had too few iterations); changePercent is current over baseline
     * minus one, in percent, whichever way is better; pValue is Welch's two-sided p on the fork
     * means after Holm, null when a side had fewer than two forks.
     *
     * @param verdict       the final verdict: after a re-run, the re-run's
     * @param rerun         the --confirm re-run of a regression, else null
     * @param baselineForks how many JVM forks the baseline measured (null in schema 1)
     * @param baselineCv    the coefficient of variation of the baseline's fork means, null for one fork
     */
    public record Row(String benchmark, Map<String, String> params, String mode, String unit, double baseline,
            Double baselineError, double current, Double currentError, double changePercent, Double pValue,
            String verdict, Rerun rerun, Integer baselineForks, Integer currentForks, Double baselineCv,
            Double currentCv) {

        public Row withRerun(Rerun r) {
            return new Row(benchmark, params, mode, unit, baseline, baselineError, current, currentError, changePercent,
                    pValue, r.verdict(), r, baselineForks, currentForks, baselineCv, currentCv);
        }
    }

    /** The re-run's current score against the same baseline, with Holm over the re-run set. */
    public record Rerun(double current, Double currentError, double changePercent, Double pValue, String verdict) {
    }

    /** A benchmark in only one of the two files. */
    public record Listed(String benchmark, Map<String, String> params, String mode, String unit) {
    }
}

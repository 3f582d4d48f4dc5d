package org.nnqft.reports.results;

import java.util.List;
import org.nnqft.numerics.analysis.OrderResult;
import org.nnqft.numerics.engine.EnsembleSums;

/**
 * The JSON result file of one run (fields: README, "How to read the outputs"). Reports and the regression gate
 * read only these files, never in-memory state.
 *
 * @param schema  bumped on any change that an older reader would misread
 * @param preset  the preset the run started from, or null when none was named
 */
public record ResultFile(
        int schema,
        String preset,
        SpecEntry spec,
        Environment environment,
        TimingEntry timing,
        List<OrderEntry> results) {

    public static final int SCHEMA = 1;

    public static ResultFile of(String preset, EnsembleSums sums, List<OrderResult> results) {
        double[][] inputs = sums.spec().inputs();
        return new ResultFile(SCHEMA, preset, SpecEntry.of(sums.spec()), Environment.capture(sums.spec()),
                TimingEntry.of(sums.timing()), results.stream().map(r -> OrderEntry.of(r, inputs)).toList());
    }
}

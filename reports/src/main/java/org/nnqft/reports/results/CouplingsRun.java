package org.nnqft.reports.results;

import java.util.List;
import org.nnqft.numerics.analysis.CouplingResult;
import org.nnqft.numerics.engine.EnsembleSums;
import org.nnqft.numerics.theory.CouplingIntegrals;

/**
 * The couplings of one ensemble (one sigma_W) at each of its widths.
 *
 * @param integral how its I_4 were computed, with the cutoff they depend on
 */
public record CouplingsRun(
        SpecEntry spec,
        Environment environment,
        TimingEntry timing,
        IntegralEntry integral,
        List<CouplingEntry> results) {

    public static CouplingsRun of(EnsembleSums sums, CouplingIntegrals integrals, List<CouplingResult> results) {
        double[][] inputs = sums.spec().inputs();
        return new CouplingsRun(SpecEntry.of(sums.spec()), Environment.capture(sums.spec()),
                TimingEntry.of(sums.timing()), IntegralEntry.of(integrals),
                results.stream().map(r -> CouplingEntry.of(r, inputs)).toList());
    }
}

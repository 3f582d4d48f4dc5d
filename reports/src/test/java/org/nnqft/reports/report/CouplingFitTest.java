package org.nnqft.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.spec.SpecBuilder;
import org.nnqft.reports.results.CouplingEntry;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.CouplingsRun;
import org.nnqft.reports.results.IntegralEntry;
import org.nnqft.reports.results.SpecEntry;

class CouplingFitTest {

    /** |u_4| = sigma_W^-3 exactly, each point with the given signal-to-error ratio. */
    private static CouplingsFile file(double signalToError) {
        List<CouplingsRun> runs = new ArrayList<>();
        for (double s : new double[] {1, 2, 4, 8}) {
            double u = -Math.pow(s, -3);
            runs.add(new CouplingsRun(SpecEntry.of(new SpecBuilder().dIn(2).inputs(new double[][] {{0, 1}}).sigmaW(s)
                    .widths(10).orders(4).bags(4).nets(10).threads(1).build()), null, null,
                    new IntegralEntry("R^d", "closed form", null),
                    List.of(new CouplingEntry(10, s, 1, u, Math.abs(u) / signalToError, 1, null, null, null, List.of()))));
        }
        return CouplingsFile.of(null, runs);
    }

    @Test
    void fitsThePointsAboveTheirErrorAndPredictsDInMinusFour() {
        CouplingFit f = CouplingFit.of(file(50)).getFirst();

        assertThat(f.aboveThreshold()).isTrue();
        assertThat(f.shown().count()).isEqualTo(4);
        assertThat(f.shown().slope()).isCloseTo(-3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.predictedSlope()).isEqualTo(-2);
        assertThat(f.exactSlope()).isNaN();
    }

    /** Below S/B 5 no point is evidence: the line over all of them is kept, marked as such. */
    @Test
    void fallsBackToAllPointsMarkedAsNoEvidence() {
        CouplingFit f = CouplingFit.of(file(2)).getFirst();

        assertThat(f.fit().count()).isZero();
        assertThat(f.aboveThreshold()).isFalse();
        assertThat(f.shown().count()).isEqualTo(4);
        assertThat(f.shown().slope()).isCloseTo(-3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ReportTables.couplingFits(List.of(f)).rows().getFirst().get(1)).contains("not evidence");
    }
}

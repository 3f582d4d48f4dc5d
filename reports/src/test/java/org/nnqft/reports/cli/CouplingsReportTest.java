package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.analysis.CouplingResult;

class CouplingsReportTest {

    private static CouplingResult row(int width, double sigmaW, Double exact, Double signal) {
        return new CouplingResult(width, sigmaW, 50.0, 35, -1.5e-3, 2e-4, 1e-4, exact, null, signal, List.of());
    }

    @Test
    void rowsGroupedByWidthThenSigmaWWithDashesForTheUnknown() {
        String table = CouplingsReport.table(List.of(row(100, 2, null, 7.5), row(10, 2, -1.4e-3, null),
                row(10, 1.5, -1.2e-2, 3.0)));

        List<String> rows = table.lines().filter(l -> l.matches("\\s+\\d+\\s+[\\d.]+\\s+-.*")).toList();
        assertThat(rows).extracting(l -> l.strip().split("\\s+")[0] + "/" + l.strip().split("\\s+")[1])
                .containsExactly("10/1.5", "10/2", "100/2");
        assertThat(rows.get(1).strip().split("\\s+"))
                .containsExactly("10", "2", "-1.500e-03", "+-", "1.000e-04", "-1.400e-03", "-");
        assertThat(rows.get(2).strip().split("\\s+")).containsSubsequence("-", "7.50");
        assertThat(table).contains("\n\n    100");
    }
}

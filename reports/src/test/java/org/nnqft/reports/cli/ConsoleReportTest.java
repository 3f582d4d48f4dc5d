package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnqft.numerics.analysis.ErrorSource;
import org.nnqft.numerics.analysis.MultisetResult;
import org.nnqft.numerics.analysis.OrderResult;

class ConsoleReportTest {

    @Test
    void undefinedSummariesPrintAsDash() {
        MultisetResult noTheory = new MultisetResult(new int[] {0, 0}, 2, 2.2, 0.1, 0.05, 0.1, 0.05, null, null, null);
        String table = ConsoleReport.table(List.of(new OrderResult(10, 2, List.of(noTheory), null)));

        String row = table.lines().filter(l -> l.strip().startsWith("10")).findFirst().orElseThrow();
        assertThat(row.split("\\s+")).containsSubsequence("10", "2", "1.000e-01", "5.000e-02", "-", "-");
    }

    @Test
    void rowsSortedByWidthThenOrder() {
        MultisetResult r = new MultisetResult(new int[] {0, 0}, 1, 1, 0, 0, 0.0, 0.0, 1.0, 0.0, 0.0);
        String table = ConsoleReport.table(List.of(
                new OrderResult(5, 4, List.of(r), null), new OrderResult(2, 4, List.of(r), null), new OrderResult(2, 2, List.of(r), null)));

        List<String> keys = table.lines().filter(l -> l.matches("\\s+\\d+\\s+\\d+.*"))
                .map(l -> l.strip().split("\\s+")[0] + "/" + l.strip().split("\\s+")[1]).toList();
        assertThat(keys).containsExactly("2/2", "2/4", "5/4");
    }

    @Test
    void rowsSayWhichErrorTheirZUsedAndWhatIsUndefined() {
        MultisetResult exact = new MultisetResult(new int[] {0, 0, 1, 1}, 1, 1.2, 0.1, 0.05, 0.2, 0.1, 1.1, 0.1, 0.5,
                null, 0.0, null, 0.2, ErrorSource.EXACT);
        MultisetResult bags = new MultisetResult(new int[] {0, 0}, 1, 1.2, 0.1, 0.05, 0.2, 0.1, 1.1, 0.1, 2.0);
        MultisetResult zeroG0 = new MultisetResult(new int[] {0, 1}, 0, 0.01, 0.1, 0.05, null, null, 0.0, null, 0.2,
                "G0 = 0: ...", 0.0, null, null, ErrorSource.BAGS);
        String table = ConsoleReport.table(List.of(new OrderResult(3, 4, List.of(exact), null, true),
                new OrderResult(3, 2, List.of(bags, zeroG0), null, false),
                new OrderResult(5, 4, List.of(exact, bags), null, false)));

        assertThat(row(table, "3", "4")).contains(" exact ").contains("bag spread unreliable (heavy tails)");
        assertThat(row(table, "3", "2")).contains(" bags ").contains("m undefined for 1 of 2 (G0 = 0)")
                .doesNotContain("unreliable");
        assertThat(row(table, "5", "4")).contains(" mixed").doesNotContain("unreliable").doesNotContain("undefined");
    }

    private static String row(String table, String width, String order) {
        return table.lines().filter(l -> l.strip().startsWith(width + " ") && l.strip().split("\\s+")[1].equals(order))
                .findFirst().orElseThrow();
    }
}

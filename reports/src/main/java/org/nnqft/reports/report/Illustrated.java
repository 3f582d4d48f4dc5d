package org.nnqft.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nnqft.reports.results.VerificationFile;

/**
 * The verdicts of the claims a figure illustrates, from the verify files of the same report, for
 * its caption. The claims test their own samples, not the figure's: the caption says so.
 */
enum Illustrated {
    FIGURE1(Set.of("m2-vanishes", "m4-one-over-n", "m4-figure1-as-published", "exact-m4-m6")),
    FIGURE2(Set.of("flow-exponent", "flow-exponent-as-published", "figure2-plain", "figure2-conditional"));

    private final Set<String> claims;

    Illustrated(Set<String> claims) {
        this.claims = claims;
    }

    /** " Verdicts of the claims it illustrates, on their own samples (verify.json): m4-one-over-n PASS; ..." or "". */
    String verdicts(List<Sourced<VerificationFile>> files) {
        List<String> parts = new ArrayList<>();
        for (Sourced<VerificationFile> f : files) {
            List<String> found = f.value().claims().stream().filter(c -> claims.contains(c.name()))
                    .map(c -> c.name() + " " + c.verdict()).toList();
            if (!found.isEmpty()) {
                parts.add(String.join(", ", found) + " (" + f.title().replaceAll(".*[/\\\\]", "") + ")");
            }
        }
        return parts.isEmpty() ? "" : " Verdicts of the claims it illustrates, on their own samples: "
                + String.join("; ", parts) + ".";
    }
}

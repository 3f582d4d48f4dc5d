package org.nnqft.reports.results;

import java.util.List;
import org.nnqft.verification.ClaimResult;

/**
 * What `nnqft verify` found: one row per claim, with the tier, the bands' version and where it ran.
 *
 * @param schema       {@link ResultFile#SCHEMA}
 * @param kind         always {@link #KIND}, so that no reader takes it for another kind of result
 * @param tier         fast or paper
 * @param bandsVersion the version of the bands file the verdicts were judged by
 * @param environment  JDK, CPU, backend, commit, date
 * @param seconds      wall time of the whole verification
 * @param claims       the claims in order
 */
public record VerificationFile(int schema, String kind, String tier, int bandsVersion, Environment environment, double seconds,
        List<ClaimRow> claims) {
    public static final String KIND = "verification";

    /** One claim's verdict, flat for the report. */
    public record ClaimRow(String name, String claim, String statistic, String expected, String measured,
            String verdict, String evidence) {

        public static ClaimRow of(String name, ClaimResult r) {
            return new ClaimRow(name, r.claim(), r.statistic(), r.expected(), r.measured(), r.verdict().name(),
                    r.evidence());
        }
    }

    /** Whether any claim failed. */
    public boolean failed() {
        return failures() > 0;
    }

    /** How many claims failed. */
    public long failures() {
        return claims.stream().filter(c -> c.verdict().equals("FAIL")).count();
    }
}

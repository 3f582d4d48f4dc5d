package org.nnqft.reports.report;

import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.results.BenchEnvironment;
import org.nnqft.reports.results.ComparisonFile;

import java.util.List;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.VerificationFile;

/**
 * Everything a report was given, sorted by kind. A sweep file contributes one run per sigma_W.
 *
 * @param files     every file looked at, in order, skipped ones included
 * @param histories each benchmark history (SQLite) given, one entry per benchmark of it
 * @param skipped   files that are not of a kind the report knows, with the reason
 */
public record ReportInputs(
        List<String> files,
        List<Sourced<ResultFile>> runs,
        List<Sourced<CouplingsFile>> couplings,
        List<Sourced<VerificationFile>> verifications,
        List<Sourced<List<JmhResult>>> jmh,
        List<Sourced<BenchEnvironment>> benchEnvironments,
        List<Sourced<ComparisonFile>> comparisons,
        List<Sourced<List<BenchHistory>>> histories,
        List<Skipped> skipped) {

    public record Skipped(String file, String reason) {
    }
}

package org.nnqft.reports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report of result files: index.html (charts and tables) and summary.md (tables). */
public final class Report {
    public static final String HTML = "index.html";
    public static final String SUMMARY = "summary.md";

    private Report() {
    }

    /**
     * Reads {@code inputs} (files, or directories meaning their *.json files) and writes the
     * report into {@code outDir}; nothing is written if reading or drawing fails.
     *
     * @return what was read, for the caller to tell the user about skipped files
     */
    public static ReportInputs write(List<Path> inputs, Path outDir) throws IOException {
        ReportInputs in = InputLoader.load(inputs);
        String generated = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(HTML, HtmlReport.of(in, generated));
        files.put(SUMMARY, SummaryReport.of(in, generated));
        ReportWriter.write(outDir, files);
        return in;
    }
}

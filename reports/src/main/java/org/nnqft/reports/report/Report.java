package org.nnqft.reports.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnqft.reports.figure.Figure;
import org.nnqft.reports.figure.Vector;

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
        return write(inputs, outDir, null);
    }

    /**
     * As {@link #write(List, Path)}, and with {@code figuresDir} not null every figure also as a
     * standalone SVG and PDF there, NAME.svg and NAME.pdf, named after what it shows; that
     * directory is written whole or not at all, like the report's.
     */
    public static ReportInputs write(List<Path> inputs, Path outDir, Path figuresDir) throws IOException {
        ReportInputs in = InputLoader.load(inputs);
        String generated = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        HtmlReport.Page page = HtmlReport.of(in, generated);
        Map<String, byte[]> figures = new LinkedHashMap<>();
        if (figuresDir != null) {
            for (Figure f : page.figures()) {
                figures.put(f.name() + ".svg", Vector.svgDocument(f).getBytes(StandardCharsets.UTF_8));
                figures.put(f.name() + ".pdf", Vector.pdf(f));
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(HTML, page.html().getBytes(StandardCharsets.UTF_8));
        files.put(SUMMARY, SummaryReport.of(in, generated).getBytes(StandardCharsets.UTF_8));
        ReportWriter.write(outDir, files);
        if (figuresDir != null) {
            ReportWriter.write(figuresDir, figures);
        }
        return in;
    }
}

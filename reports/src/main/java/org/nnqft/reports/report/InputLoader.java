package org.nnqft.reports.report;

import org.nnqft.reports.gate.BadJmhFile;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.gate.JmhResult;
import org.nnqft.reports.results.BenchEnvironment;
import org.nnqft.reports.results.ComparisonFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.SweepFile;
import org.nnqft.reports.results.VerificationFile;

/**
 * Reads the files a report is given and sorts them by kind, from their content rather than their
 * names (a history also by its name, so that a damaged one is reported as a bad history). A file
 * it cannot use is listed as skipped with the reason, never an error: a report of a results
 * directory should not fail because a stray file sits in it.
 */
public final class InputLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> files = new ArrayList<>();
    private final List<Sourced<ResultFile>> runs = new ArrayList<>();
    private final List<Sourced<CouplingsFile>> couplings = new ArrayList<>();
    private final List<Sourced<VerificationFile>> verifications = new ArrayList<>();
    private final List<Sourced<List<JmhResult>>> jmh = new ArrayList<>();
    private final List<Sourced<BenchEnvironment>> benchEnvironments = new ArrayList<>();
    private final List<Sourced<ComparisonFile>> comparisons = new ArrayList<>();
    private final List<Sourced<List<BenchHistory>>> histories = new ArrayList<>();
    private final List<ReportInputs.Skipped> skipped = new ArrayList<>();

    private InputLoader() {
    }

    /** @param inputs files, and directories standing for every *.json and *.sqlite directly in them */
    public static ReportInputs load(List<Path> inputs) throws IOException {
        InputLoader loader = new InputLoader();
        for (Path in : inputs) {
            for (Path file : expand(in)) {
                loader.add(file);
            }
        }
        return new ReportInputs(List.copyOf(loader.files), List.copyOf(loader.runs), List.copyOf(loader.couplings),
                List.copyOf(loader.verifications), List.copyOf(loader.jmh), List.copyOf(loader.benchEnvironments),
                List.copyOf(loader.comparisons), List.copyOf(loader.histories), List.copyOf(loader.skipped));
    }

    /**
     * A directory's *.json files and histories (*.sqlite, as bench --record writes) by name; hidden
     * ones are temporaries of an interrupted write.
     */
    static List<Path> expand(Path in) throws IOException {
        if (!Files.isDirectory(in)) {
            return List.of(in);
        }
        try (Stream<Path> list = Files.list(in)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".json") || n.endsWith(".sqlite");
                    })
                    .filter(p -> !p.getFileName().toString().startsWith(ResultFiles.TEMP_PREFIX))
                    .sorted()
                    .toList();
        }
    }

    private void add(Path file) {
        String name = file.toString();
        files.add(name);
        try {
            if (BenchHistory.looksLikeHistory(file)) {
                histories.add(new Sourced<>(name, "", BenchHistory.read(file, name)));
                return;
            }
            JsonNode root = MAPPER.readTree(file.toFile());
            // Jackson gives a missing node, not null, for a file with no content
            String reason = root == null || root.isMissingNode() ? "empty file" : classify(file, name, root);
            if (reason != null) {
                skipped.add(new ReportInputs.Skipped(name, reason));
            }
        } catch (BadJmhFile e) {
            skipped.add(new ReportInputs.Skipped(name, e.problem()));
        } catch (IOException | RuntimeException e) {
            // the history's messages begin with the file's name, which the skipped line gives already
            String reason = oneLine(e);
            skipped.add(new ReportInputs.Skipped(name, reason.startsWith(name + ": ") ? reason.substring(name.length() + 2)
                    : reason));
        }
    }

    /** @return null when the file was taken, else why not */
    private String classify(Path file, String name, JsonNode root) throws IOException {
        if (root.isArray()) {
            if (!root.isEmpty() && !root.get(0).has("primaryMetric")) {
                return "a JSON array, but not JMH results (no \"primaryMetric\")";
            }
            jmh.add(new Sourced<>(name, "", JmhFiles.parse(file, root)));
            return null;
        }
        if (!root.isObject()) {
            return "not a JSON object or array";
        }
        String kind = root.path("kind").isTextual() ? root.get("kind").asText() : null;
        switch (kind == null ? "green" : kind) {
            case "green" -> {
                if (root.has("runs")) {
                    for (ResultFile run : ResultFiles.readSweep(root, name).runs()) {
                        runs.add(new Sourced<>(name, "sigma_W = " + run.spec().sigmaW(), run));
                    }
                } else {
                    runs.add(new Sourced<>(name, "", ResultFiles.read(root, name)));
                }
            }
            case CouplingsFile.KIND -> couplings.add(new Sourced<>(name, "", ResultFiles.readCouplings(root, name)));
            case VerificationFile.KIND -> verifications.add(new Sourced<>(name, "", ResultFiles.readVerification(root, name)));
            case BenchEnvironment.KIND ->
                    benchEnvironments.add(new Sourced<>(name, "", ResultFiles.readBenchEnvironment(root, name)));
            case ComparisonFile.KIND -> comparisons.add(new Sourced<>(name, "", ResultFiles.readComparison(root, name)));
            default -> {
                return "unknown kind \"" + kind + "\"";
            }
        }
        return null;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

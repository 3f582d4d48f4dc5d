package org.nnqft.reports.report;

import org.nnqft.reports.results.BenchEnvironment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.nnqft.reports.results.CouplingsFile;
import org.nnqft.reports.results.ResultFile;
import org.nnqft.reports.results.ResultFiles;
import org.nnqft.reports.results.SweepFile;
import org.nnqft.reports.results.VerificationFile;

/**
 * Reads the files a report is given and sorts them by kind, from their content rather than their
 * names. A file it cannot use is listed as skipped with the reason, never an error: a report of
 * a results directory should not fail because a stray file sits in it.
 */
public final class InputLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<String> files = new ArrayList<>();
    private final List<Sourced<ResultFile>> runs = new ArrayList<>();
    private final List<Sourced<CouplingsFile>> couplings = new ArrayList<>();
    private final List<Sourced<VerificationFile>> verifications = new ArrayList<>();
    private final List<Sourced<List<JmhResult>>> jmh = new ArrayList<>();
    private final List<Sourced<BenchEnvironment>> benchEnvironments = new ArrayList<>();
    private final List<Sourced<Comparison>> comparisons = new ArrayList<>();
    private final List<ReportInputs.Skipped> skipped = new ArrayList<>();

    private InputLoader() {
    }

    /** @param inputs files, and directories standing for every *.json directly in them */
    public static ReportInputs load(List<Path> inputs) throws IOException {
        InputLoader loader = new InputLoader();
        for (Path in : inputs) {
            for (Path file : expand(in)) {
                loader.add(file);
            }
        }
        return new ReportInputs(List.copyOf(loader.files), List.copyOf(loader.runs), List.copyOf(loader.couplings),
                List.copyOf(loader.verifications), List.copyOf(loader.jmh), List.copyOf(loader.benchEnvironments),
                List.copyOf(loader.comparisons), List.copyOf(loader.skipped));
    }

    /** A directory's *.json files by name; hidden ones are temporaries of an interrupted write. */
    static List<Path> expand(Path in) throws IOException {
        if (!Files.isDirectory(in)) {
            return List.of(in);
        }
        try (Stream<Path> list = Files.list(in)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith(ResultFiles.TEMP_PREFIX))
                    .sorted()
                    .toList();
        }
    }

    private void add(Path file) {
        String name = file.toString();
        files.add(name);
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            String reason = root == null ? "empty file" : classify(file, name, root);
            if (reason != null) {
                skipped.add(new ReportInputs.Skipped(name, reason));
            }
        } catch (IOException | RuntimeException e) {
            skipped.add(new ReportInputs.Skipped(name, oneLine(e)));
        }
    }

    /** @return null when the file was taken, else why not */
    private String classify(Path file, String name, JsonNode root) throws IOException {
        if (root.isArray()) {
            List<JmhResult> results = jmhResults(root);
            if (results == null) {
                return "a JSON array, but not JMH results (no \"benchmark\" and \"primaryMetric\")";
            }
            jmh.add(new Sourced<>(name, "", results));
            return null;
        }
        if (!root.isObject()) {
            return "not a JSON object or array";
        }
        String kind = root.path("kind").isTextual() ? root.get("kind").asText() : null;
        switch (kind == null ? "green" : kind) {
            case "green" -> {
                if (root.has("runs")) {
                    SweepFile sweep = ResultFiles.readSweep(file);
                    for (ResultFile run : sweep.runs()) {
                        runs.add(new Sourced<>(name, "sigma_W = " + run.spec().sigmaW(), run));
                    }
                } else {
                    runs.add(new Sourced<>(name, "", ResultFiles.read(file)));
                }
            }
            case CouplingsFile.KIND -> couplings.add(new Sourced<>(name, "", ResultFiles.readCouplings(file)));
            case VerificationFile.KIND -> verifications.add(new Sourced<>(name, "", ResultFiles.readVerification(file)));
            case BenchEnvironment.KIND ->
                    benchEnvironments.add(new Sourced<>(name, "", MAPPER.treeToValue(root, BenchEnvironment.class)));
            case Comparison.KIND -> comparisons.add(new Sourced<>(name, "", comparison(root)));
            default -> {
                return "unknown kind \"" + kind + "\"";
            }
        }
        return null;
    }

    private static List<JmhResult> jmhResults(JsonNode array) {
        List<JmhResult> out = new ArrayList<>();
        for (JsonNode e : array) {
            JsonNode metric = e.path("primaryMetric");
            if (!e.path("benchmark").isTextual() || !metric.path("score").isNumber()) {
                return null;
            }
            out.add(new JmhResult(e.get("benchmark").asText(), e.path("mode").asText(""), strings(e.path("params")),
                    metric.get("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN),
                    metric.path("scoreUnit").asText(""),
                    (e.path("jdkVersion").asText("") + " " + e.path("vmName").asText("")).trim(),
                    e.path("jvmArgs").isArray() ? joined(e.get("jvmArgs")) : ""));
        }
        return out;
    }

    /** Parsed by hand so that a row with a field of an unexpected shape still shows the rest. */
    private static Comparison comparison(JsonNode root) {
        List<Comparison.Row> rows = new ArrayList<>();
        for (JsonNode r : root.path("rows")) {
            rows.add(new Comparison.Row(r.path("benchmark").asText(""), strings(r.path("params")), r.path("mode").asText(""),
                    r.path("unit").asText(""), number(r, "baseline"), number(r, "baselineError"), number(r, "current"),
                    number(r, "currentError"), number(r, "changePercent"), number(r, "pValue"), r.path("verdict").asText("")));
        }
        return new Comparison(root.path("baseline").asText(null), root.path("current").asText(null), number(root, "minEffect"),
                number(root, "alpha"), rows, names(root.path("added")), names(root.path("missing")),
                root.path("confirmed").isBoolean() ? root.get("confirmed").asBoolean() : null);
    }

    /** Added and missing entries as text: strings as they are, objects as benchmark and params. */
    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isTextual()) {
                out.add(n.asText());
            } else if (n.has("benchmark")) {
                Map<String, String> params = strings(n.path("params"));
                out.add(n.get("benchmark").asText() + (params.isEmpty() ? "" : " " + params));
            } else {
                out.add(n.toString());
            }
        }
        return out;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isNumber() ? n.asDouble() : null;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String joined(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(a -> parts.add(a.asText()));
        return String.join(" ", parts);
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

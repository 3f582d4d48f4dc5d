package org.nnqft.reports.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads JMH's JSON result format (-rf json). Strict where a silent default would mislead the gate:
 * a missing score, unit or sample is an error naming the file and the benchmark, not a zero.
 */
public final class JmhFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JmhFiles() {
    }

    public static List<JmhResult> read(Path file) throws BadJmhFile {
        return parse(file, tree(file));
    }

    /** The file's JSON, or the reason it has none, naming the file. */
    static JsonNode tree(Path file) throws BadJmhFile {
        try {
            return MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadJmhFile(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new BadJmhFile(file, "not readable");
        } catch (JsonProcessingException e) {
            throw new BadJmhFile(file, "malformed or truncated JSON (" + e.getOriginalMessage() + ", at line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new BadJmhFile(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The benchmarks of an already parsed file; {@code file} only names it in errors. */
    public static List<JmhResult> parse(Path file, JsonNode root) throws BadJmhFile {
        if (root == null || !root.isArray()) {
            throw new BadJmhFile(file, "not a JMH result file (expected a JSON array of benchmarks, as -rf json writes)");
        }
        if (root.isEmpty()) {
            throw new BadJmhFile(file, "holds no benchmarks");
        }
        List<JmhResult> results = new ArrayList<>();
        Set<BenchmarkKey> seen = new HashSet<>();
        for (JsonNode b : root) {
            JmhResult r = result(file, b);
            if (!seen.add(r.key())) {
                throw new BadJmhFile(file, "holds " + r.key().display() + " twice");
            }
            results.add(r);
        }
        return results;
    }

    private static JmhResult result(Path file, JsonNode b) throws BadJmhFile {
        String name = text(file, b, "benchmark", "a benchmark");
        String mode = text(file, b, "mode", name);
        Map<String, String> params = new LinkedHashMap<>();
        b.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        BenchmarkKey key = new BenchmarkKey(name, params, mode);
        JsonNode metric = b.path("primaryMetric");
        String unit = text(file, metric, "scoreUnit", key.display());
        double score = number(file, metric, "score", key);
        double error = metric.has("scoreError") ? metric.get("scoreError").asDouble(Double.NaN) : Double.NaN;
        double[][] raw = raw(metric);
        if (raw == null || raw.length == 0) {
            throw new BadJmhFile(file, key.display() + " has no per-iteration data (primaryMetric.rawData)");
        }
        RunSettings settings = new RunSettings(b.path("forks").asInt(1), b.path("threads").asInt(1),
                b.path("warmupIterations").asInt(0), textOrNull(b, "warmupTime"), intOrNull(b, "warmupBatchSize"),
                b.path("measurementIterations").asInt(raw[0].length), textOrNull(b, "measurementTime"),
                intOrNull(b, "measurementBatchSize"));
        String jvm = (b.path("jdkVersion").asText("") + " " + b.path("vmName").asText("")).trim();
        List<String> args = new ArrayList<>();
        b.path("jvmArgs").forEach(a -> args.add(a.asText()));
        return new JmhResult(key, unit, score, error, raw, settings, jvm, String.join(" ", args));
    }

    /**
     * rawData is [fork][iteration]; sample mode writes rawDataHistogram, [fork][iteration][[value,
     * count], ...] instead, whose per-iteration means are the same kind of sample. Non-finite
     * values are dropped, and a fork left without any.
     */
    private static double[][] raw(JsonNode metric) {
        List<double[]> forks = new ArrayList<>();
        if (metric.path("rawData").isArray()) {
            for (JsonNode fork : metric.get("rawData")) {
                List<Double> values = new ArrayList<>();
                fork.forEach(v -> values.add(v.asDouble(Double.NaN)));
                forks.add(finite(values));
            }
        } else if (metric.path("rawDataHistogram").isArray()) {
            for (JsonNode fork : metric.get("rawDataHistogram")) {
                List<Double> values = new ArrayList<>();
                for (JsonNode iteration : fork) {
                    double sum = 0;
                    double count = 0;
                    for (JsonNode bin : iteration) {
                        sum += bin.path(0).asDouble() * bin.path(1).asDouble();
                        count += bin.path(1).asDouble();
                    }
                    values.add(count > 0 ? sum / count : Double.NaN);
                }
                forks.add(finite(values));
            }
        } else {
            return null;
        }
        return forks.stream().filter(f -> f.length > 0).toArray(double[][]::new);
    }

    private static double[] finite(List<Double> values) {
        return values.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).toArray();
    }

    private static String text(Path file, JsonNode node, String field, String where) throws BadJmhFile {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BadJmhFile(file, where + " has no \"" + field + "\"");
        }
        return v.asText();
    }

    private static double number(Path file, JsonNode node, String field, BenchmarkKey key) throws BadJmhFile {
        JsonNode v = node.get(field);
        double d = v == null ? Double.NaN : v.asDouble(Double.NaN);
        if (!(Double.isFinite(d) && d > 0)) {
            // a change in percent needs a positive baseline; JMH's times and rates always are
            throw new BadJmhFile(file, key.display() + " has no positive primaryMetric." + field);
        }
        return d;
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Integer intOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}

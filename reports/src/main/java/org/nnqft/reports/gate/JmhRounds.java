package org.nnqft.reports.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Several JMH runs of one fork each, merged into one result file as if JMH had run their forks.
 *
 * <p>Why rounds: JMH runs all forks of a benchmark back to back, so they share the host's state of
 * those seconds (a neighbour's load, a lower clock). Measured on the 2-vCPU host, such windows last
 * seconds to tens of seconds and slow every kernel at once, so the three forks of a benchmark
 * landed in one window and looked tight while whole runs differed, and Welch's test on fork means
 * called that a change. Taking fork r of every benchmark in round r spreads a benchmark's forks
 * over the whole run, so the host's windows show up as spread between forks, which the test sees.
 *
 * <p>The merged file keeps JMH's format: rawData (or rawDataHistogram) is the rounds' forks in
 * order, and score, scoreError (the 99.9 % Student-t half-width) and the percentiles are
 * recomputed over every iteration, as JMH computes them for several forks.
 */
public final class JmhRounds {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The percentiles JMH writes. */
    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 99.999, 99.9999, 100};

    private JmhRounds() {
    }

    /**
     * @param rounds the rounds' JMH files, in the order they ran; each must hold the same benchmarks
     * @return one JSON array in JMH's format, benchmarks in the first round's order
     */
    public static ArrayNode merge(List<Path> rounds) throws BadJmhFile {
        List<Map<BenchmarkKey, ObjectNode>> parsed = new ArrayList<>();
        for (Path round : rounds) {
            parsed.add(byKey(round));
        }
        ArrayNode merged = MAPPER.createArrayNode();
        Map<BenchmarkKey, ObjectNode> first = parsed.getFirst();
        for (int r = 1; r < parsed.size(); r++) {
            if (!parsed.get(r).keySet().equals(first.keySet())) {
                throw new BadJmhFile(rounds.get(r), "round " + (r + 1) + " ran other benchmarks than round 1 ("
                        + parsed.get(r).size() + " against " + first.size() + ")");
            }
        }
        for (BenchmarkKey key : first.keySet()) {
            List<ObjectNode> runs = parsed.stream().map(p -> p.get(key)).toList();
            merged.add(benchmark(runs));
        }
        return merged;
    }

    /** The round's benchmarks by key, after the same checks as any result file (naming the round's file). */
    private static Map<BenchmarkKey, ObjectNode> byKey(Path file) throws BadJmhFile {
        JsonNode root = JmhFiles.tree(file);
        List<JmhResult> results = JmhFiles.parse(file, root);
        Map<BenchmarkKey, ObjectNode> map = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            map.put(results.get(i).key(), (ObjectNode) root.get(i));
        }
        return map;
    }

    private static ObjectNode benchmark(List<ObjectNode> runs) {
        ObjectNode out = runs.getFirst().deepCopy();
        int forks = runs.stream().mapToInt(r -> r.path("forks").asInt(1)).sum();
        out.put("forks", forks);
        out.set("primaryMetric", metric(runs.stream().map(r -> r.get("primaryMetric")).toList()));
        ObjectNode secondary = MAPPER.createObjectNode();
        Iterator<String> names = runs.getFirst().path("secondaryMetrics").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            List<JsonNode> each = runs.stream().map(r -> r.path("secondaryMetrics").get(name)).toList();
            // a metric some round lacks (a profiler's) cannot be merged honestly: left out
            if (each.stream().allMatch(m -> m != null && m.isObject())) {
                secondary.set(name, metric(each));
            }
        }
        out.set("secondaryMetrics", secondary);
        return out;
    }

    private static ObjectNode metric(List<JsonNode> rounds) {
        ObjectNode out = ((ObjectNode) rounds.getFirst()).deepCopy();
        String field = out.has("rawDataHistogram") ? "rawDataHistogram" : "rawData";
        ArrayNode raw = MAPPER.createArrayNode();
        rounds.forEach(m -> m.path(field).forEach(raw::add));
        out.set(field, raw);
        if (field.equals("rawDataHistogram")) {
            histogramScore(out, raw);
            return out;
        }
        double[] values = iterations(raw);
        if (values.length == 0) {
            return out;
        }
        double score = new Mean().evaluate(values);
        out.put("score", score);
        confidence(out, score, halfWidth(values.length, new StandardDeviation().evaluate(values)));
        ObjectNode percentiles = MAPPER.createObjectNode();
        Percentile p = new Percentile();
        p.setData(values);
        for (double q : PERCENTILES) {
            percentiles.put(label(q), q == 0 ? min(values) : p.evaluate(q));
        }
        out.set("scorePercentiles", percentiles);
        return out;
    }

    /**
     * Sample mode: JMH's statistics are over the samples, held as [value, count] bins, so the mean
     * and spread are count-weighted (expanding millions of samples would be wasteful). The
     * percentiles of the rounds cannot be merged from theirs and are left out.
     */
    private static void histogramScore(ObjectNode out, ArrayNode raw) {
        double n = 0;
        double sum = 0;
        double sumSquares = 0;
        for (JsonNode fork : raw) {
            for (JsonNode iteration : fork) {
                for (JsonNode bin : iteration) {
                    double v = bin.path(0).asDouble();
                    double c = bin.path(1).asDouble();
                    n += c;
                    sum += c * v;
                    sumSquares += c * v * v;
                }
            }
        }
        out.remove("scorePercentiles");
        if (n == 0) {
            return;
        }
        double score = sum / n;
        out.put("score", score);
        double sd = n > 1 ? Math.sqrt(Math.max(0, (sumSquares - n * score * score) / (n - 1))) : Double.NaN;
        confidence(out, score, halfWidth((long) n, sd));
    }

    private static void confidence(ObjectNode out, double score, double error) {
        if (Double.isFinite(error)) {
            out.put("scoreError", error);
            out.set("scoreConfidence", MAPPER.createArrayNode().add(score - error).add(score + error));
        } else {
            out.put("scoreError", "NaN");
            out.set("scoreConfidence", MAPPER.createArrayNode().add("NaN").add("NaN"));
        }
    }

    /** JMH's score error: the 99.9 % two-sided Student-t half-width of the mean, NaN below 3 values. */
    static double halfWidth(long n, double sd) {
        if (n <= 2 || !Double.isFinite(sd)) {
            return Double.NaN;
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - 0.001 / 2);
        return t * sd / Math.sqrt(n);
    }

    private static double[] iterations(ArrayNode raw) {
        List<Double> v = new ArrayList<>();
        raw.forEach(fork -> fork.forEach(x -> v.add(x.asDouble())));
        return v.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    /** As JMH names them: "0.0", "50.0", "99.9", "99.9999", "100.0". */
    private static String label(double q) {
        return Double.toString(q);
    }
}

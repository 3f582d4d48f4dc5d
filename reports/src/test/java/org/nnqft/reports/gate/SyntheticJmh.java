package org.nnqft.reports.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * JMH result files as -rf json writes them, with Gaussian noise from a seed at two levels, between
 * forks and between the iterations of one fork: the gate's tests plant known changes in them
 * instead of waiting minutes for real benchmarks.
 */
public final class SyntheticJmh {
    /**
     * One benchmark: its true mean, the relative standard deviation of an iteration around its
     * fork's mean ({@code noise}) and of a fork's mean around the true mean ({@code forkNoise}).
     */
    public record Bench(String name, Map<String, String> params, String mode, String unit, double mean, double noise,
            double forkNoise) {
        public Bench scaled(double factor) {
            return new Bench(name, params, mode, unit, mean * factor, noise, forkNoise);
        }

        public Bench withUnit(String u) {
            return new Bench(name, params, mode, u, mean, noise, forkNoise);
        }

        public Bench withNoise(double iteration, double fork) {
            return new Bench(name, params, mode, unit, mean, iteration, fork);
        }
    }

    static final int ITERATIONS = 5;
    /** As the quick profile records. */
    public static final int FORKS = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SyntheticJmh() {
    }

    /**
     * A suite like the quick profile's: 16 avgt (ns/op) and 4 thrpt (ops/s) benchmarks, 1% noise
     * per iteration, 0.5% per fork (NoiseTest sets its own).
     */
    public static List<Bench> suite() {
        List<Bench> s = new ArrayList<>();
        for (String impl : List.of("scalar", "simd-double", "simd-float")) {
            for (String estimator : List.of("plain", "conditional")) {
                for (String width : List.of("10", "1000")) {
                    s.add(new Bench("org.nnqft.benchmarks.ForwardPassBenchmark.block",
                            Map.of("impl", impl, "estimator", estimator, "width", width, "arch", "gauss"), "avgt", "ns/op",
                            3 + 7 * s.size(), 0.01, 0.005));
                }
            }
        }
        for (String m : List.of("bits", "scalarBoxMuller", "simdDoubleBoxMuller", "simdFloatBoxMuller")) {
            s.add(new Bench("org.nnqft.benchmarks.GaussianBenchmark." + m, Map.of(), "avgt", "ns/op", 2 + s.size(), 0.01, 0.005));
        }
        for (String m : List.of("scalarProducts", "scalarWick", "simdProducts", "simdWick")) {
            s.add(new Bench("org.nnqft.benchmarks.MomentsBenchmark." + m, Map.of(), "thrpt", "ops/s", 1e5 * (1 + s.size()), 0.01, 0.005));
        }
        return s;
    }

    /** The suite with the benchmarks {@code change} picks out changed. */
    public static List<Bench> with(List<Bench> suite, UnaryOperator<Bench> change) {
        return suite.stream().map(change).toList();
    }

    public static Path write(Path file, long seed, List<Bench> benches) throws IOException {
        return write(file, seed, benches, FORKS);
    }

    public static Path write(Path file, long seed, List<Bench> benches, int forks) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json(seed, benches, forks));
        return file;
    }

    public static ArrayNode json(long seed, List<Bench> benches) {
        return json(seed, benches, FORKS);
    }

    public static ArrayNode json(long seed, List<Bench> benches, int forks) {
        Random random = new Random(seed);
        ArrayNode root = MAPPER.createArrayNode();
        for (Bench b : benches) {
            ObjectNode o = root.addObject();
            o.put("jmhVersion", "1.37").put("benchmark", b.name()).put("mode", b.mode()).put("threads", 1).put("forks", forks)
                    .put("jvm", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java").put("jdkVersion", "25")
                    .put("warmupIterations", 4).put("warmupTime", "1 s").put("warmupBatchSize", 1)
                    .put("measurementIterations", ITERATIONS).put("measurementTime", "1 s").put("measurementBatchSize", 1);
            if (!b.params().isEmpty()) {
                ObjectNode p = o.putObject("params");
                b.params().forEach(p::put);
            }
            double[][] raw = new double[forks][ITERATIONS];
            double sum = 0;
            for (int f = 0; f < forks; f++) {
                double forkMean = b.mean() * (1 + b.forkNoise() * random.nextGaussian());
                for (int i = 0; i < ITERATIONS; i++) {
                    raw[f][i] = forkMean * (1 + b.noise() * random.nextGaussian());
                    sum += raw[f][i];
                }
            }
            ObjectNode metric = o.putObject("primaryMetric");
            metric.put("score", sum / (forks * ITERATIONS)).put("scoreError", b.mean() * b.noise())
                    .put("scoreUnit", b.unit());
            ArrayNode data = metric.putArray("rawData");
            for (double[] f : raw) {
                ArrayNode fork = data.addArray();
                for (double v : f) {
                    fork.add(v);
                }
            }
            o.putObject("secondaryMetrics");
        }
        return root;
    }
}

package org.nnqft.reports.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnqft.numerics.math.stats.Holm;
import org.nnqft.numerics.math.stats.Welch;
import org.nnqft.reports.results.ComparisonFile.Listed;
import org.nnqft.reports.results.ComparisonFile.Row;

/**
 * Baseline against current: every benchmark in both is tested, every other one is listed as added
 * or missing, in file order.
 *
 * @param pairs the benchmarks in both, as (baseline, current)
 */
public record Comparison(List<Pair> pairs, List<Row> rows, List<Listed> added, List<Listed> missing) {

    public record Pair(JmhResult baseline, JmhResult current) {
    }

    public static Comparison of(Path baselineFile, List<JmhResult> baseline, Path currentFile, List<JmhResult> current,
            double minEffect, double alpha) throws UnitMismatch {
        Map<BenchmarkKey, JmhResult> byKey = new LinkedHashMap<>();
        current.forEach(c -> byKey.put(c.key(), c));
        List<Pair> pairs = new ArrayList<>();
        List<Listed> missing = new ArrayList<>();
        for (JmhResult b : baseline) {
            JmhResult c = byKey.remove(b.key());
            if (c == null) {
                missing.add(listed(b));
            } else if (!c.unit().equals(b.unit())) {
                throw new UnitMismatch(b.key(), baselineFile, b.unit(), currentFile, c.unit());
            } else {
                pairs.add(new Pair(b, c));
            }
        }
        List<Listed> added = byKey.values().stream().map(Comparison::listed).toList();
        return new Comparison(pairs, rows(pairs, minEffect, alpha), added, missing);
    }

    /**
     * One row per pair; the pairs are one Holm family. The t-test's sample is the fork means, not
     * the iterations: the iterations of one fork share its JIT decisions, so pooling them would
     * take one fork's luck for a difference between the runs.
     */
    public static List<Row> rows(List<Pair> pairs, double minEffect, double alpha) {
        double[] p = pairs.stream()
                .mapToDouble(x -> Welch.pValue(x.baseline().forkMeans(), x.current().forkMeans())).toArray();
        double[] adjusted = Holm.adjust(p);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            JmhResult b = pairs.get(i).baseline();
            JmhResult c = pairs.get(i).current();
            double worse = Direction.of(b.unit(), b.key().mode()).worsening(b.score(), c.score());
            Verdict v = Verdict.of(adjusted[i], alpha, worse, minEffect);
            rows.add(new Row(b.key().benchmark(), b.key().params(), b.key().mode(), b.unit(), b.score(),
                    finite(b.scoreError()), c.score(), finite(c.scoreError()), 100 * (c.score() - b.score()) / b.score(),
                    finite(adjusted[i]), v.label(), null, b.forks().length, c.forks().length,
                    finite(ForkSpread.cv(b.forkMeans())), finite(ForkSpread.cv(c.forkMeans()))));
        }
        return rows;
    }

    /** The fewest forks (values) a side needs for Welch's test: a variance needs two. */
    public static final int MIN_FORKS = 2;

    /** Whether the pair can be tested: each side has {@link #MIN_FORKS} or more forks. */
    public static boolean testable(Pair p) {
        return p.baseline().forks().length >= MIN_FORKS && p.current().forks().length >= MIN_FORKS;
    }

    private static Listed listed(JmhResult r) {
        return new Listed(r.key().benchmark(), r.key().params(), r.key().mode(), r.unit());
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}

package org.nnqft.reports.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnqft.reports.gate.BadJmhFile;
import org.nnqft.reports.gate.BestFork;
import org.nnqft.reports.gate.BenchmarkKey;
import org.nnqft.reports.gate.Direction;
import org.nnqft.reports.gate.JmhFiles;
import org.nnqft.reports.gate.JmhResult;

/**
 * One benchmark over the runs of a history, oldest first. A benchmark whose unit changed (JMH
 * -tu) makes two series, since scores in different units are not one sequence.
 */
public record Series(BenchmarkKey key, String unit, List<Point> points) {

    /** One run's score: JMH's, with its 99.9% half-width (NaN when JMH gave none). */
    public record Point(RecordedRun run, double score, double error, JmhResult result) {
        /** The run's best fork mean ({@link BestFork}): what the series tracks. */
        public double best() {
            return BestFork.of(result);
        }
    }

    public double[] scores() {
        return points.stream().mapToDouble(Point::score).toArray();
    }

    /** Each run's best fork, oldest first: the values change points are found in. */
    public double[] bestForks() {
        return points.stream().mapToDouble(Point::best).toArray();
    }

    public Direction direction() {
        return Direction.of(unit, key.mode());
    }

    /** How much worse the change made the benchmark, in its own direction (negative: better). */
    public double worsening(ChangePoint c) {
        return direction().worsening(c.before(), c.after());
    }

    /** Whether the newest run lies after a regression: the last change made it worse. */
    public boolean followsRegression(List<ChangePoint> changes) {
        return !changes.isEmpty() && worsening(changes.getLast()) > 0;
    }

    /** Every benchmark of the runs, in the order of first appearance. */
    public static List<Series> of(List<RecordedRun> runs) throws HistoryException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Series> byKey = new LinkedHashMap<>();
        for (RecordedRun run : runs) {
            List<JmhResult> results;
            try {
                results = JmhFiles.parse(Path.of("run " + run.id()), mapper.readTree(run.jmh()));
            } catch (BadJmhFile | com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new HistoryException("run " + run.id() + " of the history is not readable JMH output ("
                        + e.getMessage() + ")", e);
            }
            for (JmhResult r : results) {
                byKey.computeIfAbsent(r.key().display() + " " + r.unit(), k -> new Series(r.key(), r.unit(), new ArrayList<>()))
                        .points().add(new Point(run, r.score(), r.scoreError(), r));
            }
        }
        return List.copyOf(byKey.values());
    }
}
